/** Seeds the demo estate once: two schools (demo, riverside) with logins and a month of data. */
import { provisionSchool } from '@syncad/migrations';
import { central, createCentralDb, databaseUrlOn, schoolDbOver, type DbConfig } from '@syncad/shared-db';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { createDemoUsers, type DemoPeople } from './demoUsers';
import { seedDemoSchool } from './demoSchoolData';

export const DEMO_SCHOOLS = [
  { name: 'Demo Public School', subdomain: 'demo', district: 'Ernakulam', board: 'CBSE', seed: 1 },
  { name: 'Riverside Academy', subdomain: 'riverside', district: 'Thrissur', board: 'ICSE', seed: 2 },
];

/** Returns the subdomains it seeded now (empty when the estate was already there). */
export async function seedDemoEstate(config: DbConfig): Promise<string[]> {
  const centralDb = createCentralDb(config.centralUrl, 2);
  const seeded: string[] = [];
  try {
    for (const demo of DEMO_SCHOOLS) {
      const [existing] = await centralDb.db
        .select({ id: central.School.id })
        .from(central.School)
        .where(eq(central.School.subdomain, demo.subdomain));
      if (existing) continue;
      const school = await provisionSchool(config, demo);
      const people: DemoPeople = await createDemoUsers(centralDb.db, school);
      const pool = new pg.Pool({ connectionString: databaseUrlOn(config.servers, school.dbServer, school.databaseName), max: 2 });
      try {
        await seedDemoSchool(schoolDbOver(pool), {
          id: school.id,
          subdomain: school.subdomain,
          ...people,
          seed: demo.seed,
          timezone: school.timezone,
        });
      } finally {
        await pool.end();
      }
      seeded.push(demo.subdomain);
    }
  } finally {
    await centralDb.close();
  }
  return seeded;
}

/**
 * A throwaway SyncAD estate for one test file: a unique central database, migrated; N schools
 * provisioned exactly as production does (their own databases, built-in roles and flags); one
 * user per built-in role per school, all with ESTATE_PASSWORD. drop() removes every database.
 */
import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { applyMigrations, provisionSchool } from '@syncad/migrations';
import { central, createCentralDb, type DbConfig } from '@syncad/shared-db';
import { createTestDatabase, dropDatabase, testAdminUrl } from './testDatabase';

export const ESTATE_PASSWORD = 'correct horse battery staple';

/** The local part of each built-in role's user email: <prefix>@<subdomain>.test */
export const ROLE_EMAIL_PREFIX: Record<string, string> = {
  SCHOOL_ADMIN: 'admin',
  TEACHER: 'teacher',
  ACCOUNTANT: 'accountant',
  TRANSPORT_MANAGER: 'transport',
  LIBRARIAN: 'librarian',
  STUDENT: 'student',
  GUARDIAN: 'guardian',
};

export interface EstateUser {
  id: string;
  email: string;
  roleName: string;
  roleId: string;
}

export interface EstateSchool {
  id: string;
  name: string;
  subdomain: string;
  databaseName: string;
  /** Role name -> Role id. */
  roles: Record<string, string>;
  /** Role name -> the user holding it. */
  users: Record<string, EstateUser>;
}

export interface TestEstate {
  centralUrl: string;
  dbConfig: DbConfig;
  schools: EstateSchool[];
  password: string;
  /** The argon2 hash of `password`, for users a test adds. */
  passwordHash: string;
  drop(): Promise<void>;
}

export interface EstateOptions {
  /** How many schools (default 2). */
  schools?: number;
  /** One user per built-in role in each school (default true); false leaves the schools without users. */
  users?: boolean;
  /** The PostgreSQL server's `postgres` database (default: the suite's server); fault tests use their own. */
  adminUrl?: string;
  /** How many schools are provisioned at once (default 1); the order of `schools` stays by index. */
  concurrency?: number;
}

export async function createTestEstate(options: EstateOptions = {}): Promise<TestEstate> {
  const adminUrl = options.adminUrl ?? testAdminUrl();
  const centralDb = await createTestDatabase('estate', adminUrl);
  const schoolDatabases: string[] = [];
  const drop = async () => {
    await Promise.all(schoolDatabases.map((name) => dropDatabase(name, adminUrl)));
    await centralDb.drop();
  };
  try {
    await applyMigrations(centralDb.url, 'central');
    const dbConfig: DbConfig = {
      centralUrl: centralDb.url,
      servers: { default: centralDb.url },
      limits: {
        maxOpenPools: 4,
        maxTotalConnections: 40,
        maxConnectionsPerPool: 10,
        idleMillis: 60_000,
        acquireTimeoutMillis: 5_000,
        statementTimeoutMillis: 15_000,
      },
    };
    const run = randomBytes(4).toString('hex');
    const passwordHash = await hash(ESTATE_PASSWORD);
    const concurrency = Math.max(1, options.concurrency ?? 1);
    const handle = createCentralDb(centralDb.url, Math.min(concurrency, 8) + 1);
    const count = options.schools ?? 2;
    const schools: EstateSchool[] = new Array(count);
    const provisionOne = async (i: number) => {
      const subdomain = `s${run}${i}`;
      const school = await provisionSchool(dbConfig, { name: `Test School ${i + 1}`, subdomain });
      schoolDatabases.push(school.databaseName);
      const users: Record<string, EstateUser> = {};
      for (const [roleName, roleId] of options.users === false ? [] : Object.entries(school.roles)) {
        const email = `${ROLE_EMAIL_PREFIX[roleName] ?? roleName.toLowerCase()}@${subdomain}.test`;
        const [user] = await handle.db
          .insert(central.User)
          .values({ email, passwordHash, firstName: roleName, lastName: subdomain })
          .returning({ id: central.User.id });
        await handle.db.insert(central.EmployeeUserSchool).values({ userId: user.id, schoolId: school.id, roleId });
        users[roleName] = { id: user.id, email, roleName, roleId };
      }
      schools[i] = { id: school.id, name: school.name, subdomain, databaseName: school.databaseName, roles: school.roles, users };
    };
    try {
      let next = 0;
      let failed = false;
      // Workers taking the next index; after a failure they take no more, and drop() runs once all have stopped.
      const workers = await Promise.allSettled(
        Array.from({ length: Math.min(concurrency, count) }, async () => {
          while (next < count && !failed) {
            try {
              await provisionOne(next++);
            } catch (err) {
              failed = true;
              throw err;
            }
          }
        }),
      );
      const failure = workers.find((w) => w.status === 'rejected');
      if (failure) throw failure.reason;
    } finally {
      await handle.close();
    }
    return { centralUrl: centralDb.url, dbConfig, schools, password: ESTATE_PASSWORD, passwordHash, drop };
  } catch (err) {
    await drop().catch(() => {});
    throw err;
  }
}

/** Finding a school by what a caller names it by. */
import { eq } from 'drizzle-orm';
import { isUuid } from '../isUuid';
import { School } from '../schema/central';
import type { CentralExecutor } from './CentralExecutor';

/** The id of the school named by its id or its subdomain (any letter case), or null. */
export async function schoolIdOf(db: CentralExecutor, idOrSubdomain: string): Promise<string | null> {
  const ref = idOrSubdomain.trim().toLowerCase();
  const where = isUuid(ref) ? eq(School.id, ref) : eq(School.subdomain, ref);
  const rows = await db.select({ id: School.id }).from(School).where(where).limit(1);
  return rows[0]?.id ?? null;
}

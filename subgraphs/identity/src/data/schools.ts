/** SQL on School. */
import { central } from '@syncad/shared-db';
import { eq } from 'drizzle-orm';
import type { CentralExecutor } from './CentralExecutor';
import { isUuid } from '@syncad/shared-db';

const { School } = central;

export const schools = {
  /** The school named by its id or its subdomain (any letter case). */
  async idOf(db: CentralExecutor, idOrSubdomain: string): Promise<string | undefined> {
    const where = isUuid(idOrSubdomain) ? eq(School.id, idOrSubdomain) : eq(School.subdomain, idOrSubdomain.toLowerCase());
    const [row] = await db.select({ id: School.id }).from(School).where(where);
    return row?.id;
  },
};

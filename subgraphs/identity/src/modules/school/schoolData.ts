/** SQL on the School row of the caller's school: its details, never where its database lives. */
import { central, type CentralExecutor } from '@syncad/shared-db';
import { eq, sql } from 'drizzle-orm';

const { School } = central;

const columns = {
  id: School.id,
  name: School.name,
  subdomain: School.subdomain,
  district: School.district,
  board: School.board,
  evaluationMode: School.evaluationMode,
  timezone: School.timezone,
  settings: School.settings,
  updatedAt: School.updatedAt,
};

export interface SchoolDetails {
  id: string;
  name: string;
  subdomain: string;
  district: string | null;
  board: string | null;
  evaluationMode: boolean;
  timezone: string;
  settings: unknown;
  updatedAt: Date;
}

export interface SchoolChanges {
  name?: string;
  district?: string | null;
  board?: string | null;
  evaluationMode?: boolean;
  timezone?: string;
  settings?: Record<string, string>;
}

export const schoolData = {
  async byId(db: CentralExecutor, id: string): Promise<SchoolDetails | undefined> {
    const [row] = await db.select(columns).from(School).where(eq(School.id, id));
    return row;
  },

  async update(db: CentralExecutor, id: string, changes: SchoolChanges): Promise<SchoolDetails> {
    const [row] = await db
      .update(School)
      .set({ ...changes, updatedAt: sql`now()` })
      .where(eq(School.id, id))
      .returning(columns);
    return row;
  },
};

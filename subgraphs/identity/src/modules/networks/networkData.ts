/**
 * SQL on SchoolNetwork and LoginFailure: PostgreSQL's own inet and cidr types do the address
 * arithmetic. Plain SQL (data-access policy, docs/architecture.md) for failuresByAddress only: a
 * grouped read by inet with host() and the <<= containment, which the builder cannot say.
 */
import { central, type CentralExecutor } from '@syncad/shared-db';
import { and, asc, count, eq, sql } from 'drizzle-orm';

const { SchoolNetwork, LoginFailure } = central;

export type SchoolNetworkRow = typeof SchoolNetwork.$inferSelect;

export type FailuresByAddressRow = {
  address: string;
  failures: number;
  lastFailureAt: Date;
  registered: boolean;
};

/** Failures older than this are removed as new ones arrive. */
const KEPT_DAYS = 7;

export const networkData = {
  ofSchool(db: CentralExecutor, schoolId: string): Promise<SchoolNetworkRow[]> {
    return db.select().from(SchoolNetwork).where(eq(SchoolNetwork.schoolId, schoolId)).orderBy(asc(SchoolNetwork.cidr));
  },

  async countOfSchool(db: CentralExecutor, schoolId: string): Promise<number> {
    const [row] = await db.select({ n: count() }).from(SchoolNetwork).where(eq(SchoolNetwork.schoolId, schoolId));
    return row.n;
  },

  async insert(db: CentralExecutor, values: typeof SchoolNetwork.$inferInsert): Promise<SchoolNetworkRow> {
    const [row] = await db.insert(SchoolNetwork).values(values).returning();
    return row;
  },

  async remove(db: CentralExecutor, schoolId: string, id: string): Promise<boolean> {
    const removed = await db
      .delete(SchoolNetwork)
      .where(and(eq(SchoolNetwork.schoolId, schoolId), eq(SchoolNetwork.id, id)))
      .returning({ id: SchoolNetwork.id });
    return removed.length > 0;
  },

  /** The school's registered network containing `address`, if any. */
  async containing(
    db: CentralExecutor,
    schoolId: string,
    address: string,
  ): Promise<Pick<SchoolNetworkRow, 'id' | 'label' | 'cidr'> | null> {
    const [row] = await db
      .select({ id: SchoolNetwork.id, label: SchoolNetwork.label, cidr: SchoolNetwork.cidr })
      .from(SchoolNetwork)
      .where(and(eq(SchoolNetwork.schoolId, schoolId), sql`${address}::inet <<= ${SchoolNetwork.cidr}`))
      .limit(1);
    return row ?? null;
  },

  /** Records a failed sign-in at the school, and forgets the school's failures older than a week. */
  async recordFailure(db: CentralExecutor, schoolId: string, address: string | null): Promise<void> {
    await db.insert(LoginFailure).values({ schoolId, address });
    await db
      .delete(LoginFailure)
      .where(and(eq(LoginFailure.schoolId, schoolId), sql`${LoginFailure.at} < now() - make_interval(days => ${KEPT_DAYS})`));
  },

  /** The school's failures of the last `hours`, by address, most first (at most 100). */
  async failuresByAddress(db: CentralExecutor, schoolId: string, hours: number): Promise<FailuresByAddressRow[]> {
    const result = await db.execute<FailuresByAddressRow>(sql`
      SELECT host(f.address) AS address, count(*)::int AS failures, max(f.at) AS "lastFailureAt",
        EXISTS (SELECT 1 FROM ${SchoolNetwork} n WHERE n."schoolId" = f."schoolId" AND f.address <<= n.cidr) AS registered
      FROM ${LoginFailure} f
      WHERE f."schoolId" = ${schoolId} AND f.address IS NOT NULL AND f.at > now() - make_interval(hours => ${hours})
      GROUP BY f."schoolId", f.address
      ORDER BY failures DESC, max(f.at) DESC
      LIMIT 100`);
    return result.rows.map((r) => ({ ...r, lastFailureAt: new Date(r.lastFailureAt) }));
  },
};

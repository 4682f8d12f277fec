/** SQL for fee structures: lookups, pages, whether they have been charged, and changes under a row lock. */
import { school } from '@syncad/shared-db';
import type { KeysetSlice, SortKey } from '@syncad/subgraph-kit';
import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db, FeeStructureRow } from '../../shared/rows';

const { FeeStructure, FeeLedger, FeeVoucher } = school;

export interface FeeStructureFilter {
  academicYearId?: string;
  /** Those of this class and those for every class. */
  classId?: string;
}

/** The order of fee structure pages: due date (none last), name, id. */
export const FEE_STRUCTURE_ORDER: SortKey[] = [
  { by: sql`coalesce(${FeeStructure.dueDate}, '9999-12-31'::date)` },
  { by: FeeStructure.name },
  { by: FeeStructure.id },
];

function conditions(f: FeeStructureFilter): SQL[] {
  const list: SQL[] = [];
  if (f.academicYearId) list.push(eq(FeeStructure.academicYearId, f.academicYearId));
  if (f.classId) list.push(or(eq(FeeStructure.classId, f.classId), isNull(FeeStructure.classId))!);
  return list;
}

export const feeStructureData = {
  byIds(db: Db, ids: readonly string[]): Promise<FeeStructureRow[]> {
    return db
      .select()
      .from(FeeStructure)
      .where(sql`${FeeStructure.id} = ANY(${sql.param([...ids])}::uuid[])`);
  },

  /** One keyset page (the slice's condition, order and limit). */
  page(db: Db, f: FeeStructureFilter, slice: KeysetSlice): Promise<FeeStructureRow[]> {
    return db
      .select()
      .from(FeeStructure)
      .where(and(...conditions(f), slice.after))
      .orderBy(...slice.order)
      .limit(slice.limit);
  },

  async count(db: Db, f: FeeStructureFilter): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(FeeStructure)
      .where(and(...conditions(f)));
    return row.n;
  },

  /** Which of the fee structures have ledger lines (have been charged, even if reversed since). */
  async charged(db: Db, ids: readonly string[]): Promise<Set<string>> {
    const rows = await db
      .selectDistinct({ id: FeeLedger.feeStructureId })
      .from(FeeLedger)
      .where(sql`${FeeLedger.feeStructureId} = ANY(${sql.param([...ids])}::uuid[])`);
    return new Set(rows.map((r) => r.id!));
  },

  /** Whether the academic year and the class (when given) exist, in one statement. */
  async referencesExist(db: Db, academicYearId: string, classId: string | null): Promise<{ year: boolean; class: boolean }> {
    const result = await db.execute<{ year: boolean; class: boolean }>(sql`
      SELECT EXISTS (SELECT 1 FROM "AcademicYear" WHERE id = ${academicYearId}) AS year,
             (${classId}::uuid IS NULL OR EXISTS (SELECT 1 FROM "Class" WHERE id = ${classId}::uuid)) AS class`);
    return result.rows[0];
  },

  async insert(db: Db, values: typeof FeeStructure.$inferInsert): Promise<FeeStructureRow> {
    const [row] = await db.insert(FeeStructure).values(values).returning();
    return row;
  },

  /** The fee structure, locked against concurrent changes and charges, and whether it has been charged. */
  async lockForChange(db: Db, id: string): Promise<{ row: FeeStructureRow; charged: boolean } | null> {
    const [row] = await db.select().from(FeeStructure).where(eq(FeeStructure.id, id)).for('update');
    if (!row) return null;
    const used = await db.execute<{ used: boolean }>(sql`
      SELECT EXISTS (SELECT 1 FROM ${FeeLedger} WHERE "feeStructureId" = ${id})
          OR EXISTS (SELECT 1 FROM ${FeeVoucher} WHERE "feeStructureId" = ${id}) AS used`);
    return { row, charged: used.rows[0].used };
  },

  async update(db: Db, id: string, values: Partial<Pick<FeeStructureRow, 'name' | 'amount' | 'dueDate'>>): Promise<FeeStructureRow> {
    const [row] = await db.update(FeeStructure).set(values).where(eq(FeeStructure.id, id)).returning();
    return row;
  },

  async remove(db: Db, id: string): Promise<void> {
    await db.delete(FeeStructure).where(eq(FeeStructure.id, id));
  },
};

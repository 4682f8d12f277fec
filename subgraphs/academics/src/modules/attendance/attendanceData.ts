/** SQL for attendance: the bulk upsert, lookups by student and day, and summaries computed in SQL. */
import { school } from '@syncad/shared-db';
import { and, asc, between, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { AttendanceRow, AttendanceSummaryRow, Db } from './rows';

const { Attendance } = school;

/** count(...) FILTER per status and the percentage, as SQL over the Attendance alias `a`. */
const COUNTS = sql.raw(`
  count(a.id) FILTER (WHERE a.status = 'PRESENT')::int AS present,
  count(a.id) FILTER (WHERE a.status = 'ABSENT')::int AS absent,
  count(a.id) FILTER (WHERE a.status = 'LATE')::int AS late,
  count(a.id) FILTER (WHERE a.status = 'LEAVE')::int AS leave,
  count(a.id)::int AS "markedDays",
  (round(100.0 * count(a.id) FILTER (WHERE a.status IN ('PRESENT', 'LATE')) / nullif(count(a.id), 0), 2))::text
    AS percentage`);

const COLUMNS = Object.entries(getTableColumns(Attendance));

/** A raw RETURNING * row as Drizzle's select would give it (driver values mapped per column). */
function fromDriver(raw: Record<string, unknown>): AttendanceRow {
  return Object.fromEntries(
    COLUMNS.map(([key, col]) => [key, raw[col.name] == null ? null : col.mapFromDriverValue(raw[col.name])]),
  ) as AttendanceRow;
}

type SummaryCounts = Omit<AttendanceSummaryRow, 'from' | 'to'>;

export const attendanceData = {
  /**
   * One INSERT ... SELECT FROM unnest(...) ON CONFLICT for every row, each column sent as one
   * array parameter (not six placeholders per row): re-marking a student's day updates it.
   */
  async upsertMany(db: Db, rows: (typeof Attendance.$inferInsert)[]): Promise<AttendanceRow[]> {
    const column = <T>(pick: (r: (typeof rows)[number]) => T) => sql.param(rows.map(pick));
    const result = await db.execute<Record<string, unknown>>(sql`
      INSERT INTO ${Attendance} ("schoolId", "studentId", date, status, remarks, "markedBy")
      SELECT * FROM unnest(
        ${column((r) => r.schoolId)}::uuid[], ${column((r) => r.studentId)}::uuid[], ${column((r) => r.date)}::date[],
        ${column((r) => r.status)}::text[], ${column((r) => r.remarks ?? null)}::text[], ${column((r) => r.markedBy ?? null)}::uuid[])
      ON CONFLICT ("studentId", date) DO UPDATE
        SET status = excluded.status, remarks = excluded.remarks, "markedBy" = excluded."markedBy", "updatedAt" = now()
      RETURNING *`);
    return result.rows.map(fromDriver);
  },

  /** Removes a student's mark of a day; the removed row's id, or undefined when there was none. */
  async remove(db: Db, studentId: string, date: string): Promise<string | undefined> {
    const [row] = await db
      .delete(Attendance)
      .where(and(eq(Attendance.studentId, studentId), eq(Attendance.date, date)))
      .returning({ id: Attendance.id });
    return row?.id;
  },

  on(db: Db, studentIds: readonly string[], date: string): Promise<AttendanceRow[]> {
    return db
      .select()
      .from(Attendance)
      .where(and(sql`${Attendance.studentId} = ANY(${sql.param([...studentIds])}::uuid[])`, eq(Attendance.date, date)));
  },

  between(db: Db, studentIds: readonly string[], from: string, to: string): Promise<AttendanceRow[]> {
    return db
      .select()
      .from(Attendance)
      .where(and(inArray(Attendance.studentId, [...studentIds]), between(Attendance.date, from, to)))
      .orderBy(asc(Attendance.date));
  },

  /** Counts per student over [from, to]; students with no marks get no row. */
  async summaries(db: Db, studentIds: readonly string[], from: string, to: string): Promise<SummaryCounts[]> {
    const result = await db.execute<SummaryCounts>(sql`
      SELECT a."studentId" AS "studentId", ${COUNTS}
      FROM ${Attendance} a
      WHERE a."studentId" IN ${[...studentIds]} AND a.date BETWEEN ${from} AND ${to}
      GROUP BY a."studentId"`);
    return result.rows;
  },

  /**
   * A class's counts over [from, to]: one line per student placed in the class during the
   * period (counting only days of that placement) and the class total (studentId null), in one
   * statement with GROUPING SETS.
   */
  async classSummary(
    db: Db,
    f: { classId: string; divisionId?: string; from: string; to: string; studentIds?: readonly string[] },
  ): Promise<SummaryCounts[]> {
    const conditions: SQL[] = [sql`sc."classId" = ${f.classId}`];
    if (f.divisionId) conditions.push(sql`sc."divisionId" = ${f.divisionId}`);
    if (f.studentIds) conditions.push(sql`s.id = ANY(${sql.param([...f.studentIds])}::uuid[])`);
    const result = await db.execute<SummaryCounts>(sql`
      SELECT s.id AS "studentId", ${COUNTS}
      FROM "StudentClass" sc
      JOIN "Student" s ON s.id = sc."studentId"
      LEFT JOIN ${Attendance} a ON a."studentId" = s.id
        AND a.date BETWEEN greatest(${f.from}::date, sc."fromDate") AND least(${f.to}::date, coalesce(sc."toDate", ${f.to}::date))
      WHERE ${sql.join(conditions, sql` AND `)}
        AND sc."fromDate" <= ${f.to} AND (sc."toDate" IS NULL OR sc."toDate" >= ${f.from})
      GROUP BY GROUPING SETS ((s.id), ())
      ORDER BY grouping(s.id), min(sc."rollNo") NULLS LAST, min(s."firstName"), min(s."lastName"), s.id`);
    return result.rows;
  },
};

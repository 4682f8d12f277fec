/**
 * SQL for exams and results; percentage, grade and rank are computed in SQL. Plain SQL (data-access
 * policy, docs/architecture.md) for ranked results: a window function, beyond Drizzle's builder.
 */
import { school } from '@syncad/shared-db';
import type { SchoolDb } from '@syncad/shared-db';
import { namedQuery, preparedOn, type KeysetSlice, type SortKey } from '@syncad/subgraph-kit';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Db, ExamResultRow, ExamRow, GradeBandRow } from './rows';

const { Exam, Result, GradeBand } = school;

/** Newest exam first. */
export const EXAM_ORDER: SortKey[] = [
  { by: Exam.examDate, descending: true },
  { by: Exam.id, descending: true },
];

/** Ranked results of the exams whose ids are $1 (an array), with `onlyStudents` keeping some students' rows. */
function rankedSql(exams: string, onlyStudents: string): string {
  return `
    SELECT * FROM (
      SELECT r.id, r."examId", r."studentId", r.marks::text AS marks, r."isAbsent", r.remarks, e."examDate",
        pct.value::text AS percentage,
        (SELECT g.grade FROM "GradeBand" g WHERE g."minPercent" <= pct.value ORDER BY g."minPercent" DESC LIMIT 1) AS grade,
        CASE WHEN r."isAbsent" THEN NULL
             ELSE (rank() OVER (PARTITION BY r."examId", r."isAbsent" ORDER BY r.marks DESC))::int END AS rank
      FROM "Result" r
      JOIN "Exam" e ON e.id = r."examId"
      CROSS JOIN LATERAL (SELECT round(r.marks * 100 / e."maxMarks", 2) AS value) pct
      WHERE r."examId" = ANY(${exams})
    ) ranked
    ${onlyStudents}
    ORDER BY "examDate" DESC, "examId", "isAbsent", rank, "studentId"`;
}

const RANKED_OF_EXAMS = rankedSql('$1::uuid[]', '');
const RANKED_OF_STUDENTS = rankedSql(
  'ARRAY(SELECT DISTINCT "examId" FROM "Result" WHERE "studentId" = ANY($1::uuid[]))',
  'WHERE "studentId" = ANY($1::uuid[])',
);

/** Exams of one class (or every class) and one academic year (or every year). */
function examFilter(classId: string | undefined, academicYearId: string | undefined) {
  return and(classId ? eq(Exam.classId, classId) : undefined, academicYearId ? eq(Exam.academicYearId, academicYearId) : undefined);
}

export const examData = {
  gradeBands(db: Db): Promise<GradeBandRow[]> {
    return db.select().from(GradeBand).orderBy(desc(GradeBand.minPercent));
  },

  async insertGradeBand(db: Db, values: typeof GradeBand.$inferInsert): Promise<GradeBandRow> {
    const [row] = await db.insert(GradeBand).values(values).returning();
    return row;
  },

  byIds(db: SchoolDb, ids: readonly string[]): Promise<ExamRow[]> {
    return preparedOn(db, 'academics_exams_by_ids', (name) =>
      db
        .select()
        .from(Exam)
        .where(sql`${Exam.id} = ANY(${sql.placeholder('ids')}::uuid[])`)
        .prepare(name),
    ).execute({ ids: [...ids] });
  },

  /** A page of the class's exams (of one year, when given). */
  list(db: Db, classId: string | undefined, academicYearId: string | undefined, slice: KeysetSlice): Promise<ExamRow[]> {
    return db
      .select()
      .from(Exam)
      .where(and(examFilter(classId, academicYearId), slice.after))
      .orderBy(...slice.order)
      .limit(slice.limit);
  },

  async count(db: Db, classId: string | undefined, academicYearId: string | undefined): Promise<number> {
    const [row] = await db.select({ n: count() }).from(Exam).where(examFilter(classId, academicYearId));
    return row.n;
  },

  async insert(db: Db, values: typeof Exam.$inferInsert): Promise<ExamRow> {
    const [row] = await db.insert(Exam).values(values).returning();
    return row;
  },

  /** One INSERT ... ON CONFLICT for the whole class: entering marks again updates them. */
  async upsertResults(db: Db, rows: (typeof Result.$inferInsert)[]): Promise<void> {
    await db
      .insert(Result)
      .values(rows)
      .onConflictDoUpdate({
        target: [Result.examId, Result.studentId],
        set: {
          marks: sql`excluded."marks"`,
          isAbsent: sql`excluded."isAbsent"`,
          remarks: sql`excluded."remarks"`,
          enteredBy: sql`excluded."enteredBy"`,
          updatedAt: sql`now()`,
        },
      });
  },

  /**
   * The exam's row, locked until the transaction ends: `update` by a correction or removal,
   * `share` by marks entry (which then sees the corrected maximum and date).
   */
  async lock(db: Db, id: string, mode: 'update' | 'share' = 'update'): Promise<ExamRow | undefined> {
    const [row] = await db.select().from(Exam).where(eq(Exam.id, id)).for(mode);
    return row;
  },

  /** The highest marks entered for the exam (null: none), and how many results it has. */
  async resultStats(db: Db, examId: string): Promise<{ highest: string | null; results: number }> {
    const [row] = await db
      .select({ highest: sql<string | null>`max(${Result.marks})::text`, results: count() })
      .from(Result)
      .where(eq(Result.examId, examId));
    return row;
  },

  /** The students with a result in the exam. */
  async studentsWithResults(db: Db, examId: string): Promise<string[]> {
    const rows = await db.select({ id: Result.studentId }).from(Result).where(eq(Result.examId, examId));
    return rows.map((r) => r.id);
  },

  async update(db: Db, id: string, changes: Partial<Pick<ExamRow, 'name' | 'maxMarks' | 'examDate'>>): Promise<ExamRow> {
    const [row] = await db.update(Exam).set(changes).where(eq(Exam.id, id)).returning();
    return row;
  },

  /** Removes the exam; its results go with it (the foreign key cascades, each row audited). */
  async remove(db: Db, id: string): Promise<void> {
    await db.delete(Exam).where(eq(Exam.id, id));
  },

  /** Removes one student's result of an exam; the removed row's id, or undefined when there was none. */
  async removeResult(db: Db, examId: string, studentId: string): Promise<string | undefined> {
    const [row] = await db
      .delete(Result)
      .where(and(eq(Result.examId, examId), eq(Result.studentId, studentId)))
      .returning({ id: Result.id });
    return row?.id;
  },

  /**
   * Results with percentage, grade (highest band reached) and rank among those present, ranked
   * over each whole exam before filtering: of the given exams, or of every exam the given
   * students sat (then only those students' rows). Best first within an exam, absentees last.
   * Two prepared statements (by exams, by students), each one text whatever the ids' count.
   */
  ranked(db: SchoolDb, by: { examIds: readonly string[] } | { studentIds: readonly string[] }): Promise<ExamResultRow[]> {
    if ('examIds' in by) return namedQuery(db, 'academics_ranked_of_exams', RANKED_OF_EXAMS, [[...by.examIds]]);
    return namedQuery(db, 'academics_ranked_of_students', RANKED_OF_STUDENTS, [[...by.studentIds]]);
  },
};

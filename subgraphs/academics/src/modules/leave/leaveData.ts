/**
 * SQL for leave applications, and the attendance an approved one writes. Plain SQL (data-access
 * policy, docs/architecture.md) only for that write: one INSERT over generate_series, weekdays only.
 */
import { school } from '@syncad/shared-db';
import { toMilliseconds, type KeysetSlice, type SortKey } from '@syncad/subgraph-kit';
import { and, asc, count, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db, LeaveApplicationRow } from './rows';

const { Attendance, LeaveApplication, Student } = school;

/** Newest first. */
export const LEAVE_ORDER: SortKey[] = [
  { by: toMilliseconds(LeaveApplication.createdAt), descending: true },
  { by: LeaveApplication.id, descending: true },
];

export interface LeaveFilter {
  status?: string;
  studentId?: string;
  /** Only the students now in this class. */
  classId?: string;
  /** Only these students (a self-scoped caller's own: ownStudentFilter). */
  studentIds?: readonly string[];
}

function matching(f: LeaveFilter) {
  return and(
    f.status ? eq(LeaveApplication.status, f.status) : undefined,
    f.studentId ? eq(LeaveApplication.studentId, f.studentId) : undefined,
    f.classId ? eq(Student.classId, f.classId) : undefined,
    f.studentIds ? inArray(LeaveApplication.studentId, [...f.studentIds]) : undefined,
  );
}

export const leaveData = {
  async insert(db: Db, values: typeof LeaveApplication.$inferInsert): Promise<LeaveApplicationRow> {
    const [row] = await db.insert(LeaveApplication).values(values).returning();
    return row;
  },

  /**
   * Locks the student's row until the transaction ends, so two applications for one student
   * check for overlaps one after the other. NO KEY UPDATE, not UPDATE: it still serialises
   * leave applications but does not hold up inserts that merely reference the student
   * (attendance, results). False when the student does not exist.
   */
  async lockStudent(db: Db, studentId: string): Promise<boolean> {
    const rows = await db.select({ id: Student.id }).from(Student).where(eq(Student.id, studentId)).for('no key update');
    return rows.length > 0;
  },

  /** The earliest PENDING or APPROVED application of the student sharing a day with [from, to]. */
  async overlapping(db: Db, studentId: string, from: string, to: string): Promise<LeaveApplicationRow | null> {
    const [row] = await db
      .select()
      .from(LeaveApplication)
      .where(
        and(
          eq(LeaveApplication.studentId, studentId),
          inArray(LeaveApplication.status, ['PENDING', 'APPROVED']),
          lte(LeaveApplication.fromDate, to),
          gte(LeaveApplication.toDate, from),
        ),
      )
      .orderBy(asc(LeaveApplication.fromDate))
      .limit(1);
    return row ?? null;
  },

  async byId(db: Db, id: string): Promise<LeaveApplicationRow | null> {
    const [row] = await db.select().from(LeaveApplication).where(eq(LeaveApplication.id, id));
    return row ?? null;
  },

  ofStudents(db: Db, studentIds: readonly string[]): Promise<LeaveApplicationRow[]> {
    return db
      .select()
      .from(LeaveApplication)
      .where(inArray(LeaveApplication.studentId, [...studentIds]))
      .orderBy(desc(LeaveApplication.createdAt));
  },

  /** A page of applications matching the filter. */
  list(db: Db, f: LeaveFilter, slice: KeysetSlice): Promise<LeaveApplicationRow[]> {
    return db
      .select({ leave: LeaveApplication })
      .from(LeaveApplication)
      .innerJoin(Student, eq(Student.id, LeaveApplication.studentId))
      .where(and(matching(f), slice.after))
      .orderBy(...slice.order)
      .limit(slice.limit)
      .then((rows) => rows.map((r) => r.leave));
  },

  async count(db: Db, f: LeaveFilter): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(LeaveApplication)
      .innerJoin(Student, eq(Student.id, LeaveApplication.studentId))
      .where(matching(f));
    return row.n;
  },

  /** Deletes a PENDING application `userId` filed; the row as it was, or null when there is none such. */
  async cancelPending(db: Db, id: string, userId: string): Promise<LeaveApplicationRow | null> {
    const [row] = await db
      .delete(LeaveApplication)
      .where(and(eq(LeaveApplication.id, id), eq(LeaveApplication.status, 'PENDING'), eq(LeaveApplication.appliedBy, userId)))
      .returning();
    return row ?? null;
  },

  /** Removes a PENDING or REJECTED application, whoever applied; null when there is none such. */
  async removeUnapproved(db: Db, id: string): Promise<LeaveApplicationRow | null> {
    const [row] = await db
      .delete(LeaveApplication)
      .where(and(eq(LeaveApplication.id, id), inArray(LeaveApplication.status, ['PENDING', 'REJECTED'])))
      .returning();
    return row ?? null;
  },

  /** Decides a PENDING application; null when it is not pending (already decided or unknown). */
  async decide(
    db: Db,
    id: string,
    d: { status: 'APPROVED' | 'REJECTED'; decidedBy: string; note: string | null },
  ): Promise<LeaveApplicationRow | null> {
    const [row] = await db
      .update(LeaveApplication)
      .set({ status: d.status, decidedBy: d.decidedBy, decisionNote: d.note, decidedAt: sql`now()` })
      .where(and(eq(LeaveApplication.id, id), eq(LeaveApplication.status, 'PENDING')))
      .returning();
    return row ?? null;
  },

  /**
   * Marks the leave's days LEAVE in attendance, in one statement; a day already marked becomes
   * LEAVE. Only Monday to Friday: there is no school calendar (holidays, working Saturdays) yet,
   * so weekends are taken as no school.
   */
  async markWeekdays(
    db: Db,
    v: { schoolId: string; studentId: string; from: string; to: string; markedBy: string; remarks: string },
  ): Promise<void> {
    await db.execute(sql`
      INSERT INTO ${Attendance} ("schoolId", "studentId", date, status, "markedBy", remarks)
      SELECT ${v.schoolId}::uuid, ${v.studentId}::uuid, d::date, 'LEAVE', ${v.markedBy}::uuid, ${v.remarks}::text
      FROM generate_series(${v.from}::date, ${v.to}::date, interval '1 day') AS d
      WHERE extract(isodow FROM d) < 6
      ON CONFLICT ("studentId", date) DO UPDATE
        SET status = 'LEAVE', "markedBy" = excluded."markedBy", remarks = excluded.remarks, "updatedAt" = now()`);
  },
};

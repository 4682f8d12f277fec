/** SQL for leave applications. */
import { school } from '@syncad/shared-db';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, LeaveApplicationRow } from './rows';

const { LeaveApplication, Student } = school;

export const leaveData = {
  async insert(db: Db, values: typeof LeaveApplication.$inferInsert): Promise<LeaveApplicationRow> {
    const [row] = await db.insert(LeaveApplication).values(values).returning();
    return row;
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

  list(db: Db, f: { status?: string; studentId?: string; userId?: string }): Promise<LeaveApplicationRow[]> {
    return db
      .select({ leave: LeaveApplication })
      .from(LeaveApplication)
      .innerJoin(Student, eq(Student.id, LeaveApplication.studentId))
      .where(
        and(
          f.status ? eq(LeaveApplication.status, f.status) : undefined,
          f.studentId ? eq(LeaveApplication.studentId, f.studentId) : undefined,
          f.userId ? eq(Student.userId, f.userId) : undefined,
        ),
      )
      .orderBy(desc(LeaveApplication.createdAt))
      .then((rows) => rows.map((r) => r.leave));
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
};

/** SQL on the school database's StudentGuardian links (and the Student rows they name). */
import { school, type SchoolExecutor } from '@syncad/shared-db';
import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';

const { Class, Division, Student, StudentGuardian } = school;

export type GuardianRow = typeof StudentGuardian.$inferSelect;

/** What an invitation needs of the student: that they are here and active, and the contact the school keeps. */
export interface InvitedStudent {
  id: string;
  status: string;
  guardianName: string | null;
  guardianPhone: string | null;
}

export const guardianData = {
  /** The student; with `lock`, their row stays locked until the transaction ends. */
  async student(db: SchoolExecutor, id: string, lock = false): Promise<InvitedStudent | undefined> {
    const query = db
      .select({ id: Student.id, status: Student.status, guardianName: Student.guardianName, guardianPhone: Student.guardianPhone })
      .from(Student)
      .where(eq(Student.id, id));
    const [row] = lock ? await query.for('update') : await query;
    return row;
  },

  /** Whether the class exists (with `divisionId`: and has that division). */
  async classHas(db: SchoolExecutor, classId: string, divisionId?: string): Promise<boolean> {
    const rows = divisionId
      ? await db
          .select({ id: Division.id })
          .from(Division)
          .where(and(eq(Division.id, divisionId), eq(Division.classId, classId)))
      : await db.select({ id: Class.id }).from(Class).where(eq(Class.id, classId));
    return rows.length > 0;
  },

  /**
   * The ACTIVE students of the class (or division) with a guardian phone on record and no guardian
   * row at all (linked or invited), by admission number; at most 500 (a class is far smaller).
   */
  async uninvitedContacts(db: SchoolExecutor, classId: string, divisionId?: string): Promise<string[]> {
    const rows = await db
      .select({ id: Student.id })
      .from(Student)
      .where(
        and(
          eq(Student.classId, classId),
          divisionId ? eq(Student.divisionId, divisionId) : undefined,
          eq(Student.status, 'ACTIVE'),
          isNotNull(Student.guardianPhone),
          sql`NOT EXISTS (SELECT 1 FROM ${StudentGuardian} g WHERE g."studentId" = "Student"."id")`,
        ),
      )
      .orderBy(asc(Student.admissionNo))
      .limit(500);
    return rows.map((r) => r.id);
  },

  async link(db: SchoolExecutor, studentId: string, userId: string): Promise<GuardianRow | undefined> {
    const [row] = await db
      .select()
      .from(StudentGuardian)
      .where(and(eq(StudentGuardian.studentId, studentId), eq(StudentGuardian.userId, userId)));
    return row;
  },

  async countOf(db: SchoolExecutor, studentId: string): Promise<number> {
    const [row] = await db.select({ n: count() }).from(StudentGuardian).where(eq(StudentGuardian.studentId, studentId));
    return row.n;
  },

  /** Makes `userId` the student's only primary guardian (others lose the flag). */
  async clearOtherPrimaries(db: SchoolExecutor, studentId: string, userId: string): Promise<void> {
    await db
      .update(StudentGuardian)
      .set({ isPrimary: false })
      .where(and(eq(StudentGuardian.studentId, studentId), ne(StudentGuardian.userId, userId), StudentGuardian.isPrimary));
  },

  /** A new invitation, or a fresh code for one still waiting (an accepted link is left alone: none is returned). */
  async invite(
    db: SchoolExecutor,
    values: Pick<GuardianRow, 'schoolId' | 'studentId' | 'userId' | 'relation' | 'isPrimary' | 'codeHash' | 'codeExpiresAt' | 'invitedBy'>,
  ): Promise<GuardianRow | undefined> {
    const [row] = await db
      .insert(StudentGuardian)
      .values(values)
      .onConflictDoUpdate({
        target: [StudentGuardian.studentId, StudentGuardian.userId],
        set: {
          relation: values.relation,
          isPrimary: values.isPrimary,
          codeHash: values.codeHash,
          codeExpiresAt: values.codeExpiresAt,
          invitedBy: values.invitedBy,
          invitedAt: sql`now()`,
        },
        setWhere: isNull(StudentGuardian.acceptedAt),
      })
      .returning();
    return row;
  },

  /** Accepts the caller's own waiting invitation with this code; undefined when there is none (wrong, spent or expired code). */
  async accept(db: SchoolExecutor, userId: string, codeHash: string): Promise<GuardianRow | undefined> {
    const [row] = await db
      .update(StudentGuardian)
      .set({ acceptedAt: sql`now()`, codeHash: null, codeExpiresAt: null })
      .where(
        and(
          eq(StudentGuardian.userId, userId),
          eq(StudentGuardian.codeHash, codeHash),
          isNull(StudentGuardian.acceptedAt),
          gt(StudentGuardian.codeExpiresAt, sql`now()`),
        ),
      )
      .returning();
    return row;
  },

  /** The guardians of each student (primary first, then by invitation): one statement. */
  guardiansOf(db: SchoolExecutor, studentIds: readonly string[]): Promise<GuardianRow[]> {
    return db
      .select()
      .from(StudentGuardian)
      .where(inArray(StudentGuardian.studentId, [...studentIds]))
      .orderBy(desc(StudentGuardian.isPrimary), asc(StudentGuardian.invitedAt), asc(StudentGuardian.id));
  },

  /** The children whose link `userId` accepted, oldest link first. */
  childrenOf(db: SchoolExecutor, userId: string): Promise<GuardianRow[]> {
    return db
      .select()
      .from(StudentGuardian)
      .where(and(eq(StudentGuardian.userId, userId), isNotNull(StudentGuardian.acceptedAt)))
      .orderBy(asc(StudentGuardian.acceptedAt), asc(StudentGuardian.id));
  },
};

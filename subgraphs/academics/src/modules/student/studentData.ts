/**
 * SQL for students and their class placements (StudentClass). Plain SQL (data-access policy,
 * docs/architecture.md) for the roster, students by id and the students page, measured: read as
 * arrays with tableReader instead of Drizzle's row mapping, academics' CPU per roster fell 10-20%
 * (floor bench); Drizzle's builder was 14% of academics' CPU profile on the dashboard's page.
 */
import { school } from '@syncad/shared-db';
import { and, asc, eq, getTableColumns, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { namedQueryOfArrays, rowsByIds, tableReader } from '@syncad/subgraph-kit';
import type { SchoolDb } from '@syncad/shared-db';
import type { AttendanceRow } from '../attendance';
import type { Db, StudentClassRow, StudentRow } from './rows';

const { Attendance, Student, StudentClass } = school;

// Only the columns the rows' GraphQL fields read (StudentRow, AttendanceRow).
const unread = ['schoolId', 'createdAt', 'updatedAt'] as const;
const students = tableReader(Student, unread);
const marks = tableReader(Attendance, unread);

/** The roster statement's columns: the class's id, `students`' columns, the roll number, `marks`' columns. */
export const ROSTER_LAYOUT = {
  studentKeys: students.keys,
  studentAt: 1,
  rollAt: 1 + students.width,
  markKeys: marks.keys,
  markAt: 2 + students.width,
};

/** $1 the students' ids (an array): the roll number of each one's open placement. */
const CURRENT_ROLL_NOS = `SELECT sc."studentId", sc."rollNo" FROM "StudentClass" sc WHERE sc."studentId" = ANY($1::uuid[]) AND sc."toDate" IS NULL`;

/**
 * The one roster statement, for one class (`$1` a class) or several (`$1` an array of classes):
 * the same joins, columns and order, two prepared texts, because PostgreSQL plans `c.id = $1`
 * far better than `= ANY($1)` for the single class of the common read (pg p50 of a roster of 40:
 * 0.76 against 1.63 ms, floor bench). $2 division or null, $3 the self-scoped caller's own students or
 * null, $4 the day of the marks or null.
 */
function rosterSql(classes: string): string {
  return `
  SELECT c.id, ${students.selectList('s')}, sc."rollNo", ${marks.selectList('a')}
  FROM "Class" c
  LEFT JOIN "Student" s ON s."classId" = c.id AND s.status = 'ACTIVE'
    AND ($2::uuid IS NULL OR s."divisionId" = $2::uuid) AND ($3::uuid[] IS NULL OR s.id = ANY($3::uuid[]))
  LEFT JOIN "StudentClass" sc ON sc."studentId" = s.id AND sc."toDate" IS NULL
  LEFT JOIN "Attendance" a ON a."studentId" = s.id AND a.date = $4::date
  WHERE ${classes}
  ORDER BY c.id, sc."rollNo" NULLS LAST, s."firstName", s."lastName", s.id`;
}
const ROSTER_OF_CLASS = rosterSql('c.id = $1::uuid');
const ROSTERS_OF_CLASSES = rosterSql('c.id = ANY($1::uuid[])');

/** A row of the roster statement: a class, and one of its students with their roll number and mark (none for a class without students). */
export interface RosterRow {
  classId: string;
  student: StudentRow | null;
  currentRollNo: number | null;
  attendance: AttendanceRow | null;
}

export interface StudentFilter {
  classId?: string;
  divisionId?: string;
  search?: string;
  /** Only these students (a self-scoped caller's own: ownStudentFilter). */
  studentIds?: readonly string[];
}

/** Students placed in a class (or division) at some time in [from, to]. */
export interface PlacementFilter {
  classId: string;
  divisionId?: string;
  from: string;
  to: string;
  studentIds?: readonly string[];
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The WHERE clause of a students page or count for the filters present, and its statement name's
 * suffix: one named statement per combination of filters (at most 32 texts), each planned for
 * the filters it has (a `$1 IS NULL OR ...` text would get one generic plan for all of them).
 */
function filterSql(f: StudentFilter, after: string | null): { name: string; where: string; values: unknown[] } {
  const conditions: string[] = [];
  const values: unknown[] = [];
  let name = '';
  const add = (flag: string, condition: (param: string) => string, value: unknown) => {
    values.push(value);
    conditions.push(condition(`$${values.length}`));
    name += `_${flag}`;
  };
  if (f.classId) add('class', (p) => `s."classId" = ${p}::uuid`, f.classId);
  if (f.divisionId) add('division', (p) => `s."divisionId" = ${p}::uuid`, f.divisionId);
  if (f.studentIds) add('own', (p) => `s.id = ANY(${p}::uuid[])`, [...f.studentIds]);
  if (f.search) add('search', (p) => `(s."firstName" || ' ' || coalesce(s."lastName", '')) ILIKE ${p}`, `%${escapeLike(f.search)}%`);
  if (after !== null) add('after', (p) => `s."admissionNo" > ${p}`, after);
  return { name, where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', values };
}

function placedDuring(f: PlacementFilter): SQL {
  return and(
    eq(StudentClass.classId, f.classId),
    f.divisionId ? eq(StudentClass.divisionId, f.divisionId) : undefined,
    lte(StudentClass.fromDate, f.to),
    or(isNull(StudentClass.toDate), gte(StudentClass.toDate, f.from)),
    f.studentIds ? inArray(Student.id, [...f.studentIds]) : undefined,
  ) as SQL;
}

export const studentData = {
  /** Students by id: one named statement whatever the count, read like the roster (tableReader). */
  byIds: rowsByIds('academics_students_by_ids', Student, unread),

  async byUserIds(db: Db, userIds: readonly string[]): Promise<StudentRow[]> {
    if (userIds.length === 0) return [];
    return db
      .select()
      .from(Student)
      .where(inArray(Student.userId, [...userIds]));
  },

  async byAdmissionNo(db: Db, admissionNo: string): Promise<StudentRow | null> {
    const [row] = await db.select().from(Student).where(eq(Student.admissionNo, admissionNo)).limit(1);
    return row ?? null;
  },

  /**
   * One page by admission number after `after`; fetches one extra row to tell whether more follow.
   * Each student's current roll number rides on its row (at most one open placement: a unique index).
   */
  async page(db: SchoolDb, f: StudentFilter, after: string | null, limit: number): Promise<StudentRow[]> {
    const { name, where, values } = filterSql(f, after);
    // A subquery, not a join: run only for the page's rows as the admission-number index yields
    // them (joined, PostgreSQL joined every student's placement before the limit: +25% of its CPU).
    const text = `SELECT ${students.selectList('s')},
        (SELECT sc."rollNo" FROM "StudentClass" sc WHERE sc."studentId" = s.id AND sc."toDate" IS NULL)
      FROM "Student" s ${where} ORDER BY s."admissionNo" LIMIT $${values.length + 1}`;
    const rows = await namedQueryOfArrays(db, `academics_students_page${name}`, text, [...values, limit + 1]);
    return rows.map((row) => {
      const student: StudentRow = students.read(row, 0)!;
      student.currentRollNo = row[students.width] as number | null;
      return student;
    });
  },

  /** How many students match the filter, on every page alike (no cursor). */
  async count(db: SchoolDb, f: StudentFilter): Promise<number> {
    const { name, where, values } = filterSql(f, null);
    const [row] = await namedQueryOfArrays(db, `academics_students_count${name}`, `SELECT count(*)::int FROM "Student" s ${where}`, values);
    return row[0] as number;
  },

  /**
   * The rosters of classes in one prepared statement (see rosterSql): each class (a row even without students: the
   * class check), its active students with their current roll number, and each one's attendance
   * mark on `date` (none when `date` is null), by class, then roll number, then name. Optional
   * filters are null parameters, so one statement text serves every call of its kind; rows are read from
   * arrays (tableReader), not through Drizzle's generic mapping.
   */
  async rosters(
    db: SchoolDb,
    f: { classIds: readonly string[]; divisionId?: string; studentIds?: readonly string[]; date: string | null },
  ): Promise<RosterRow[]> {
    const [name, text, classes] =
      f.classIds.length === 1
        ? ['academics_roster_of_class', ROSTER_OF_CLASS, f.classIds[0]]
        : ['academics_rosters_of_classes', ROSTERS_OF_CLASSES, [...f.classIds]];
    const rows = await namedQueryOfArrays(db, name, text, [classes, f.divisionId ?? null, f.studentIds ? [...f.studentIds] : null, f.date]);
    const { rollAt, markAt } = ROSTER_LAYOUT;
    return rows.map((row) => ({
      classId: row[0] as string,
      student: students.read(row, 1),
      currentRollNo: row[rollAt] as number | null,
      attendance: marks.read(row, markAt),
    }));
  },

  /** A class's roster (see rosters): no row at all when the class does not exist. */
  rosterOfClass(
    db: SchoolDb,
    f: { classId: string; divisionId?: string; studentIds?: readonly string[]; date: string | null },
  ): Promise<RosterRow[]> {
    return studentData.rosters(db, { ...f, classIds: [f.classId] });
  },

  /** The students of several classes at once (by class, then as the roster orders them), from the same statement. */
  async rostersOf(
    db: SchoolDb,
    classIds: readonly string[],
    studentIds?: readonly string[],
  ): Promise<Array<StudentRow & { currentRollNo: number | null }>> {
    const rows = await studentData.rosters(db, { classIds, studentIds, date: null });
    return rows.flatMap((r) => (r.student ? [{ ...r.student, currentRollNo: r.currentRollNo }] : []));
  },

  /** Students placed in the class during the period, by (lowest) roll number then name. */
  placedDuring(db: Db, f: PlacementFilter): Promise<StudentRow[]> {
    return db
      .select(getTableColumns(Student))
      .from(StudentClass)
      .innerJoin(Student, eq(Student.id, StudentClass.studentId))
      .where(placedDuring(f))
      .groupBy(Student.id)
      .orderBy(sql`min(${StudentClass.rollNo}) NULLS LAST`, asc(Student.firstName), asc(Student.lastName), asc(Student.id));
  },

  /** Which of `studentIds` are placed in the class (or division) on `date`. */
  async placedOn(db: Db, f: { classId: string; divisionId?: string; date: string }, studentIds: string[]): Promise<Set<string>> {
    const rows = await db
      .selectDistinct({ id: StudentClass.studentId })
      .from(StudentClass)
      .where(
        and(
          // One array parameter, not a placeholder per student (markAttendance sends up to 5,000).
          sql`${StudentClass.studentId} = ANY(${sql.param(studentIds)}::uuid[])`,
          eq(StudentClass.classId, f.classId),
          f.divisionId ? eq(StudentClass.divisionId, f.divisionId) : undefined,
          lte(StudentClass.fromDate, f.date),
          or(isNull(StudentClass.toDate), gte(StudentClass.toDate, f.date)),
        ),
      );
    return new Set(rows.map((r) => r.id));
  },

  /**
   * Locks the student's row (new dependent records wait for it, and fail once it is gone) and
   * names the kinds of history the student has; null for no such student.
   */
  async historyKinds(db: Db, studentId: string): Promise<string[] | null> {
    const result = await db.execute<{ kinds: string[] }>(sql`
      SELECT array_remove(ARRAY[
        CASE WHEN EXISTS (SELECT 1 FROM "Attendance" WHERE "studentId" = s.id) THEN 'attendance' END,
        CASE WHEN EXISTS (SELECT 1 FROM "Result" WHERE "studentId" = s.id) THEN 'results' END,
        CASE WHEN EXISTS (SELECT 1 FROM "FeeVoucher" WHERE "studentId" = s.id) THEN 'fee vouchers' END,
        CASE WHEN EXISTS (SELECT 1 FROM "TripStudentMark" WHERE "studentId" = s.id) THEN 'boarding marks' END,
        CASE WHEN EXISTS (SELECT 1 FROM "LibraryBookIssue" WHERE "studentId" = s.id) THEN 'library issues' END,
        CASE WHEN EXISTS (SELECT 1 FROM "LeaveApplication" WHERE "studentId" = s.id) THEN 'leave applications' END
      ], NULL) AS kinds
      FROM ${Student} s WHERE s.id = ${studentId} FOR UPDATE`);
    return result.rows[0]?.kinds ?? null;
  },

  /** Removes the student; placements and transport assignment go with it (their foreign keys cascade). */
  async remove(db: Db, studentId: string): Promise<void> {
    await db.delete(Student).where(eq(Student.id, studentId));
  },

  async insert(db: Db, values: typeof Student.$inferInsert): Promise<StudentRow> {
    const [row] = await db.insert(Student).values(values).returning();
    return row;
  },

  async update(db: Db, id: string, values: Partial<typeof Student.$inferInsert>): Promise<StudentRow | null> {
    const [row] = await db
      .update(Student)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(Student.id, id))
      .returning();
    return row ?? null;
  },

  /** The roll number of each student's open placement (students without one are absent). */
  async currentRollNos(db: SchoolDb, studentIds: readonly string[]): Promise<Array<{ studentId: string; rollNo: number | null }>> {
    const rows = await namedQueryOfArrays(db, 'academics_current_roll_nos', CURRENT_ROLL_NOS, [[...studentIds]]);
    return rows.map(([studentId, rollNo]) => ({ studentId: studentId as string, rollNo: rollNo as number | null }));
  },

  placementsOf(db: Db, studentIds: readonly string[]): Promise<StudentClassRow[]> {
    return db
      .select()
      .from(StudentClass)
      .where(sql`${StudentClass.studentId} = ANY(${sql.param([...studentIds])}::uuid[])`)
      .orderBy(asc(StudentClass.fromDate), asc(StudentClass.createdAt));
  },

  /** The open placement, locked so two transfers of one student serialise. */
  async currentPlacementForUpdate(db: Db, studentId: string): Promise<StudentClassRow | null> {
    const [row] = await db
      .select()
      .from(StudentClass)
      .where(and(eq(StudentClass.studentId, studentId), isNull(StudentClass.toDate)))
      .for('update');
    return row ?? null;
  },

  async closePlacement(db: Db, id: string, toDate: string): Promise<void> {
    await db.update(StudentClass).set({ toDate }).where(eq(StudentClass.id, id));
  },

  async insertPlacement(db: Db, values: typeof StudentClass.$inferInsert): Promise<StudentClassRow> {
    const [row] = await db.insert(StudentClass).values(values).returning();
    return row;
  },
};

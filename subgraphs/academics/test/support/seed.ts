/** Seeding through the API for what is under test, and by SQL for volume (hundreds of students). */
import type { AcademicsFixture } from './academicsFixture';

export interface SeededClass {
  yearId: string;
  classId: string;
  divisionId: string;
}

/** A current academic year around today, and a class with division "A". */
export async function seedClass(f: AcademicsFixture, className: string): Promise<SeededClass> {
  const now = new Date();
  const y = now.getFullYear();
  const existing = await f.sql(`SELECT id FROM "AcademicYear" WHERE "isCurrent"`);
  let yearId: string = existing.rows[0]?.id;
  if (!yearId) {
    const data = await f.ok(f.admin, `mutation($i: CreateAcademicYearInput!) { createAcademicYear(input: $i) { id } }`, {
      i: { name: `${y - 1}-${y + 1}`, startDate: `${y - 1}-01-01`, endDate: `${y + 1}-12-31`, isCurrent: true },
    });
    yearId = data.createAcademicYear.id;
  }
  const cls = await f.ok(f.admin, `mutation($i: CreateClassInput!) { createClass(input: $i) { id } }`, {
    i: { name: className },
  });
  const div = await f.ok(f.admin, `mutation($i: CreateDivisionInput!) { createDivision(input: $i) { id } }`, {
    i: { classId: cls.createClass.id, name: 'A' },
  });
  return { yearId, classId: cls.createClass.id, divisionId: div.createDivision.id };
}

/** `count` students placed in the class (division A) since the year's first day, in two statements; their global ids. */
export async function seedStudents(f: AcademicsFixture, c: SeededClass, count: number, tag: string): Promise<string[]> {
  const students = await f.sql(
    `INSERT INTO "Student" ("schoolId", "admissionNo", "firstName", "lastName", "classId", "divisionId")
     SELECT $1, $2 || '-' || lpad(n::text, 5, '0'), 'Pupil', $2 || ' ' || n, $3, $4 FROM generate_series(1, $5) n
     RETURNING id`,
    [f.schoolId, tag, c.classId, c.divisionId, count],
  );
  const ids: string[] = students.rows.map((r) => r.id);
  await f.sql(
    `INSERT INTO "StudentClass" ("schoolId", "studentId", "academicYearId", "classId", "divisionId", "rollNo", "fromDate")
     SELECT $1, s.id, $2, $3, $4, s.n, y."startDate"
     FROM unnest($5::uuid[]) WITH ORDINALITY AS s(id, n), "AcademicYear" y WHERE y.id = $2`,
    [f.schoolId, c.yearId, c.classId, c.divisionId, ids],
  );
  return ids.map((id) => f.globalId('Student', id));
}

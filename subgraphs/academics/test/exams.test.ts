/** Exams and results: bulk marks entry (range-checked, all or nothing), percentage, grade and rank. */
import { randomUUID } from 'node:crypto';
import { startAcademicsFixture, type AcademicsFixture } from './support/academicsFixture';
import { seedClass, seedStudents, type SeededClass } from './support/seed';

let f: AcademicsFixture;
let c: SeededClass;
let ids: string[];
let examId: string;
const Y = new Date().getFullYear() - 1;

const ENTER = `mutation($i: EnterMarksInput!) { enterMarks(input: $i) { student { id } marks absent percentage grade rank } }`;

function codes(answer: { body: { errors?: { extensions?: { code?: string } }[] } }): (string | undefined)[] {
  return (answer.body.errors ?? []).map((e) => e.extensions?.code);
}

beforeAll(async () => {
  f = await startAcademicsFixture();
  c = await seedClass(f, 'Grade 8');
  ids = await seedStudents(f, c, 4, 'G8');
  for (const [grade, minPercent] of [
    ['A', '80'],
    ['B', '60'],
    ['C', '40'],
  ]) {
    await f.ok(f.admin, `mutation($i: CreateGradeBandInput!) { createGradeBand(input: $i) { id } }`, { i: { grade, minPercent } });
  }
});
afterAll(() => f?.close());

it('keeps a grading scale; overlapping bands and out-of-range percentages are refused', async () => {
  const data = await f.ok(f.admin, `{ gradeBands { grade minPercent } }`);
  expect(data.gradeBands).toEqual([
    { grade: 'A', minPercent: '80.00' },
    { grade: 'B', minPercent: '60.00' },
    { grade: 'C', minPercent: '40.00' },
  ]);
  const dup = await f.gql(f.admin, `mutation { createGradeBand(input: { grade: "A", minPercent: "90" }) { id } }`);
  expect(codes(dup)).toEqual(['CONFLICT']);
  const range = await f.gql(f.admin, `mutation { createGradeBand(input: { grade: "S", minPercent: "100.01" }) { id } }`);
  expect(codes(range)).toEqual(['BAD_USER_INPUT']);
});

it('schedules an exam; unknown references and bad max marks are refused', async () => {
  const subject = await f.ok(f.admin, `mutation { createSubject(input: { name: "Science", code: "SCI" }) { id } }`);
  const input = {
    academicYearId: c.yearId,
    classId: c.classId,
    subjectId: subject.createSubject.id,
    name: 'Mid-term',
    maxMarks: '50',
    examDate: `${Y}-09-15`,
  };
  const data = await f.ok(
    f.admin,
    `mutation($i: CreateExamInput!) { createExam(input: $i) { id name maxMarks examDate class { id } subject { code } academicYear { id } } }`,
    { i: input },
  );
  examId = data.createExam.id;
  expect(data.createExam).toMatchObject({
    maxMarks: '50.00',
    examDate: `${Y}-09-15`,
    subject: { code: 'SCI' },
    academicYear: { id: c.yearId },
  });
  const q = `mutation($i: CreateExamInput!) { createExam(input: $i) { id } }`;
  expect(codes(await f.gql(f.admin, q, { i: { ...input, subjectId: randomUUID() } }))).toEqual(['NOT_FOUND']);
  expect(codes(await f.gql(f.admin, q, { i: { ...input, maxMarks: '0' } }))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await f.gql(f.admin, q, { i: { ...input, maxMarks: 50 } }))).toEqual(['BAD_USER_INPUT']);
  const list = await f.ok(f.admin, `query($c: ID!) { exams(classId: $c) { nodes { id } } }`, { c: c.classId });
  expect(list.exams.nodes).toEqual([{ id: examId }]);
  // Without a class: every class's exams; an unknown class is NOT_FOUND.
  expect((await f.ok(f.admin, `{ exams { nodes { id } } }`)).exams.nodes).toContainEqual({ id: examId });
  expect(codes(await f.gql(f.admin, `query($c: ID!) { exams(classId: $c) { totalCount } }`, { c: randomUUID() }))).toEqual(['NOT_FOUND']);
});

it('enters a class’s marks in one call with percentage, grade and rank', async () => {
  const data = await f.ok(f.admin, ENTER, {
    i: {
      examId,
      entries: [
        { studentId: ids[0], marks: '45' },
        { studentId: ids[1], marks: '31.5' },
        { studentId: ids[2], marks: '45' },
        { studentId: ids[3], absent: true },
      ],
    },
  });
  // Ties share a rank and are listed by the student's key (their plain id, not the global one).
  const [tieFirst, tieSecond] = [ids[0], ids[2]].sort((a, b) => (f.keyOf(a) < f.keyOf(b) ? -1 : 1));
  expect(data.enterMarks).toEqual([
    { student: { id: tieFirst }, marks: '45.00', absent: false, percentage: '90.00', grade: 'A', rank: 1 },
    { student: { id: tieSecond }, marks: '45.00', absent: false, percentage: '90.00', grade: 'A', rank: 1 },
    { student: { id: ids[1] }, marks: '31.50', absent: false, percentage: '63.00', grade: 'B', rank: 3 },
    { student: { id: ids[3] }, marks: null, absent: true, percentage: null, grade: null, rank: null },
  ]);
});

it('re-entering updates, and a student’s results show their class rank', async () => {
  await f.ok(f.admin, ENTER, { i: { examId, entries: [{ studentId: ids[1], marks: '50' }] } });
  const data = await f.ok(
    f.admin,
    `query($id: ID!) { student(id: $id) { results { nodes { exam { name } marks percentage grade rank } } } }`,
    { id: ids[1] },
  );
  expect(data.student.results.nodes).toEqual([{ exam: { name: 'Mid-term' }, marks: '50.00', percentage: '100.00', grade: 'A', rank: 1 }]);
  const ranked = await f.ok(f.admin, `query($e: ID!) { exam(id: $e) { results { rank student { id } } } }`, { e: examId });
  expect(ranked.exam.results.map((r: { rank: number | null }) => r.rank)).toEqual([1, 2, 2, null]);
});

it('refuses marks out of range, marks with absent, a student outside the class: nothing written', async () => {
  const before = (await f.sql(`SELECT "studentId", marks::text FROM "Result" ORDER BY "studentId"`)).rows;
  const over = await f.gql(f.admin, ENTER, {
    i: {
      examId,
      entries: [
        { studentId: ids[0], marks: '10' },
        { studentId: ids[2], marks: '50.01' },
      ],
    },
  });
  expect(codes(over)).toEqual(['BAD_USER_INPUT']);
  expect(over.body.errors![0].message).toContain('entries[1]');
  expect(codes(await f.gql(f.admin, ENTER, { i: { examId, entries: [{ studentId: ids[0], marks: '-1' }] } }))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await f.gql(f.admin, ENTER, { i: { examId, entries: [{ studentId: ids[0], marks: '10', absent: true }] } }))).toEqual([
    'BAD_USER_INPUT',
  ]);
  expect(codes(await f.gql(f.admin, ENTER, { i: { examId, entries: [{ studentId: ids[0] }] } }))).toEqual(['BAD_USER_INPUT']);
  const outsider = await f.gql(f.admin, ENTER, {
    i: {
      examId,
      entries: [
        { studentId: ids[0], marks: '1' },
        { studentId: randomUUID(), marks: '1' },
      ],
    },
  });
  expect(codes(outsider)).toEqual(['BAD_USER_INPUT']);
  expect(codes(await f.gql(f.admin, ENTER, { i: { examId: randomUUID(), entries: [{ studentId: ids[0], marks: '1' }] } }))).toEqual([
    'NOT_FOUND',
  ]);
  const after = (await f.sql(`SELECT "studentId", marks::text FROM "Result" ORDER BY "studentId"`)).rows;
  expect(after).toEqual(before);
});

it('marks entered while the maximum is lowered, 8 times over: never a mark above the maximum', async () => {
  const subject = await f.ok(f.admin, `mutation { createSubject(input: { name: "Race", code: "RACE" }) { id } }`);
  for (let round = 0; round < 8; round++) {
    const exam = await f.ok(f.admin, `mutation($i: CreateExamInput!) { createExam(input: $i) { id } }`, {
      i: {
        academicYearId: c.yearId,
        classId: c.classId,
        subjectId: subject.createSubject.id,
        name: `Race ${round}`,
        maxMarks: '100',
        examDate: `${Y}-10-01`,
      },
    });
    const id = exam.createExam.id;
    const [entered, lowered] = await Promise.all([
      f.gql(f.admin, `mutation($i: EnterMarksInput!) { enterMarks(input: $i) { id } }`, {
        i: { examId: id, entries: [{ studentId: ids[0], marks: '90' }] },
      }),
      f.gql(f.admin, `mutation($i: UpdateExamInput!) { updateExam(input: $i) { id } }`, { i: { id, maxMarks: '50' } }),
    ]);
    // Whichever committed first, the other was refused with BAD_USER_INPUT naming the clash.
    expect([entered, lowered].flatMap((a) => (a.body.errors ?? []).map((e: any) => e.extensions.code))).toEqual(['BAD_USER_INPUT']);
    const stored = await f.sql(
      `SELECT e."maxMarks"::text AS max, r.marks::text AS marks FROM "Exam" e LEFT JOIN "Result" r ON r."examId" = e.id WHERE e.id = $1`,
      [id],
    );
    expect(stored.rows[0]).toEqual(entered.body.errors ? { max: '50.00', marks: null } : { max: '100.00', marks: '90.00' });
  }
});

/** A STUDENT-role caller sees only their own record, attendance, results, leave and library issues. */
import type { Member } from '@syncad/test-support';
import { startAcademicsFixture, type AcademicsFixture } from './support/academicsFixture';
import { schoolToday } from '@syncad/test-support';
import { seedClass, seedStudents, type SeededClass } from './support/seed';

let f: AcademicsFixture;
let c: SeededClass;
let me: string;
let peer: string;
let pupil: Member;
let examId: string;
const Y = new Date().getFullYear() - 1;

function codes(answer: { body: { errors?: { extensions?: { code?: string } }[] } }): (string | undefined)[] {
  return (answer.body.errors ?? []).map((e) => e.extensions?.code);
}

beforeAll(async () => {
  f = await startAcademicsFixture();
  c = await seedClass(f, 'Grade 10');
  [me, peer] = await seedStudents(f, c, 2, 'G10');
  pupil = await f.member('STUDENT');
  await f.sql(`UPDATE "Student" SET "userId" = $1 WHERE id = $2`, [pupil.userId, me]);
  await f.ok(f.admin, `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { marked } }`, {
    i: {
      classId: c.classId,
      date: `${Y}-08-01`,
      entries: [
        { studentId: me, status: 'PRESENT' },
        { studentId: peer, status: 'ABSENT' },
      ],
    },
  });
  const subject = await f.ok(f.admin, `mutation { createSubject(input: { name: "History", code: "HIS" }) { id } }`);
  const exam = await f.ok(f.admin, `mutation($i: CreateExamInput!) { createExam(input: $i) { id } }`, {
    i: {
      academicYearId: c.yearId,
      classId: c.classId,
      subjectId: subject.createSubject.id,
      name: 'Unit 1',
      maxMarks: '20',
      examDate: `${Y}-08-02`,
    },
  });
  examId = exam.createExam.id;
  await f.ok(f.admin, `mutation($i: EnterMarksInput!) { enterMarks(input: $i) { id } }`, {
    i: {
      examId,
      entries: [
        { studentId: me, marks: '12' },
        { studentId: peer, marks: '18' },
      ],
    },
  });
  const book = await f.ok(f.admin, `mutation { createBook(input: { title: "Gitanjali" }) { id } }`);
  for (const [n, studentId] of [me, peer].entries()) {
    const copy = await f.ok(f.admin, `mutation($b: ID!, $a: String!) { addBookCopy(input: { bookId: $b, accessionNo: $a }) { id } }`, {
      b: book.createBook.id,
      a: `G-${n}`,
    });
    await f.ok(f.admin, `mutation($i: IssueBookInput!) { issueBook(input: $i) { id } }`, {
      i: { bookCopyId: copy.addBookCopy.id, studentId, issuedOn: `${Y}-08-01`, dueDate: `${Y}-08-10` },
    });
  }
  await f.ok(
    f.admin,
    `mutation($s: ID!) { applyForLeave(input: { studentId: $s, fromDate: "${schoolToday()}", toDate: "${schoolToday()}", reason: "x" }) { id } }`,
    { s: peer },
  );
});
afterAll(() => f?.close());

it('reads their own record; another student is null, by id, admission number or entity reference', async () => {
  const data = await f.ok(
    pupil,
    `query($me: ID!, $peer: ID!) {
      mine: student(id: $me) { id attendance(from: "${Y}-08-01", to: "${Y}-08-31") { status } results { nodes { marks rank } } libraryIssues { nodes { id } } }
      other: student(id: $peer) { id }
      byNo: studentByAdmissionNo(admissionNo: "G10-00002") { id }
    }`,
    { me, peer },
  );
  // Entity references come from the gateway only: asked of the subgraph as the gateway would.
  const references = await f.direct(
    'academics',
    pupil,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id } } }`,
    {
      r: [
        { __typename: 'Student', id: me },
        { __typename: 'Student', id: peer },
      ],
    },
  );
  expect(data.mine).toMatchObject({ id: me, attendance: [{ status: 'PRESENT' }], results: { nodes: [{ marks: '12.00', rank: 2 }] } });
  expect(data.mine.libraryIssues.nodes).toHaveLength(1);
  expect(data.other).toBeNull();
  expect(data.byNo).toBeNull();
  expect(references.body).toEqual({ data: { _entities: [{ id: me }, null] } });
});

it('lists, rosters, registers and summaries contain only themself', async () => {
  const data = await f.ok(
    pupil,
    `query($c: ID!, $e: ID!) {
      students { nodes { id } totalCount }
      classRoster(classId: $c) { id }
      classRegister(classId: $c, from: "${Y}-08-01", to: "${Y}-08-01") { rows { student { id } } }
      classAttendanceSummary(classId: $c, month: "${Y}-08") { students { student { id } } totals { markedDays } }
      exam(id: $e) { results { student { id } } }
      leaveApplications { nodes { id } }
      overdueIssues { nodes { student { id } } }
    }`,
    { c: c.classId, e: examId },
  );
  expect(data.students).toEqual({ nodes: [{ id: me }], totalCount: 1 });
  expect(data.classRoster).toEqual([{ id: me }]);
  expect(data.classRegister.rows).toEqual([{ student: { id: me } }]);
  expect(data.classAttendanceSummary).toEqual({ students: [{ student: { id: me } }], totals: { markedDays: 1 } });
  expect(data.exam.results).toEqual([{ student: { id: me } }]);
  expect(data.leaveApplications.nodes).toEqual([]);
  expect(data.overdueIssues.nodes).toEqual([{ student: { id: me } }]);
});

it('cannot write staff-only data, whatever the module flags say', async () => {
  const mark = await f.gql(pupil, `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { marked } }`, {
    i: { classId: c.classId, date: `${Y}-08-03`, entries: [{ studentId: me, status: 'PRESENT' }] },
  });
  expect(codes(mark)).toEqual(['FORBIDDEN']);
  const marks = await f.gql(pupil, `mutation($i: EnterMarksInput!) { enterMarks(input: $i) { id } }`, {
    i: { examId, entries: [{ studentId: me, marks: '20' }] },
  });
  expect(codes(marks)).toEqual(['FORBIDDEN']);
  const update = await f.gql(pupil, `mutation($id: ID!) { updateStudent(input: { id: $id, firstName: "Me" }) { id } }`, { id: me });
  expect(codes(update)).toEqual(['FORBIDDEN']);
  const result = await f.sql(`SELECT marks::text FROM "Result" WHERE "studentId" = $1`, [me]);
  expect(result.rows).toEqual([{ marks: '12.00' }]);
});

it('a student account linked to no student sees nothing', async () => {
  const stranger = await f.member('STUDENT');
  const data = await f.ok(stranger, `query($me: ID!) { student(id: $me) { id } students { nodes { id } totalCount } }`, { me });
  expect(data).toEqual({ student: null, students: { nodes: [], totalCount: 0 } });
  const apply = await f.gql(
    stranger,
    `mutation { applyForLeave(input: { fromDate: "${schoolToday()}", toDate: "${schoolToday()}", reason: "x" }) { id } }`,
  );
  expect(codes(apply)).toEqual(['NOT_FOUND']);
});

/**
 * Academics through the real gateway (identity + academics + gateway over a two-school estate):
 * a teacher's day, a student's self scope, role refusals and tenant isolation for every root
 * query that takes an ID!.
 */
import { createTestEstate, GlobalIdKeys, startStack, type HttpAnswer, type Stack, type TestEstate } from '@syncad/test-support';
import { Kind, parse, type FieldDefinitionNode, type TypeNode } from 'graphql';
import { subgraph } from '../src/subgraph';
import { expectNoLeaks, expectOneError, schoolToday as today } from '@syncad/test-support';

interface SchoolIds {
  yearId: string;
  classId: string;
  subjectId: string;
  studentIds: string[];
  examId: string;
  threadId: string;
  bookId: string;
}

let estate: TestEstate;
let stack: Stack;
const answers: HttpAnswer[] = [];
const tokens: Record<string, string> = {};
let tokenB: string;
let a: SchoolIds;
let b: SchoolIds;
let keys: GlobalIdKeys;
const day = today();

function hostOf(school: number) {
  return { host: `${estate.schools[school].subdomain}.localhost` };
}

async function ask(query: string, variables: Record<string, unknown>, token: string, school = 0): Promise<HttpAnswer> {
  const answer = await stack.graphql(query, variables, token, hostOf(school));
  answers.push(answer);
  return answer;
}

async function ok(query: string, variables: Record<string, unknown>, token: string, school = 0) {
  const answer = await ask(query, variables, token, school);
  expect({ status: answer.status, errors: answer.body?.errors }).toEqual({ status: 200, errors: undefined });
  return answer.body.data;
}

/** Through the API as the school's admin: a year, a class, a subject, three students (the first linked to `studentUserId`), an exam, a thread, a book. */
async function setUpSchool(token: string, school: number, studentUserId?: string): Promise<SchoolIds> {
  const y = new Date().getFullYear();
  const run = (q: string, v: Record<string, unknown>) => ok(q, v, token, school);
  const yearId = (
    await run(`mutation($i: CreateAcademicYearInput!) { createAcademicYear(input: $i) { id } }`, {
      i: { name: `${y - 1}-${y + 1}`, startDate: `${y - 1}-01-01`, endDate: `${y + 1}-12-31`, isCurrent: true },
    })
  ).createAcademicYear.id;
  const classId = (await run(`mutation { createClass(input: { name: "Grade 7" }) { id } }`, {})).createClass.id;
  const subjectId = (await run(`mutation { createSubject(input: { name: "Mathematics", code: "MATH" }) { id } }`, {})).createSubject.id;
  const studentIds: string[] = [];
  for (let i = 1; i <= 3; i++) {
    const data = await run(`mutation($i: CreateStudentInput!) { createStudent(input: $i) { id } }`, {
      i: {
        admissionNo: `G7-${i}`,
        firstName: `Pupil${i}`,
        lastName: `School${school}`,
        classId,
        rollNo: i,
        placedFrom: `${y - 1}-01-01`,
        ...(i === 1 && studentUserId ? { userId: studentUserId } : {}),
      },
    });
    studentIds.push(data.createStudent.id);
  }
  const examId = (
    await run(`mutation($i: CreateExamInput!) { createExam(input: $i) { id } }`, {
      i: { academicYearId: yearId, classId, subjectId, name: 'Unit test 1', maxMarks: '50.00', examDate: day },
    })
  ).createExam.id;
  const users = estate.schools[school].users;
  const threadId = (
    await run(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
      i: { subject: 'Field trip', participantIds: [users.TEACHER.id], body: 'Bus leaves at 8.' },
    })
  ).startThread.id;
  const bookId = (await run(`mutation { createBook(input: { title: "Panchatantra" }) { id } }`, {})).createBook.id;
  return { yearId, classId, subjectId, studentIds, examId, threadId, bookId };
}

beforeAll(async () => {
  estate = await createTestEstate({ schools: 2 });
  stack = await startStack(estate);
  const [schoolA, schoolB] = estate.schools;
  for (const role of ['SCHOOL_ADMIN', 'TEACHER', 'STUDENT', 'LIBRARIAN']) {
    tokens[role] = await stack.login(schoolA.users[role].email, estate.password, schoolA.subdomain);
  }
  tokenB = await stack.login(schoolB.users.SCHOOL_ADMIN.email, estate.password, schoolB.subdomain);
  a = await setUpSchool(tokens.SCHOOL_ADMIN, 0, schoolA.users.STUDENT.id);
  b = await setUpSchool(tokenB, 1);
  keys = new GlobalIdKeys(
    stack.internalKey,
    estate.schools.map((s) => s.id),
  );
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await estate?.drop();
});

afterAll(() => {
  expect(answers.length).toBeGreaterThan(0);
  for (const answer of answers) expectNoLeaks(answer);
});

const MARK = `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { marked records { student { id } status } } }`;

describe('academics through the gateway', () => {
  it('the teacher marks attendance, reads the roster with today’s marks and enters exam marks', async () => {
    const statuses = ['PRESENT', 'ABSENT', 'LATE'];
    const entries = a.studentIds.map((studentId, i) => ({ studentId, status: statuses[i] }));
    const marked = await ok(MARK, { i: { classId: a.classId, date: day, entries } }, tokens.TEACHER);
    expect(marked.markAttendance.marked).toBe(3);

    const roster = await ok(
      `query($c: ID!, $d: Date!) { classRoster(classId: $c) { id rollNo attendanceOn(date: $d) { status markedBy { id roleName } } } }`,
      { c: a.classId, d: day },
      tokens.TEACHER,
    );
    const teacher = { id: keys.globalId('User', estate.schools[0].users.TEACHER.id, estate.schools[0].id), roleName: 'TEACHER' };
    expect(roster.classRoster).toEqual(
      a.studentIds.map((id, i) => ({ id, rollNo: i + 1, attendanceOn: { status: statuses[i], markedBy: teacher } })),
    );

    const results = await ok(
      `mutation($i: EnterMarksInput!) { enterMarks(input: $i) { student { id } marks absent percentage rank } }`,
      {
        i: {
          examId: a.examId,
          entries: [
            { studentId: a.studentIds[0], marks: '45.00' },
            { studentId: a.studentIds[1], absent: true },
            { studentId: a.studentIds[2], marks: '30.50' },
          ],
        },
      },
      tokens.TEACHER,
    );
    const byStudent = Object.fromEntries(results.enterMarks.map((r: any) => [r.student.id, r]));
    expect(byStudent[a.studentIds[0]]).toMatchObject({ marks: '45.00', absent: false, percentage: '90.00', rank: 1 });
    expect(byStudent[a.studentIds[1]]).toMatchObject({ marks: null, absent: true, percentage: null, rank: null });
    expect(byStudent[a.studentIds[2]]).toMatchObject({ marks: '30.50', absent: false, percentage: '61.00', rank: 2 });
  });

  it('the student sees their own record and not another student’s', async () => {
    const query = `query($id: ID!) { student(id: $id) { id fullName } }`;
    const own = await ok(query, { id: a.studentIds[0] }, tokens.STUDENT);
    expect(own.student).toEqual({ id: a.studentIds[0], fullName: 'Pupil1 School0' });
    const other = await ask(query, { id: a.studentIds[1] }, tokens.STUDENT);
    expect(other.body.data?.student ?? null).toBeNull();
    for (const e of other.body.errors ?? []) expect(e.extensions?.code).toBe('NOT_FOUND');
    const roster = await ok(`query($c: ID!) { classRoster(classId: $c) { id } }`, { c: a.classId }, tokens.STUDENT);
    expect(roster.classRoster).toEqual([{ id: a.studentIds[0] }]);
  });

  it('the student may not mark attendance: FORBIDDEN naming attendance:write', async () => {
    const answer = await ask(
      MARK,
      { i: { classId: a.classId, date: day, entries: [{ studentId: a.studentIds[0], status: 'PRESENT' }] } },
      tokens.STUDENT,
    );
    const error = expectOneError(answer, 403, 'FORBIDDEN');
    expect(error.extensions.missing).toEqual([{ module: 'attendance', action: 'write', paths: ['markAttendance'] }]);
  });

  it('the librarian may not read exams: FORBIDDEN naming exam:read', async () => {
    const answer = await ask(`query($id: ID!) { exam(id: $id) { id name } }`, { id: a.examId }, tokens.LIBRARIAN);
    const error = expectOneError(answer, 403, 'FORBIDDEN');
    // Exam is @module(exam, read) as a type too, so its selected fields are listed with the root field.
    expect(error.extensions.missing).toEqual([{ module: 'exam', action: 'read', paths: expect.arrayContaining(['exam']) }]);
  });

  it('every root query taking an ID! answers school B’s ids to school A’s admin with NOT_FOUND or null, never data', async () => {
    const rootFields = parse(subgraph.sdl).definitions.flatMap((d) =>
      (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === 'Query' ? (d.fields ?? []) : [],
    );
    const typeText = (t: TypeNode): string =>
      t.kind === Kind.NON_NULL_TYPE ? `${typeText(t.type)}!` : t.kind === Kind.LIST_TYPE ? `[${typeText(t.type)}]` : t.name.value;
    const takesId = (f: FieldDefinitionNode) => (f.arguments ?? []).some((arg) => typeText(arg.type) === 'ID!');
    const fields = rootFields.filter(takesId);
    expect(fields.map((f) => f.name.value).sort()).toEqual(expect.arrayContaining(['classRoster', 'exam', 'student', 'thread']));

    // School B's id for each ID! argument, by argument name (and, for `id`, by what the field returns).
    const byReturn: Record<string, string> = { Student: b.studentIds[0], Exam: b.examId, MessageThread: b.threadId, Book: b.bookId };
    const byName: Record<string, string> = { classId: b.classId };
    const namedType = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : namedType(t.type));
    const valueFor: Record<string, unknown> = { 'Date!': day };

    for (const field of fields) {
      const name = field.name.value;
      const args = (field.arguments ?? []).filter((arg) => arg.type.kind === Kind.NON_NULL_TYPE);
      const variables: Record<string, unknown> = {};
      for (const arg of args) {
        const type = typeText(arg.type);
        const value =
          type === 'ID!'
            ? (byName[arg.name.value] ?? (arg.name.value === 'id' ? byReturn[namedType(field.type)] : undefined))
            : valueFor[type];
        if (value === undefined) throw new Error(`no school B value for ${name}(${arg.name.value}: ${type}): extend this test`);
        variables[arg.name.value] = value;
      }
      const declared = args.map((arg) => `$${arg.name.value}: ${typeText(arg.type)}`).join(', ');
      const passed = args.map((arg) => `${arg.name.value}: $${arg.name.value}`).join(', ');
      // B's ids as B's API gives them (global ids: they do not open here, so not an id at all), and
      // as plain keys (ids here, of nothing).
      const plainKeys = Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, typeof v === 'string' ? keys.keyOf(v) : v]));
      for (const [form, values, allowed] of [
        ['global', variables, 'BAD_USER_INPUT'],
        ['plain', plainKeys, 'NOT_FOUND'],
      ] as const) {
        const answer = await ask(`query(${declared}) { ${name}(${passed}) { __typename } }`, values, tokens.SCHOOL_ADMIN);
        const codes = (answer.body?.errors ?? []).map((e: any) => e.extensions?.code);
        const label = `${name}(${form} ${JSON.stringify(values)})`;
        expect({ label, value: answer.body?.data?.[name] ?? null }).toEqual({ label, value: null });
        expect({ label, codes: codes.filter((c: string) => c !== allowed) }).toEqual({ label, codes: [] });
      }
    }

    // The same ids do answer in school B, so the nulls above are isolation, not bad ids.
    const own = await ok(
      `query($s: ID!, $e: ID!) { student(id: $s) { id } exam(id: $e) { id } }`,
      { s: b.studentIds[0], e: b.examId },
      tokenB,
      1,
    );
    expect(own).toEqual({ student: { id: b.studentIds[0] }, exam: { id: b.examId } });
  });

  it('school B’s users are unknown to school A: a thread naming one is NOT_FOUND, linking one is BAD_USER_INPUT', async () => {
    const usersB = estate.schools[1].users;
    const thread = await ask(
      `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
      { i: { subject: 'Across', participantIds: [estate.schools[0].users.LIBRARIAN.id, usersB.TEACHER.id], body: 'hi' } },
      tokens.TEACHER,
    );
    expect(expectOneError(thread, 200, 'NOT_FOUND').message).toBe(`user ${usersB.TEACHER.id} not found`);
    const link = await ask(
      `mutation($i: CreateStudentInput!) { createStudent(input: $i) { id } }`,
      { i: { admissionNo: 'G7-X', firstName: 'Across', userId: usersB.STUDENT.id } },
      tokens.SCHOOL_ADMIN,
    );
    expect(expectOneError(link, 200, 'BAD_USER_INPUT').extensions.field).toBe('userId');
    const none = await ok(`query { studentByAdmissionNo(admissionNo: "G7-X") { id } myThreads { nodes { subject } } }`, {}, tokens.TEACHER);
    expect(none.studentByAdmissionNo).toBeNull();
    expect(none.myThreads.nodes.map((t: { subject: string }) => t.subject)).not.toContain('Across');
  });
});

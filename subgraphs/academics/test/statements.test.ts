/** DataLoaders keep the statement count constant: a roster with attendance, _entities, the membership check. */
import { schoolToday as today } from '@syncad/test-support';
import { startAcademicsFixture, type AcademicsFixture } from './support/academicsFixture';
import { seedClass, seedStudents, type SeededClass } from './support/seed';

let f: AcademicsFixture;
let small: SeededClass;
let large: SeededClass;
let largeIds: string[];

const ROSTER = `query($c: ID!, $d: Date!) {
  classRoster(classId: $c) {
    id fullName rollNo class { name } division { name }
    attendanceOn(date: $d) { status student { admissionNo } }
  }
}`;

async function markAll(c: SeededClass, studentIds: string[]): Promise<void> {
  await f.ok(f.admin, `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { marked } }`, {
    i: { classId: c.classId, date: today(), entries: studentIds.map((studentId) => ({ studentId, status: 'PRESENT' })) },
  });
}

beforeAll(async () => {
  f = await startAcademicsFixture();
  small = await seedClass(f, 'Small');
  large = await seedClass(f, 'Large');
  await markAll(small, await seedStudents(f, small, 10, 'S'));
  largeIds = await seedStudents(f, large, 300, 'L');
  await markAll(large, largeIds);
});
afterAll(() => f?.close());

it('a roster with today’s attendance takes the same number of statements for 10 and 300 students', async () => {
  let smallData: any;
  let largeData: any;
  const forSmall = await f.statements(async () => {
    smallData = await f.ok(f.admin, ROSTER, { c: small.classId, d: today() });
  });
  const forLarge = await f.statements(async () => {
    largeData = await f.ok(f.admin, ROSTER, { c: large.classId, d: today() });
  });
  expect(smallData.classRoster).toHaveLength(10);
  expect(largeData.classRoster).toHaveLength(300);
  expect(largeData.classRoster.every((s: any) => s.attendanceOn.status === 'PRESENT' && s.class.name === 'Large')).toBe(true);
  expect(largeData.classRoster[299].rollNo).toBe(300);
  expect(forLarge.length).toBe(forSmall.length);
  // class check, roster, placements (rollNo), attendance, division: each one statement.
  expect(forSmall.length).toBeLessThanOrEqual(6);
});

it('a students page with totalCount is two statements (page and count) for 2 or 100 students', async () => {
  const q = `query($c: ID!, $n: Int) { students(classId: $c, first: $n) { edges { cursor node { id } } nodes { id } pageInfo { hasNextPage } totalCount } }`;
  const pages: any[] = [];
  const forTwo = await f.statements(async () => void pages.push((await f.ok(f.admin, q, { c: large.classId, n: 2 })).students));
  const forHundred = await f.statements(async () => void pages.push((await f.ok(f.admin, q, { c: large.classId, n: 100 })).students));
  expect(pages.map((p) => [p.nodes.length, p.totalCount])).toEqual([
    [2, 300],
    [100, 300],
  ]);
  expect(forTwo).toHaveLength(2);
  expect(forHundred).toHaveLength(2);
  expect(forHundred.filter((sql) => /count\(\*\)/i.test(sql))).toHaveLength(1);
});

it('a students page without totalCount counts nothing, and its roll numbers ride on the page: one statement, two with class names', async () => {
  const plain = `query($c: ID!) { students(classId: $c, first: 100) { nodes { id rollNo } pageInfo { hasNextPage } } }`;
  const named = `query($c: ID!) { students(classId: $c, first: 100) { nodes { id rollNo class { name } } a: totalCount b: totalCount } }`;
  let page: any;
  let counted: any;
  const forPlain = await f.statements(async () => void (page = (await f.ok(f.admin, plain, { c: large.classId })).students));
  const forNamed = await f.statements(async () => void (counted = (await f.ok(f.admin, named, { c: large.classId })).students));
  expect(page.nodes).toHaveLength(100);
  const rollNos = page.nodes.map((s: any) => s.rollNo);
  expect(new Set(rollNos).size).toBe(100);
  expect(rollNos.every((n: unknown) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 300)).toBe(true);
  expect(page.pageInfo.hasNextPage).toBe(true);
  expect(forPlain).toHaveLength(1);
  // The page, the class names, and one count for both aliases.
  expect([counted.a, counted.b]).toEqual([300, 300]);
  expect(counted.nodes.every((s: any) => s.class.name === 'Large')).toBe(true);
  expect(forNamed).toHaveLength(3);
  expect(forNamed.filter((sql) => /count\(\*\)/i.test(sql))).toHaveLength(1);
});

it('_entities for 50 students is one statement', async () => {
  const representations = largeIds.slice(0, 50).map((id) => ({ __typename: 'Student', id }));
  let data: any;
  const statements = await f.statements(async () => {
    const answer = await f.direct(
      'academics',
      f.admin,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id admissionNo } } }`,
      {
        r: representations,
      },
    );
    data = answer.body.data;
  });
  expect(data._entities.map((s: any) => s.id)).toEqual(largeIds.slice(0, 50));
  expect(statements).toHaveLength(1);
  expect(statements[0]).toMatch(/^select .* from "Student"/i);
});

it('checking 1 or 30 participants against the central database is one statement', async () => {
  const teacher = await f.member('TEACHER');
  const members = await Promise.all(Array.from({ length: 30 }, (_, i) => f.member(i % 2 ? 'STUDENT' : 'LIBRARIAN')));
  const start = (ids: string[]) =>
    f.ok(teacher, `mutation($i: StartThreadInput!) { startThread(input: $i) { participantIds } }`, {
      i: { subject: 'Counted', participantIds: ids, body: 'hi' },
    });
  let started: any;
  const forOne = await f.statements(() => start([members[0].userId]), 'central');
  const forThirty = await f.statements(async () => {
    started = await start(members.map((m) => m.userId));
  }, 'central');
  expect(started.startThread.participantIds).toHaveLength(31);
  const membership = (texts: string[]) => texts.filter((t) => t.includes('"EmployeeUserSchool"'));
  expect(membership(forOne)).toHaveLength(1);
  expect(membership(forThirty)).toHaveLength(1);
  expect(forThirty.length).toBe(forOne.length);
});

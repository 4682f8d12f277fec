/**
 * Root plans sent straight (rootFetches.ts): two gateways over the same estate, one sending them
 * straight and one always executing the query plan, answer every operation below identically
 * (status, data and errors, key order included), and the straight way is taken only where it
 * should be (a subgraph receives the client's own operation cut to its root fields, not the
 * planner's operation named <name>__<subgraph>__<n>).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createTestEstate, postJson, startStack, type Stack, type TestEstate } from '@syncad/test-support';

let estate: TestEstate;
let straight: Stack;
let usual: Stack;
let token: string;
let classId: string;
const host = () => ({ host: `${estate.schools[0].subdomain}.localhost` });

beforeAll(async () => {
  estate = await createTestEstate({ schools: 1 });
  const jwtSecret = randomBytes(32).toString('hex');
  // One internal key: a global id one stack gives, the other reads.
  const internalKey = randomBytes(32).toString('hex');
  const subgraphs = ['identity', 'academics'];
  straight = await startStack(estate, { subgraphs, jwtSecret, internalKey });
  usual = await startStack(estate, { subgraphs, jwtSecret, internalKey, gateway: { rootFetches: false } });
  const school = estate.schools[0];
  token = await straight.login(school.users.SCHOOL_ADMIN.email, estate.password, school.subdomain);
  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const answer = await straight.graphql(query, variables, token, host());
    if (answer.body.errors) throw new Error(JSON.stringify(answer.body.errors));
    return answer.body.data;
  };
  const y = new Date().getFullYear();
  await ok('mutation($i: CreateAcademicYearInput!) { createAcademicYear(input: $i) { id } }', {
    i: { name: `${y}`, startDate: `${y - 1}-01-01`, endDate: `${y + 1}-12-31`, isCurrent: true },
  });
  classId = (await ok('mutation { createClass(input: { name: "Grade 1" }) { id } }')).createClass.id;
  for (const [n, name] of ['Asha', 'Bilal', 'Chen'].entries()) {
    await ok('mutation($i: CreateStudentInput!) { createStudent(input: $i) { id } }', {
      i: { admissionNo: `A-${n}`, firstName: name, classId, rollNo: n + 1 },
    });
  }
}, 90_000);
afterAll(async () => {
  await straight?.stop();
  await usual?.stop();
  await estate?.drop();
});

const ROSTER = `fragment who on Student { __typename id name: fullName rollNo }
query Roster($c: ID!, $d: Date!, $withNo: Boolean!) {
  classRoster(classId: $c) { ...who no: admissionNo @include(if: $withNo) attendanceOn(date: $d) { status } }
}
query Me { me { id } }`;

/** Sends one operation to both gateways, checks they answer alike (request ids aside), returns both answers and what each sent its subgraphs. */
async function both(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const send = async (stack: Stack) => {
    const before = stack.subgraphQueries.length;
    const answer = await postJson(stack.gatewayUrl, { query, variables, operationName }, { authorization: `Bearer ${token}`, ...host() });
    const body = JSON.parse(JSON.stringify(answer.body).replaceAll(String(answer.headers['x-request-id']), 'ID'));
    return { status: answer.status, body, sent: stack.subgraphQueries.slice(before).map((q) => q.query) };
  };
  const [a, b] = [await send(straight), await send(usual)];
  expect(JSON.stringify({ status: a.status, body: a.body })).toBe(JSON.stringify({ status: b.status, body: b.body }));
  return { straight: a, usual: b };
}

const roster = () => ({ c: classId, d: new Date().toISOString().slice(0, 10), withNo: true });

it('a roster with a fragment, aliases and @include is sent as written and answered as the usual way answers it', async () => {
  const { straight: a, usual: b } = await both(ROSTER, roster(), 'Roster');
  expect(a.body.data.classRoster.map((s: { name: string }) => s.name)).toEqual(['Asha', 'Bilal', 'Chen']);
  expect(a.body.data.classRoster[0]).toEqual({
    __typename: 'Student',
    id: expect.any(String),
    name: 'Asha',
    rollNo: 1,
    no: 'A-0',
    attendanceOn: null,
  });
  expect(a.sent).toEqual([expect.stringMatching(/^query Roster\(/)]);
  expect(a.sent[0]).toContain('fragment who on Student');
  expect(b.sent).toEqual([expect.stringMatching(/^query Roster__academics__0/)]);
  await both(ROSTER, { ...roster(), withNo: false }, 'Roster');
  await both(ROSTER, {}, 'Me');
});

it('errors of the subgraph keep their code, message and path; bad variables and unknown ids answer alike', async () => {
  const roster = 'query($c: ID!) { classRoster(classId: $c) { id } }';
  const notFound = await both(roster, { c: randomUUID() });
  expect(notFound.straight.body.errors[0]).toMatchObject({ path: ['classRoster'], extensions: { code: 'NOT_FOUND' } });
  expect(notFound.straight.body.data).toEqual({ classRoster: null });
  const badDate = await both('query($c: ID!, $d: Date!) { classRoster(classId: $c) { attendanceOn(date: $d) { status } } }', {
    c: classId,
    d: '2026-02-30',
  });
  expect(badDate.straight.status).toBe(400);
  expect(badDate.straight.sent).toEqual([]);
  await both(roster, { c: 'not-an-id' });
  await both(roster, {});
});

it('introspection, an unnamed pick of several operations and root __typename answer as the usual way does', async () => {
  const mixed = await both('{ __type(name: "Student") { name } classes { name } }');
  expect(mixed.straight.body.data).toEqual({ __type: { name: 'Student' }, classes: [{ name: 'Grade 1' }] });
  const unnamed = await both(ROSTER, roster());
  expect(unnamed.straight.body.errors[0]).toMatchObject({ message: 'no operation to run', extensions: { code: 'BAD_USER_INPUT' } });
  const typename = await both('{ __typename classes { __typename } }');
  expect(typename.straight.body.data).toEqual({ __typename: 'Query', classes: [{ __typename: 'Class' }] });
});

it("root fields of two subgraphs: each gets its own fields and variables, the answer keeps the operation's order", async () => {
  const query = 'query Mixed($c: ID!) { classes { name } me { email } classRoster(classId: $c) { firstName } }';
  const mixed = await both(query, { c: classId });
  expect(Object.keys(mixed.straight.body.data)).toEqual(['classes', 'me', 'classRoster']);
  expect(mixed.straight.sent.sort()).toEqual([
    'query Mixed {\n  me {\n    email\n  }\n}',
    'query Mixed($c: ID!) {\n  classes {\n    name\n  }\n  classRoster(classId: $c) {\n    firstName\n  }\n}',
  ]);
  const oneFails = await both(query, { c: randomUUID() });
  expect(oneFails.straight.body.data).toEqual({
    classes: [{ name: 'Grade 1' }],
    me: { email: estate.schools[0].users.SCHOOL_ADMIN.email },
    classRoster: null,
  });
  expect(oneFails.straight.body.errors).toEqual([
    expect.objectContaining({ path: ['classRoster'], extensions: expect.objectContaining({ code: 'NOT_FOUND' }) }),
  ]);
  // Nested selections stay with their root field's subgraph.
  const nested = await both('{ me { currentSchool { name } } students(first: 2) { nodes { class { name } } } }');
  expect(nested.straight.body.data.students.nodes).toHaveLength(2);
  expect(nested.straight.sent.filter((q) => q.includes('__'))).toEqual([]);
});

it('a mutation of one subgraph goes straight; one over two subgraphs runs its plan (one after the other)', async () => {
  const refused = await both('mutation Bad { createClass(input: { name: "" }) { id } }');
  expect(refused.straight.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(refused.straight.sent).toEqual([expect.stringMatching(/^mutation Bad \{/)]);
  const added = await postJson(
    straight.gatewayUrl,
    { query: 'mutation Add { createClass(input: { name: "Grade 9" }) { name } }' },
    { authorization: `Bearer ${token}`, ...host() },
  );
  expect(added.body).toEqual({ data: { createClass: { name: 'Grade 9' } } });
  const unknownSession = randomUUID();
  const two = await both(`mutation Two { endSession(input: { id: "${unknownSession}" }) createClass(input: { name: "" }) { id } }`);
  expect(two.straight.sent).toEqual([
    expect.stringMatching(/^mutation Two__identity__0/),
    expect.stringMatching(/^mutation Two__academics__1/),
  ]);
});

it('answers of data only are joined as text, others parsed: both in the operation order, as the usual way answers', async () => {
  const query = 'query Runs($c: ID!) { me { email } classes { name } classRoster(classId: $c) { firstName } }';
  const runs = await both(query, { c: classId });
  expect(Object.keys(runs.straight.body.data)).toEqual(['me', 'classes', 'classRoster']);
  // Keys of one subgraph on both sides of another's: the answers are parsed and put in order.
  const around = await both('{ a: me { email } classes { name } b: me { id } }');
  expect(Object.keys(around.straight.body.data)).toEqual(['a', 'classes', 'b']);
  // A value that reads "extensions" makes its subgraph's answer parsed; the other still comes as text.
  const admin = { authorization: `Bearer ${token}`, ...host() };
  const grade = await postJson(straight.gatewayUrl, { query: 'mutation { createClass(input: { name: "Grade 2" }) { id } }' }, admin);
  const created = await postJson(
    straight.gatewayUrl,
    {
      query: 'mutation($i: CreateStudentInput!) { createStudent(input: $i) { id } }',
      variables: { i: { admissionNo: 'E-1', firstName: 'extensions', lastName: '"errors" }', classId: grade.body.data.createClass.id } },
    },
    admin,
  );
  expect(created.body.errors).toBeUndefined();
  const named = await both(query, { c: grade.body.data.createClass.id });
  expect(named.straight.body.data.classRoster).toEqual([{ firstName: 'extensions' }]);
  const full = await both('query($c: ID!) { me { email } classRoster(classId: $c) { firstName lastName } }', {
    c: grade.body.data.createClass.id,
  });
  expect(full.straight.body.data.classRoster).toEqual([{ firstName: 'extensions', lastName: '"errors" }' }]);
});

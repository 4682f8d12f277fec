/**
 * Global object identification over the demo estate, through the real gateway and every
 * subgraph: `id` of a Node is an opaque global id, `node(id:)` / `nodes(ids:)` refetch records of
 * all four subgraphs by it, every ID argument takes it as well as the plain key, and an id of
 * another school, a made-up one or one of a record the caller may not see answers as nothing.
 */
import { randomBytes } from 'node:crypto';
import { DEMO_PASSWORD, startDemoStack, type Stack } from '@syncad/test-support';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let stack: Stack;
let stop: () => Promise<void>;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  ({ stack, stop } = await startDemoStack());
  for (const who of ['admin', 'student', 'accountant', 'transport'])
    tokens[who] = await stack.login(`${who}@demo.test`, DEMO_PASSWORD, 'demo');
  tokens.riverside = await stack.login('admin@riverside.test', DEMO_PASSWORD, 'riverside');
}, 180_000);
afterAll(() => stop?.());

async function ask(who: string, query: string, variables?: Record<string, unknown>) {
  const answer = await stack.graphql(query, variables, tokens[who]);
  return answer.body as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

async function data(who: string, query: string, variables?: Record<string, unknown>) {
  const body = await ask(who, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** One record of each subgraph, as the demo admin sees it. */
async function samples(who = 'admin') {
  const d = await data(
    who,
    `{ students(first: 2) { nodes { id userId fullName class { id name } } }
       feeStructures(first: 1) { nodes { id name } }
       buses(first: 1) { nodes { id registrationNo } }
       trips(first: 1) { nodes { id } }
       users(first: 1) { nodes { id email role { id name } } } }`,
  );
  // An argument takes a global id: the exams of the first student's class.
  const classId = d.students.nodes[0].class.id;
  const { exams } = await data(who, 'query($c: ID!) { exams(classId: $c, first: 1) { nodes { id name } } }', { c: classId });
  return {
    student: d.students.nodes[0],
    otherStudent: d.students.nodes[1],
    exam: exams.nodes[0],
    feeStructure: d.feeStructures.nodes[0],
    bus: d.buses.nodes[0],
    trip: d.trips.nodes[0],
    user: d.users.nodes[0],
  };
}

test('ids are opaque, stable global ids, and node(id:) refetches a record of every subgraph', async () => {
  const s = await samples();
  for (const record of Object.values(s)) {
    expect(record.id).not.toMatch(UUID);
    expect(record.id).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  }
  // The same record has the same id in every answer (a client's normalized cache keys on it).
  expect((await samples()).student.id).toBe(s.student.id);

  const refetched = await data(
    'admin',
    `query($ids: [ID!]!) { nodes(ids: $ids) {
       __typename id
       ... on Student { fullName }
       ... on Exam { name }
       ... on FeeStructure { name }
       ... on Bus { registrationNo }
       ... on Trip { id }
       ... on User { email }
       ... on Role { name }
       ... on Class { name } } }`,
    { ids: [s.student.id, s.exam.id, s.feeStructure.id, s.bus.id, s.trip.id, s.user.id, s.user.role.id, s.student.class.id] },
  );
  expect(refetched.nodes).toEqual([
    { __typename: 'Student', id: s.student.id, fullName: s.student.fullName },
    { __typename: 'Exam', id: s.exam.id, name: s.exam.name },
    { __typename: 'FeeStructure', id: s.feeStructure.id, name: s.feeStructure.name },
    { __typename: 'Bus', id: s.bus.id, registrationNo: s.bus.registrationNo },
    { __typename: 'Trip', id: s.trip.id },
    { __typename: 'User', id: s.user.id, email: s.user.email },
    { __typename: 'Role', id: s.user.role.id, name: s.user.role.name },
    { __typename: 'Class', id: s.student.class.id, name: s.student.class.name },
  ]);
  const one = await data('admin', 'query($id: ID!) { node(id: $id) { id ... on Student { fullName } } }', { id: s.student.id });
  expect(one.node).toEqual({ id: s.student.id, fullName: s.student.fullName });
});

test('every ID argument takes the global id as well as the plain key', async () => {
  const s = await samples();
  const byGlobal = await data('admin', 'query($id: ID!) { student(id: $id) { id fullName } }', { id: s.student.id });
  expect(byGlobal.student).toEqual({ id: s.student.id, fullName: s.student.fullName });
  // Input fields and list items too: the class's global id filters the roster.
  const roster = await data('admin', 'query($c: ID!) { students(classId: $c, first: 100) { nodes { id } } }', { c: s.student.class.id });
  expect(roster.students.nodes.map((n: { id: string }) => n.id)).toContain(s.student.id);
  const bus = await data('admin', 'query($id: ID!) { bus(id: $id) { registrationNo } }', { id: s.bus.id });
  expect(bus.bus.registrationNo).toBe(s.bus.registrationNo);
});

test("another school's id, a made-up one and an altered one answer as an id that exists nowhere", async () => {
  const mine = await samples();
  const theirs = await samples('riverside');
  const madeUp = randomBytes(32).toString('base64url');
  const altered = `${mine.student.id.slice(0, -2)}${mine.student.id.endsWith('AA') ? 'BA' : 'AA'}`;
  for (const id of [theirs.student.id, theirs.bus.id, theirs.user.id, madeUp, altered]) {
    expect(await data('admin', 'query($id: ID!) { node(id: $id) { id } }', { id })).toEqual({ node: null });
    expect(await data('admin', 'query($id: ID!) { nodes(ids: [$id]) { id } }', { id })).toEqual({ nodes: [null] });
  }
  // A type's own lookup refuses both alike (the key inside is not this school's, or not an id at all).
  const lookups = await Promise.all(
    [theirs.student.id, madeUp].map(async (id) => {
      const body = await ask('admin', 'query($id: ID!) { student(id: $id) { id } }', { id });
      return { data: body.data, codes: body.errors?.map((e) => e.extensions?.code) };
    }),
  );
  expect(lookups[0]).toEqual(lookups[1]);
});

test('node(id:) checks each type its own way: a STUDENT refetches only their own record, a role without a module gets FORBIDDEN', async () => {
  const s = await samples();
  const own = await data('student', '{ students(first: 1) { nodes { id fullName } } }');
  const mine = own.students.nodes[0];
  expect(await data('student', 'query($id: ID!) { node(id: $id) { ... on Student { fullName } } }', { id: mine.id })).toEqual({
    node: { fullName: mine.fullName },
  });
  const someoneElse = [s.student, s.otherStudent].find((st) => st.id !== mine.id);
  const refused = await data('student', 'query($id: ID!) { node(id: $id) { ... on Student { fullName } } }', { id: someoneElse.id });
  expect(refused.node).toBeNull();

  // The accountant has no transport:read: the fields of a Bus are refused before anything runs.
  const forbidden = await ask('accountant', 'query($id: ID!) { node(id: $id) { ... on Bus { registrationNo } } }', { id: s.bus.id });
  expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  // The type and id alone need only a sign-in.
  expect(await data('accountant', 'query($id: ID!) { node(id: $id) { __typename id } }', { id: s.bus.id })).toEqual({
    node: { __typename: 'Bus', id: s.bus.id },
  });
});

test('nodes(ids:) keeps the order asked and refuses more than 100 ids', async () => {
  const s = await samples();
  const order = await data('admin', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [s.bus.id, s.student.id, s.bus.id] });
  expect(order.nodes).toEqual([{ id: s.bus.id }, { id: s.student.id }, { id: s.bus.id }]);
  const tooMany = await ask('admin', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(101).fill(s.bus.id) });
  expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

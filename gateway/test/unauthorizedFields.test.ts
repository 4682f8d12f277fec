/**
 * What happens to fields the caller may not use, over the fixture subgraphs (people owns Person;
 * grades adds Person.grades, exam:read, and Person.fees, fee:read): fields that will not run
 * (@skip/@include) cause no refusal; in reject mode an operation selecting a forbidden field is
 * refused whole (403); in filter mode a query runs without it, the field comes back null with a
 * FORBIDDEN error at its path, nulls bubble through non-null fields, and no subgraph receives it.
 */
import { createTestEstate, openSession, startStack, type Stack, type TestEstate } from '@syncad/test-support';
import { expectNoLeaks, expectOneError } from '@syncad/test-support';
import { fixtureSubgraphs } from './fixtures/fixtureSubgraphs';

let estate: TestEstate;
let reject: Stack;
let filter: Stack;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  estate = await createTestEstate({ schools: 1 });
  reject = await startStack(estate, { subgraphs: fixtureSubgraphs });
  filter = await startStack(estate, { subgraphs: fixtureSubgraphs, gateway: { unauthorized: 'filter' } });
  for (const role of ['TEACHER', 'LIBRARIAN']) {
    // Both stacks share the estate and are signed with their own secrets: one token per stack.
    tokens[`reject:${role}`] = (await openSession(estate.centralUrl, estate.schools[0], role, reject.jwtSecret)).token;
    tokens[`filter:${role}`] = (await openSession(estate.centralUrl, estate.schools[0], role, filter.jwtSecret)).token;
  }
}, 60_000);

afterAll(async () => {
  await reject?.stop();
  await filter?.stop();
  await estate?.drop();
});

describe('@skip and @include are honoured by the permission check (TEACHER lacks fee:read)', () => {
  const ask = (query: string, variables?: Record<string, unknown>) => reject.graphql(query, variables, tokens['reject:TEACHER']);

  it('a skipped field, fragment spread or inline fragment causes no refusal; an included one does', async () => {
    const runs = [
      '{ people { name fees @skip(if: true) } }',
      '{ people { name fees @include(if: false) } }',
      '{ people { name ...F @include(if: false) } } fragment F on Person { fees }',
      '{ people { name ... @skip(if: true) { fees } } }',
    ];
    for (const query of runs) {
      const answer = await ask(query);
      expect({ query, body: answer.body }).toEqual({ query, body: { data: { people: [{ name: 'Asha' }] } } });
    }
    expectOneError(await ask('{ people { name fees @skip(if: false) } }'), 403, 'FORBIDDEN');
  });

  it('with variable conditions, per request', async () => {
    const query = 'query($show: Boolean!) { people { name fees @include(if: $show) ...F @skip(if: $show) } } fragment F on Person { name }';
    expect((await ask(query, { show: false })).body).toEqual({ data: { people: [{ name: 'Asha' }] } });
    expectOneError(await ask(query, { show: true }), 403, 'FORBIDDEN');
  });
});

describe('filter mode', () => {
  const ask = (role: string, query: string) => filter.graphql(query, undefined, tokens[`filter:${role}`]);

  it('runs a query without the forbidden fields: each is null with a FORBIDDEN error at its path, and no subgraph receives it', async () => {
    const before = filter.subgraphQueries.length;
    const answer = await ask('TEACHER', '{ people { name money: fees grades { score } } topGrade { subject } }');
    expectNoLeaks(answer);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      data: { people: [{ name: 'Asha', money: null, grades: [{ score: 91 }] }], topGrade: { subject: 'maths' } },
      errors: [
        {
          message: 'missing permission: fee:read',
          path: ['people', 0, 'money'],
          extensions: {
            code: 'FORBIDDEN',
            missing: [{ module: 'fee', action: 'read', paths: ['people.0.money'] }],
            requestId: answer.headers['x-request-id'],
          },
        },
      ],
    });
    const sent = filter.subgraphQueries.slice(before).map((q) => q.query);
    expect(sent.length).toBeGreaterThan(0);
    for (const query of sent) expect(query).not.toMatch(/\bfees\b/);
  });

  it('bubbles a forbidden non-null field up to the nearest nullable one', async () => {
    // LIBRARIAN lacks exam:read: Person.grades is [Grade!]!, people is [Person!]! and Query.people is non-null, so data is null;
    // topGrade is nullable: it alone becomes null.
    const bubbled = await ask('LIBRARIAN', '{ people { name grades { score } } }');
    expect(bubbled.body.data).toBeNull();
    expect(bubbled.body.errors.map((e: { path: unknown[]; extensions: { code: string } }) => [e.extensions.code, e.path])).toEqual([
      ['FORBIDDEN', ['people', 0, 'grades']],
    ]);
    const nullable = await ask('LIBRARIAN', '{ ping topGrade { subject } }');
    expect(nullable.body.data).toEqual({ ping: 'pong', topGrade: null });
    expect(nullable.body.errors).toHaveLength(1);
    expect(nullable.body.errors[0]).toMatchObject({
      path: ['topGrade'],
      extensions: { code: 'FORBIDDEN', missing: [{ module: 'exam', action: 'read' }] },
    });
  });

  it('through a union and an interface: a member type the caller may not read is cut where it matches, and only there', async () => {
    // TEACHER has student:read, not user:read: Teacher (a SearchResult and a Member) is user:read.
    const union = await ask('TEACHER', '{ search { __typename ... on Person { name } ... on Teacher { salary } } }');
    expect(union.body.data).toEqual({ search: [{ __typename: 'Person', name: 'Asha' }, null] });
    expect(union.body.errors.map((e: { path: unknown[]; extensions: { code: string } }) => [e.extensions.code, e.path])).toEqual([
      ['FORBIDDEN', ['search', 1, 'salary']],
    ]);
    const narrowed = await ask('TEACHER', '{ members { __typename ... on Person { name } } }');
    expect(narrowed.body).toEqual({ data: { members: [{ __typename: 'Person', name: 'Asha' }, { __typename: 'Teacher' }] } });
    // An interface field is cut as a whole when any implementation forbids it (the walk cannot know which a value will be).
    const wide = await ask('TEACHER', '{ members { __typename name } }');
    expect(wide.body.data).toEqual({
      members: [
        { __typename: 'Person', name: null },
        { __typename: 'Teacher', name: null },
      ],
    });
    expect(wide.body.errors.map((e: { path: unknown[] }) => e.path)).toEqual([
      ['members', 0, 'name'],
      ['members', 1, 'name'],
    ]);
  });

  it('a query whose every field is forbidden reaches no subgraph; a mutation touching a forbidden field is refused whole', async () => {
    const before = filter.subgraphRequestCount();
    const all = await ask('LIBRARIAN', '{ topGrade { subject } }');
    expect(all.body.data).toEqual({ topGrade: null });
    expect(filter.subgraphRequestCount()).toBe(before);
    expectOneError(await ask('TEACHER', 'mutation { renamePerson(id: "p1", name: "B") { id fees } }'), 403, 'FORBIDDEN');
  });
});

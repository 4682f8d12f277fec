/**
 * Root plans sent straight (rootFetches.ts) over schemas the repository's subgraphs do not have yet:
 * a union, a non-null root field next to a subgraph that goes down, an @inaccessible enum value.
 * Each gateway pair (straight / always planned) must answer alike, and the straight one must take
 * the usual way where a subgraph's own answer could differ from the gateway's.
 */
import { randomBytes } from 'node:crypto';
import type { ListeningSubgraph } from '@syncad/subgraph-kit';
import { createTestEstate, openSession, postJson, startStack, type Stack, type StackSubgraph, type TestEstate } from '@syncad/test-support';
import { composeSupergraph } from '../src/compose/composeSupergraph';
import { planningOf } from '../src/execution/rootFetches';
import { fixture, fixtureSubgraphs } from './fixtures/fixtureSubgraphs';

let estate: TestEstate;
const stacks: Stack[] = [];
const running: ListeningSubgraph[] = [];

/** The subgraph, with every instance the stacks start kept (to stop them later). */
const kept = (subgraph: StackSubgraph): StackSubgraph => ({
  ...subgraph,
  start: async (options) => {
    const listening = await subgraph.start(options);
    running.push(listening);
    return listening;
  },
});

const HIDDEN_SDL = `
type Query { color: Color @module(name: "student", action: "read") }
enum Color { RED SECRET @inaccessible }
`;
const hidden = fixture('hidden', HIDDEN_SDL, { Query: { color: () => 'SECRET' } });

// Hidden where no answer can carry it: a root field and its input type (what only another subgraph calls).
const INTERNAL_SDL = `
type Query { shade: String @module(name: "student", action: "read") }
type Mutation {
  internalOnly(input: InternalInput!): String @module(name: "student", action: "write") @inaccessible
  paint: String @module(name: "student", action: "write")
}
input InternalInput @inaccessible { value: String! }
`;
const internal = fixture('internal', INTERNAL_SDL, {
  Query: { shade: () => 'teal' },
  Mutation: { internalOnly: () => 'done', paint: () => 'painted' },
});

/** Two gateways over the same subgraphs: one sending root plans straight, one always planning. */
async function pair(subgraphs: StackSubgraph[]) {
  const jwtSecret = randomBytes(32).toString('hex');
  const straight = await startStack(estate, { subgraphs, jwtSecret });
  stacks.push(straight);
  const usual = await startStack(estate, { subgraphs, jwtSecret, gateway: { rootFetches: false } });
  stacks.push(usual);
  const { token } = await openSession(estate.centralUrl, estate.schools[0], 'SCHOOL_ADMIN', jwtSecret);
  /** Both answers (request ids aside) must be the same, key order included; returns the straight one and what it sent. */
  return async (query: string) => {
    const answers = [];
    for (const stack of [straight, usual]) {
      const before = stack.subgraphQueries.length;
      const answer = await postJson(stack.gatewayUrl, { query }, { authorization: `Bearer ${token}` });
      for (const e of answer.body.errors ?? []) delete e.extensions.requestId;
      answers.push({ status: answer.status, body: answer.body, sent: stack.subgraphQueries.slice(before).map((q) => q.query) });
    }
    expect(JSON.stringify(answers[0].body)).toBe(JSON.stringify(answers[1].body));
    expect(answers[0].status).toBe(answers[1].status);
    return answers[0];
  };
}

beforeAll(async () => {
  estate = await createTestEstate({ schools: 1 });
}, 60_000);
afterAll(async () => {
  for (const stack of stacks) await stack.stop();
  await estate?.drop();
});

it('a union takes the usual way (a subgraph may know fewer of its members); plain object types go straight', async () => {
  const both = await pair(fixtureSubgraphs);
  const union = await both('{ search { ... on Person { name } ... on Teacher { id } } }');
  expect(union.body.data.search).toEqual([{ name: 'Asha' }, { id: 't1' }]);
  expect(union.sent).toEqual([expect.stringContaining('__typename')]);
  const plain = await both('{ people { name } topGrade { score } }');
  expect(plain.sent.sort()).toEqual(['{\n  people {\n    name\n  }\n}', '{\n  topGrade {\n    score\n  }\n}']);
});

it('a subgraph that is down nulls only its own fields, next to a non-null root field of another', async () => {
  running.length = 0;
  const both = await pair(fixtureSubgraphs.map(kept));
  // The grades subgraph of both gateways stops; people keeps answering.
  await Promise.all(running.filter((r) => stacks.some((s) => s.subgraphUrls.grades === r.url)).map((r) => r.stop()));
  const answer = await both('{ people { name } topGrade { score } }');
  expect(answer.body.data).toEqual({ people: [{ name: 'Asha' }], topGrade: null });
  expect(answer.body.errors).toEqual([
    expect.objectContaining({ path: ['topGrade'], extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE' }) }),
  ]);
});

it('with anything @inaccessible in the supergraph, nothing goes straight (the gateway hides what a subgraph answers)', async () => {
  const both = await pair([hidden]);
  const answer = await both('{ color }');
  expect(answer.body.data).toEqual({ color: null });
  expect(JSON.stringify(answer.body)).not.toContain('SECRET');
});

it('a hidden root field or input type (no answer can carry it) still lets operations go straight; the API does not know it', async () => {
  const both = await pair([internal]);
  const answer = await both('{ shade }');
  expect(answer.body.data).toEqual({ shade: 'teal' });
  expect(answer.sent).toEqual(['{\n  shade\n}']);
  // Straight: the gateway plans root fetches for this supergraph, and for none with a hidden output.
  expect(planningOf(composeSupergraph([{ name: internal.name, sdl: internal.sdl }]))).not.toBeNull();
  expect(planningOf(composeSupergraph([{ name: hidden.name, sdl: hidden.sdl }]))).toBeNull();
  const refused = await both('mutation { internalOnly(input: { value: "x" }) }');
  expect(new Set(refused.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code))).toEqual(
    new Set(['GRAPHQL_VALIDATION_FAILED']),
  );
  expect(refused.sent).toEqual([]);
});

it('an alias __proto__ across two subgraphs stays a key of the answer', async () => {
  const both = await pair(fixtureSubgraphs);
  const answer = await both('{ __proto__: ping topGrade { score } }');
  expect(Object.keys(answer.body.data)).toEqual(['__proto__', 'topGrade']);
});

/**
 * Operation size limits: the introspection query a playground sends passes; operations nested too
 * deep or multiplying fields through fragments are refused (400) before any subgraph is called.
 */
import { getIntrospectionQuery } from 'graphql';
import { createTestEstate, openSession, startStack, type Stack, type TestEstate } from '@syncad/test-support';
import { DEFAULT_OPERATION_LIMITS } from '../src/permissions/analyzeOperation';
import { expectNoLeaks, expectOneError, postJson } from '@syncad/test-support';
import { fixtureSubgraphs } from './fixtures/fixtureSubgraphs';

let estate: TestEstate;
let stack: Stack;
let token: string;

beforeAll(async () => {
  estate = await createTestEstate({ schools: 1 });
  stack = await startStack(estate, { subgraphs: fixtureSubgraphs });
  token = (await openSession(estate.centralUrl, estate.schools[0], 'TEACHER', stack.jwtSecret)).token;
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await estate?.drop();
});

/** `{ __schema { types { fields { type { ofType { ofType ... } } } } } }` with `depth` levels of fields. */
function nestedIntrospection(depth: number): string {
  const ofTypes = depth - 5;
  return `{ __schema { types { fields { type ${'{ ofType '.repeat(ofTypes)}{ name }${' }'.repeat(ofTypes)} } } } }`;
}

async function refused(query: string, message: RegExp): Promise<void> {
  const before = stack.subgraphRequestCount();
  const answer = await stack.graphql(query, undefined, token);
  expectNoLeaks(answer);
  const error = expectOneError(answer, 400, 'GRAPHQL_VALIDATION_FAILED');
  expect(error.message).toMatch(message);
  expect(stack.subgraphRequestCount()).toBe(before);
}

it('serves the full introspection query a playground or codegen sends', async () => {
  const answer = await stack.graphql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), undefined, token);
  expect(answer.status).toBe(200);
  expect(answer.body.errors).toBeUndefined();
  expect(answer.body.data.__schema.queryType.name).toBe('Query');
});

it('serves an operation at the depth limit and refuses one level more', async () => {
  const atLimit = await stack.graphql(nestedIntrospection(DEFAULT_OPERATION_LIMITS.maxDepth), undefined, token);
  expect(atLimit.status).toBe(200);
  expect(atLimit.body.errors).toBeUndefined();
  await refused(nestedIntrospection(DEFAULT_OPERATION_LIMITS.maxDepth + 1), /nested deeper than 15 levels/);
});

it('decides per set of variable values: one operation skipping its deep part is served, including it is refused', async () => {
  const deep = nestedIntrospection(DEFAULT_OPERATION_LIMITS.maxDepth + 1)
    .slice(1, -1)
    .replace('__schema', 'deep: __schema @include(if: $deep)');
  const query = `query Toggle($deep: Boolean!) { __typename ${deep} }`;
  // The analysis is kept per operation and variable values: each answer follows this request's values.
  for (const include of [false, true, false, true]) {
    const answer = await stack.graphql(query, { deep: include }, token);
    if (include) expect(expectOneError(answer, 400, 'GRAPHQL_VALIDATION_FAILED').message).toMatch(/nested deeper than 15 levels/);
    else expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  }
});

it('refuses a fragment bomb by the fields it would expand to, not the text it is written in', async () => {
  // 12 fragments, each spreading the previous one twice: 4,096 fields from a few hundred bytes.
  const fragments = ['fragment F0 on Query { people { name } }'];
  for (let i = 1; i <= 12; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  await refused(`query Bomb { ...F12 }\n${fragments.join('\n')}`, /Bomb.*more than 2000 fields/);
});

it('refuses an operation whose pages and lists multiply past the cost limit, whatever its text size', async () => {
  // 30 aliases x up to 50 people x 50 grades each: ~75,000 values from a short query.
  const aliases = Array.from({ length: 30 }, (_, i) => `p${i}: people { name grades { score } }`).join(' ');
  const before = stack.subgraphRequestCount();
  const answer = await stack.graphql(`{ ${aliases} }`, undefined, token);
  expectNoLeaks(answer);
  const error = expectOneError(answer, 400, 'BAD_USER_INPUT');
  expect(error.message).toMatch(/could return more than 50000 values/);
  // The refusal says by how much, beside the limit.
  expect(error.extensions.cost).toMatchObject({ estimated: 30 * (50 + 50 + 50 * 50 + 50 * 50), maxCost: 50_000 });
  expect(stack.subgraphRequestCount()).toBe(before);
  // The same shape, once, is an ordinary query.
  const one = await stack.graphql('{ people { name grades { score } } }', undefined, token);
  expect(one.status).toBe(200);
  expect(one.body.errors).toBeUndefined();
});

it("one operation with a page-size variable is costed by each request's own page size (the analysis is shared, its cost is not)", async () => {
  const query = 'query Page($n: Int) { people(first: $n) { name grades { score } } }';
  // n people + n names + n x 50 grades + n x 50 scores: 102 n, past 50,000 from n = 491.
  for (const [n, allowed] of [
    [10, true],
    [1_000, false],
    [20, true],
    [490, true],
    [491, false],
    [2_000, false],
  ] as const) {
    const answer = await stack.graphql(query, { n }, token);
    if (allowed) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    } else {
      expect(expectOneError(answer, 400, 'BAD_USER_INPUT').extensions.cost).toMatchObject({ estimated: 102 * n, maxCost: 50_000 });
    }
  }
});

it('a dry run answers the estimated cost and size beside the limits, and runs nothing (not even a mutation)', async () => {
  const dryRun = (query: string, headers: Record<string, string> = { authorization: `Bearer ${token}` }) =>
    postJson(stack.gatewayUrl, { query, extensions: { dryRun: true } }, headers);
  const before = stack.subgraphRequestCount();
  const answer = await dryRun('{ people { name grades { score } } }');
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({
    extensions: {
      dryRun: true,
      cost: { estimated: 50 + 50 + 50 * 50 + 50 * 50, maxCost: 50_000, depth: 3, maxDepth: 15, fields: 4, maxFields: 2_000 },
    },
  });
  const admin = (await openSession(estate.centralUrl, estate.schools[0], 'SCHOOL_ADMIN', stack.jwtSecret)).token;
  const mutation = await dryRun('mutation { renamePerson(id: "p1", name: "Never") { name } }', { authorization: `Bearer ${admin}` });
  expect(mutation.body.extensions.cost.estimated).toBe(2);
  // Checked like a run: a mutation the role may not make is refused.
  expectOneError(await dryRun('mutation { renamePerson(id: "p1", name: "Never") { name } }'), 403, 'FORBIDDEN');
  const aliases = Array.from({ length: 30 }, (_, i) => `p${i}: people { name grades { score } }`).join(' ');
  const tooCostly = await dryRun(`{ ${aliases} }`);
  expect(expectOneError(tooCostly, 400, 'BAD_USER_INPUT').extensions.cost.estimated).toBeGreaterThan(50_000);
  // A dry run is checked like a run: no token, nothing private.
  expect((await dryRun('{ people { name } }', {})).status).toBe(401);
  expect(stack.subgraphRequestCount()).toBe(before);
});

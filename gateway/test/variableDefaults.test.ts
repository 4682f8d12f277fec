/**
 * Variables are coerced once, as execution will see them, before every check, through the real
 * gateway and subgraphs: a variable left out is judged by its default (a section behind a
 * defaulted false flag needs no permission; a page size written as a defaulted variable costs
 * what the literal costs), and an invalid variable is a request error that reaches no subgraph.
 */
import { expectOneError, startSubgraphFixture, type Member, type SubgraphFixture } from '@syncad/test-support';

let f: SubgraphFixture;
let accountant: Member;

beforeAll(async () => {
  f = await startSubgraphFixture(['identity', 'academics']);
  accountant = await f.member('ACCOUNTANT');
}, 60_000);
afterAll(() => f?.close());

test('a section behind a defaulted flag needs nothing when the flag is left out (@include, @skip, inline fragments)', async () => {
  const optional = [
    'query($show: Boolean = false) { me { email } announcements @include(if: $show) { __typename } }',
    'query($hide: Boolean = true) { me { email } announcements @skip(if: $hide) { __typename } }',
    'query($show: Boolean = false) { me { email } ... @include(if: $show) { announcements { __typename } } }',
  ];
  for (const query of optional) {
    const answer = await f.gql(accountant, query);
    expect({ query, status: answer.status, body: answer.body }).toEqual({
      query,
      status: 200,
      body: { data: { me: { email: accountant.email } } },
    });
    // Sent explicitly, the section is asked for, and refused.
    const shown = await f.gql(accountant, query, { show: true, hide: false });
    expect(expectOneError(shown, 403, 'FORBIDDEN').extensions.missing).toEqual([
      expect.objectContaining({ module: 'announcement', action: 'read' }),
    ]);
  }
});

test('a page size written as a defaulted variable costs what the literal costs', async () => {
  const literal = '{ students(first: 1000) { nodes { results(first: 1000) { nodes { __typename } } } } }';
  const defaulted =
    'query($a: Int = 1000, $b: Int = 1000) { students(first: $a) { nodes { results(first: $b) { nodes { __typename } } } } }';
  const before = f.stack.subgraphRequestCount();
  const byLiteral = expectOneError(await f.gql(f.admin, literal), 400, 'BAD_USER_INPUT');
  const byDefault = expectOneError(await f.gql(f.admin, defaulted), 400, 'BAD_USER_INPUT');
  expect(byDefault.message).toBe(byLiteral.message);
  expect(f.stack.subgraphRequestCount()).toBe(before);
});

test('an invalid variable is a request error, never walked, and reaches no subgraph', async () => {
  const before = f.stack.subgraphRequestCount();
  for (const variables of [{ n: 'ten' }, { n: null }, {}]) {
    const answer = await f.gql(f.admin, 'query($n: Int!) { students(first: $n) { totalCount } }', variables);
    expect(expectOneError(answer, 400, 'BAD_USER_INPUT').message).toMatch(/Variable "\$n"/);
  }
  expect(f.stack.subgraphRequestCount()).toBe(before);
});

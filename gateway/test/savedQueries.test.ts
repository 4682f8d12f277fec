/**
 * Saved queries through the real gateway: shared between two people of one school, private ones
 * seen by their author alone, invisible to another school, edited and deleted by the author only,
 * and run with the runner's own permissions (never the author's).
 */
import { startSubgraphFixture, type Member, type SubgraphFixture } from '@syncad/test-support';

let f: SubgraphFixture;
let accountant: Member;
let teacher: Member;
let otherAdmin: Member;

const LIST = `{ savedQueries { id name description query variables shared mine authorName changesData } }`;
const SAVE = `mutation($i: SaveQueryInput!) { saveQuery(input: $i) { id name shared mine } }`;
const DELETE = `mutation($i: DeleteSavedQueryInput!) { deleteSavedQuery(input: $i) }`;
const FEES = `query Fees($from: Date!, $to: Date!) { feeAggregate(input: { from: $from, to: $to, groupBy: [MODE] }) { total { paid } } }`;

beforeAll(async () => {
  f = await startSubgraphFixture(['identity', 'academics', 'finance']);
  accountant = await f.member('ACCOUNTANT');
  teacher = await f.member('TEACHER');
  otherAdmin = await f.member('SCHOOL_ADMIN', { school: f.other });
}, 120_000);
afterAll(() => f?.close());

const codeOf = (answer: { body: any }) => answer.body.errors?.[0]?.extensions?.code;

it('a shared query is listed for everyone in the school, a private one for its author alone, neither for another school', async () => {
  const shared = (
    await f.ok(accountant, SAVE, {
      i: {
        name: 'Fees by mode',
        description: 'Paid per mode',
        query: FEES,
        variables: '{"from":"2026-06-01","to":"2026-11-30"}',
        shared: true,
      },
    })
  ).saveQuery;
  const mine = (await f.ok(accountant, SAVE, { i: { name: 'Draft', query: '{ me { email } }' } })).saveQuery;
  expect(shared).toMatchObject({ name: 'Fees by mode', shared: true, mine: true });
  expect(mine).toMatchObject({ shared: false, mine: true });

  const own = (await f.ok(accountant, LIST)).savedQueries;
  expect(own.map((q: any) => q.name).sort()).toEqual(['Draft', 'Fees by mode']);
  const seen = (await f.ok(teacher, LIST)).savedQueries;
  expect(seen).toEqual([
    {
      id: shared.id,
      name: 'Fees by mode',
      description: 'Paid per mode',
      query: FEES,
      variables: '{"from":"2026-06-01","to":"2026-11-30"}',
      shared: true,
      mine: false,
      authorName: 'ACCOUNTANT Fixture',
      changesData: false,
    },
  ]);
  expect((await f.ok(otherAdmin, LIST)).savedQueries).toEqual([]);
});

it("a shared query runs with the runner's permissions: the accountant's fee query is FORBIDDEN to a teacher", async () => {
  const [saved] = (await f.ok(teacher, LIST)).savedQueries;
  const variables = JSON.parse(saved.variables);
  expect((await f.ok(accountant, saved.query, variables)).feeAggregate.total.paid).toBe('0.00');
  expect(codeOf(await f.gql(teacher, saved.query, variables))).toBe('FORBIDDEN');
});

it("only the author changes or deletes a query: another person's or school's id is NOT_FOUND, like a made-up one", async () => {
  const [saved] = (await f.ok(teacher, LIST)).savedQueries;
  for (const who of [teacher, otherAdmin]) {
    expect(codeOf(await f.gql(who, SAVE, { i: { id: saved.id, name: 'Mine now', query: FEES, shared: true } }))).toBe('NOT_FOUND');
    expect(codeOf(await f.gql(who, DELETE, { i: { id: saved.id } }))).toBe('NOT_FOUND');
  }
  expect(codeOf(await f.gql(teacher, DELETE, { i: { id: '00000000-0000-4000-8000-000000000000' } }))).toBe('NOT_FOUND');

  const changed = (await f.ok(accountant, SAVE, { i: { id: saved.id, name: 'Fees by mode', query: FEES, shared: false } })).saveQuery;
  expect(changed).toMatchObject({ id: saved.id, shared: false });
  expect((await f.ok(teacher, LIST)).savedQueries).toEqual([]);
  expect((await f.ok(accountant, DELETE, { i: { id: saved.id } })).deleteSavedQuery).toBe(saved.id);
  expect((await f.ok(accountant, LIST)).savedQueries.map((q: any) => q.name)).toEqual(['Draft']);
});

it('bad input is refused with a clear error and saves nothing', async () => {
  const before = (await f.ok(teacher, LIST)).savedQueries.length;
  const notGraphql = await f.gql(teacher, SAVE, { i: { name: 'Broken', query: '{ students( ' } });
  expect(codeOf(notGraphql)).toBe('BAD_USER_INPUT');
  expect(notGraphql.body.errors[0].message).toMatch(/query is not a GraphQL operation/);
  expect(codeOf(await f.gql(teacher, SAVE, { i: { name: 'Vars', query: '{ me { email } }', variables: '[1]' } }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await f.gql(teacher, SAVE, { i: { name: '', query: '{ me { email } }' } }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await f.gql(teacher, SAVE, { i: { name: 'Long', query: `{ me { email } }\n#${'x'.repeat(20_001)}` } }))).toBe(
    'BAD_USER_INPUT',
  );
  await f.ok(teacher, SAVE, { i: { name: 'Twice', query: '{ me { email } }' } });
  expect(codeOf(await f.gql(teacher, SAVE, { i: { name: 'Twice', query: '{ me { id } }' } }))).toBe('CONFLICT');
  expect((await f.ok(teacher, LIST)).savedQueries.length).toBe(before + 1);
  // No token: nothing at all.
  expect((await f.gql(null, LIST)).status).toBe(401);
});

it('a student keeps saved queries private (a shared one would be a lure for staff); a mutation is marked as changing data', async () => {
  const student = await f.member('STUDENT');
  expect((await f.ok(student, SAVE, { i: { name: 'Mine', query: '{ me { email } }' } })).saveQuery).toMatchObject({
    shared: false,
    mine: true,
  });
  const lure = await f.gql(student, SAVE, { i: { name: 'Fee report', query: 'mutation { logout }', shared: true } });
  expect(codeOf(lure)).toBe('FORBIDDEN');
  expect((await f.ok(teacher, LIST)).savedQueries.map((q: any) => q.name)).not.toContain('Fee report');

  const marked = (
    await f.ok(accountant, SAVE, { i: { name: 'Sign out', query: 'query A { me { email } } mutation B { logout }', shared: true } })
  ).saveQuery;
  const seen = (await f.ok(teacher, LIST)).savedQueries.find((q: any) => q.id === marked.id);
  expect(seen.changesData).toBe(true);
});

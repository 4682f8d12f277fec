/** The subgraph answers only requests that carry the gateway's signed context; errors never leak internals. */
import { INTERNAL_CONTEXT_HEADER, signInternalContext } from '@syncad/platform';
import { postJson, type SignedIn } from '@syncad/test-support';
import { startIdentityHarness, type IdentityHarness } from './support/identityHarness';

let h: IdentityHarness;
let caller: SignedIn;

beforeAll(async () => {
  h = await startIdentityHarness();
  await h.addUser(h.schoolA, { email: 'someone@a.example', role: 'SCHOOL_ADMIN' });
  caller = await h.loginAs('someone@a.example', h.schoolA.subdomain);
});
afterAll(() => h?.close());

const LOGIN = 'mutation { login(login: "someone@a.example", password: "correct horse battery staple") { accessToken } }';

test('no, forged, wrongly keyed or expired internal context: HTTP 401 and no data', async () => {
  const url = h.fixture.stack.subgraphUrls.identity;
  const context = { caller, hostSchool: null };
  const headers: Record<string, string>[] = [
    {},
    { [INTERNAL_CONTEXT_HEADER]: 'not.a.jwt' },
    { [INTERNAL_CONTEXT_HEADER]: signInternalContext(context, 'another key of at least thirty-two characters') },
    { [INTERNAL_CONTEXT_HEADER]: signInternalContext(context, h.fixture.stack.internalKey, -10) },
  ];
  for (const header of headers) {
    for (const query of [LOGIN, '{ users { totalCount } }', '{ _service { sdl } }']) {
      const res = await postJson(url, { query }, header);
      expect(res.status).toBe(401);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  }
  // The same requests with a valid context succeed (the school has the fixture's admin and this user).
  expect((await h.fixture.direct('identity', caller, '{ users { totalCount } }')).body.data?.users.totalCount).toBe(2);
  expect((await h.fixture.direct('identity', null, LOGIN)).body.data?.login.accessToken).toBeTruthy();
});

test('a context accepted once (and remembered as verified) is refused once it has expired', async () => {
  const url = h.fixture.stack.subgraphUrls.identity;
  // `iat` and `exp` are whole seconds: a two-second context is valid for at least one more second
  // (a one-second one signed late in a second could expire before its first use on a busy machine),
  // and three seconds later it has surely expired.
  const header = { [INTERNAL_CONTEXT_HEADER]: signInternalContext({ caller, hostSchool: null }, h.fixture.stack.internalKey, 2) };
  const first = await postJson(url, { query: '{ users { totalCount } }' }, header);
  expect(first.body.data?.users.totalCount).toBe(2);
  await new Promise((resolve) => setTimeout(resolve, 3_100));
  const again = await postJson(url, { query: '{ users { totalCount } }' }, header);
  expect(again.status).toBe(401);
  expect(again.body.data ?? null).toBeNull();
  expect(again.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

test('errors carry a code and a message only: no stack trace, no SQL', async () => {
  const responses = [
    await h.request('{ users(first: 1, after: "!!") { totalCount } }', {}, caller),
    await h.request('{ nope }', {}, caller),
    await h.request('mutation { refreshToken(token: "x") { accessToken } }'),
    // A caller whose school does not exist: the data layer still answers cleanly.
    await h.fixture.direct('identity', { ...caller, schoolId: 'not-a-uuid' }, '{ roles { name } }'),
  ];
  for (const res of responses) {
    const text = JSON.stringify(res.body);
    expect(res.body.errors?.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/stacktrace|at \w+ \(|SELECT|INSERT|"User"|syntax/i);
    for (const e of res.body.errors!) expect(typeof e.extensions?.code).toBe('string');
  }
});

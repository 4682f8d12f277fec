/** The subgraph answers only requests that carry the gateway's signed context; errors never leak internals. */
import { signInternalContext } from '@syncad/subgraph-kit';
import { startIdentityHarness, type IdentityHarness } from './support/identityHarness';

let h: IdentityHarness;
let userId: string;

beforeAll(async () => {
  h = await startIdentityHarness('identity_ctx');
  userId = await h.addUser(h.schoolA, { email: 'someone@a.example', role: 'SCHOOL_ADMIN' });
});
afterAll(() => h?.close());

const LOGIN = 'mutation { login(login: "someone@a.example", password: "correct horse battery") { accessToken } }';

test('no, forged, wrongly keyed or expired internal context: HTTP 401 and no data', async () => {
  const caller = await h.loginAs('someone@a.example', h.schoolA.subdomain);
  const context = h.as(caller);
  const attempts = [
    'none' as const,
    { header: 'not.a.jwt' },
    { header: signInternalContext(context, 'another key of at least thirty-two characters') },
    { header: signInternalContext(context, h.internalKey, -10) },
  ];
  for (const via of attempts) {
    for (const query of [LOGIN, '{ users { totalCount } }', '{ _service { sdl } }']) {
      const res = await h.request(query, {}, via);
      expect(res.status).toBe(401);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  }
  // The same requests with a valid context succeed.
  expect((await h.request('{ users { totalCount } }', {}, context)).body.data?.users.totalCount).toBe(1);
  expect((await h.request(LOGIN)).body.data?.login.accessToken).toBeTruthy();
  expect(userId).toBe(caller.userId);
});

test('errors carry a code and a message only: no stack trace, no SQL', async () => {
  const caller = await h.loginAs('someone@a.example', h.schoolA.subdomain);
  const responses = [
    await h.request('{ users(first: 1, after: "!!") { totalCount } }', {}, h.as(caller)),
    await h.request('{ nope }', {}, h.as(caller)),
    await h.request('mutation { refreshToken(token: "x") { accessToken } }'),
    // A caller whose school does not exist: the data layer still answers cleanly.
    await h.request('{ roles { name } }', {}, h.as({ ...caller, schoolId: 'not-a-uuid' })),
  ];
  for (const res of responses) {
    const text = JSON.stringify(res.body);
    expect(res.body.errors?.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/stacktrace|at \w+ \(|SELECT|INSERT|"User"|syntax/i);
    for (const e of res.body.errors!) expect(typeof e.extensions?.code).toBe('string');
  }
});

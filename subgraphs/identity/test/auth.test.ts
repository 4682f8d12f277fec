/** Login, throttling, refresh rotation and reuse detection, logout and me, against a real subgraph and PostgreSQL. */
import { central } from '@syncad/shared-db';
import { verifyAccessToken } from '@syncad/platform';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { PASSWORD, startIdentityHarness, type IdentityHarness } from './support/identityHarness';

const LOGIN = `mutation($login: String!, $password: String!, $school: String) {
  login(login: $login, password: $password, school: $school) {
    accessToken refreshToken expiresIn
    user { id email firstName currentSchool { id subdomain roleName } }
  }
}`;
const REFRESH = 'mutation($token: String!) { refreshToken(token: $token) { accessToken refreshToken } }';
const ME = `{ me { id email phone firstName selfScoped
  schools { id name subdomain roleName }
  currentSchool { id roleName }
  permissions { module read write delete } } }`;

let h: IdentityHarness;
let teacherId: string;

beforeAll(async () => {
  h = await startIdentityHarness();
  teacherId = await h.addUser(h.schoolA, { email: 'teacher@example.com', phone: '+919876543210', role: 'TEACHER' });
  // One account, two schools, a different role in each.
  const both = await h.addUser(h.schoolA, { email: 'both@example.com', role: 'LIBRARIAN' });
  await h.centralDb.db
    .insert(central.EmployeeUserSchool)
    .values({ userId: both, schoolId: h.schoolB.id, roleId: h.schoolB.roles.ACCOUNTANT });
  await h.addUser(h.schoolB, { email: 'onlyb@example.com', role: 'TEACHER' });
});
afterAll(() => h?.close());

const login = (login: string, password = PASSWORD, school?: string) => h.request(LOGIN, { login, password, school });
/** Moves the spending of the session's used refresh tokens `seconds` into the past (past the grace window). */
const spentSecondsAgo = (sessionId: string, seconds: number) =>
  h.centralDb.db
    .update(central.RefreshToken)
    .set({ usedAt: sql`now() - make_interval(secs => ${seconds})` })
    .where(and(eq(central.RefreshToken.sessionId, sessionId), isNotNull(central.RefreshToken.usedAt)));
const sessionOf = async (id: string) => (await h.centralDb.db.select().from(central.Session).where(eq(central.Session.id, id)))[0];

describe('login', () => {
  test('by email (any case) with the school subdomain returns tokens, a live session and the user', async () => {
    const res = await login('  Teacher@Example.COM ', PASSWORD, h.schoolA.subdomain);
    expect(res.body.errors).toBeUndefined();
    const payload = res.body.data!.login;
    expect(payload.expiresIn).toBe(900);
    expect(payload.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(payload.user).toEqual({
      // Me's global id, sealed for the school signed in to, as `me` gives it.
      id: h.fixture.globalId('Me', teacherId, h.schoolA),
      email: 'teacher@example.com',
      firstName: 'Test',
      currentSchool: { id: h.schoolA.id, subdomain: h.schoolA.subdomain, roleName: 'TEACHER' },
    });
    const caller = verifyAccessToken(payload.accessToken, h.jwtSecret);
    expect(caller).toMatchObject({ userId: teacherId, schoolId: h.schoolA.id, roleName: 'TEACHER', selfScoped: false });
    const session = await sessionOf(caller.sessionId);
    expect(session.revokedAt).toBeNull();
    expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
    // Only the SHA-256 of the refresh token is stored.
    const tokens = await h.centralDb.db.select().from(central.RefreshToken).where(eq(central.RefreshToken.sessionId, caller.sessionId));
    expect(tokens).toHaveLength(1);
    expect(tokens[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokens[0].tokenHash).not.toContain(payload.refreshToken);
  });

  test('by phone (spaces and dashes ignored), with the school id and with the school from the host name', async () => {
    const byId = await login('+91 98765-43210', PASSWORD, h.schoolA.id);
    expect(byId.body.data?.login.user.id).toBe(h.fixture.globalId('Me', teacherId, h.schoolA));
    const byHost = await h.request(LOGIN, { login: '+919876543210', password: PASSWORD }, { host: h.schoolA.subdomain });
    expect(byHost.body.data?.login.user.currentSchool.id).toBe(h.schoolA.id);
  });

  test('without a school: the only school is used; several schools need the school argument', async () => {
    expect((await login('onlyb@example.com')).body.data?.login.user.currentSchool.id).toBe(h.schoolB.id);
    const several = await login('both@example.com');
    expect(several.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const inB = await login('both@example.com', PASSWORD, h.schoolB.subdomain);
    expect(inB.body.data?.login.user.currentSchool.roleName).toBe('ACCOUNTANT');
  });

  test('wrong password, unknown user, inactive user and no role in the school all get the same answer', async () => {
    const inactive = await h.addUser(h.schoolA, { email: 'gone@example.com', role: 'TEACHER' });
    await h.centralDb.db.update(central.User).set({ isActive: false }).where(eq(central.User.id, inactive));
    const failures = await Promise.all([
      login('teacher@example.com', 'wrong password', h.schoolA.subdomain),
      login('nobody@example.com', PASSWORD, h.schoolA.subdomain),
      login('+15550000000', PASSWORD, h.schoolA.subdomain),
      login('gone@example.com', PASSWORD, h.schoolA.subdomain),
      login('teacher@example.com', PASSWORD, h.schoolB.subdomain),
      login('teacher@example.com', PASSWORD, 'no-such-school'),
    ]);
    for (const res of failures) {
      expect(res.body.data).toBeNull();
      expect(res.body.errors).toEqual([
        {
          message: 'invalid login or password',
          path: ['login'],
          extensions: { code: 'UNAUTHENTICATED', requestId: res.headers['x-request-id'] },
        },
      ]);
    }
    // These failures slowed further logins from this address (throttle.test.ts); start the next tests afresh.
    await h.centralDb.db.delete(central.LoginThrottle);
  });
});

describe('refresh tokens', () => {
  test('rotate: the new pair works, the old token is spent', async () => {
    const first = (await login('teacher@example.com', PASSWORD, h.schoolA.subdomain)).body.data!.login;
    const second = await h.request(REFRESH, { token: first.refreshToken });
    expect(second.body.errors).toBeUndefined();
    const next = second.body.data!.refreshToken;
    expect(next.refreshToken).not.toBe(first.refreshToken);
    const caller = verifyAccessToken(next.accessToken, h.jwtSecret);
    expect(caller.sessionId).toBe(verifyAccessToken(first.accessToken, h.jwtSecret).sessionId);
    const third = await h.request(REFRESH, { token: next.refreshToken });
    expect(third.body.data?.refreshToken.accessToken).toBeTruthy();
    expect((await sessionOf(caller.sessionId)).revokedAt).toBeNull();
  });

  test('reusing a spent token after the grace window revokes the whole session, and its newest token stops working', async () => {
    const first = (await login('teacher@example.com', PASSWORD, h.schoolA.subdomain)).body.data!.login;
    const sessionId = verifyAccessToken(first.accessToken, h.jwtSecret).sessionId;
    const rotated = (await h.request(REFRESH, { token: first.refreshToken })).body.data!.refreshToken;
    await spentSecondsAgo(sessionId, 11);
    const reuse = await h.request(REFRESH, { token: first.refreshToken });
    expect(reuse.body.errors?.[0]).toMatchObject({ message: 'invalid or expired refresh token', extensions: { code: 'UNAUTHENTICATED' } });
    const session = await sessionOf(sessionId);
    expect(session.revokedReason).toBe('REFRESH_TOKEN_REUSE');
    expect(session.revokedAt).not.toBeNull();
    expect((await h.request(REFRESH, { token: rotated.refreshToken })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('two tabs refreshing with one token inside the grace window both get the same new pair', async () => {
    const first = (await login('teacher@example.com', PASSWORD, h.schoolA.subdomain)).body.data!.login;
    const results = await Promise.all([1, 2, 3].map(() => h.request(REFRESH, { token: first.refreshToken })));
    for (const r of results) expect(r.body.errors).toBeUndefined();
    const pairs = results.map((r) => r.body.data!.refreshToken);
    expect(new Set(pairs.map((p) => p.refreshToken)).size).toBe(1);
    expect(pairs[0].refreshToken).not.toBe(first.refreshToken);
    const sessionId = verifyAccessToken(first.accessToken, h.jwtSecret).sessionId;
    for (const p of pairs) expect(verifyAccessToken(p.accessToken, h.jwtSecret).sessionId).toBe(sessionId);
    expect((await sessionOf(sessionId)).revokedAt).toBeNull();
    // The shared new token works on.
    expect((await h.request(REFRESH, { token: pairs[0].refreshToken })).body.errors).toBeUndefined();
  });

  test('inside the grace window, a token whose successor was already used is a reuse: the session is revoked', async () => {
    const first = (await login('teacher@example.com', PASSWORD, h.schoolA.subdomain)).body.data!.login;
    const second = (await h.request(REFRESH, { token: first.refreshToken })).body.data!.refreshToken;
    expect((await h.request(REFRESH, { token: second.refreshToken })).body.errors).toBeUndefined();
    const reuse = await h.request(REFRESH, { token: first.refreshToken });
    expect(reuse.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await sessionOf(verifyAccessToken(first.accessToken, h.jwtSecret).sessionId)).revokedReason).toBe('REFRESH_TOKEN_REUSE');
  });

  test('unknown and expired tokens are refused', async () => {
    expect((await h.request(REFRESH, { token: 'not-a-token' })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const first = (await login('teacher@example.com', PASSWORD, h.schoolA.subdomain)).body.data!.login;
    const sessionId = verifyAccessToken(first.accessToken, h.jwtSecret).sessionId;
    await h.centralDb.db
      .update(central.RefreshToken)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(central.RefreshToken.sessionId, sessionId));
    expect((await h.request(REFRESH, { token: first.refreshToken })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('logout and me', () => {
  test('logout revokes the session, notifies listeners, and its refresh token stops working', async () => {
    const first = (await login('teacher@example.com', PASSWORD, h.schoolA.subdomain)).body.data!.login;
    const caller = { ...verifyAccessToken(first.accessToken, h.jwtSecret), token: first.accessToken };
    const listener = await h.centralDb.pool.connect();
    const heard: string[] = [];
    listener.on('notification', (n) => heard.push(`${n.channel}:${n.payload}`));
    await listener.query('LISTEN syncad_session_revoked');
    try {
      const res = await h.request('mutation { logout }', {}, caller);
      expect(res.body).toEqual({ data: { logout: true } });
      const session = await sessionOf(caller.sessionId);
      expect(session.revokedAt).not.toBeNull();
      expect(session.revokedReason).toBe('LOGOUT');
      await new Promise((r) => setTimeout(r, 100));
      expect(heard).toContain(`syncad_session_revoked:${caller.sessionId}`);
    } finally {
      await listener.query('UNLISTEN *');
      listener.release();
    }
    expect((await h.request(REFRESH, { token: first.refreshToken })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test("me shows the user, their schools, the current school and the role's permissions per module", async () => {
    const caller = await h.loginAs('both@example.com', h.schoolB.subdomain);
    const res = await h.request(ME, {}, caller);
    expect(res.body.errors).toBeUndefined();
    const me = res.body.data!.me;
    expect(me).toMatchObject({
      id: h.fixture.globalId('Me', caller.userId, h.schoolB),
      email: 'both@example.com',
      phone: null,
      selfScoped: false,
    });
    expect(me.schools).toEqual([
      { id: h.schoolA.id, name: h.schoolA.name, subdomain: h.schoolA.subdomain, roleName: 'LIBRARIAN' },
      { id: h.schoolB.id, name: h.schoolB.name, subdomain: h.schoolB.subdomain, roleName: 'ACCOUNTANT' },
    ]);
    expect(me.currentSchool).toEqual({ id: h.schoolB.id, roleName: 'ACCOUNTANT' });
    const byModule = Object.fromEntries(me.permissions.map((p: { module: string }) => [p.module, p]));
    expect(byModule.fee).toEqual({ module: 'fee', read: true, write: true, delete: false });
    expect(byModule.library).toEqual({ module: 'library', read: false, write: false, delete: false });
    expect(me.permissions.map((p: { module: string }) => p.module)).toEqual(
      [...me.permissions.map((p: { module: string }) => p.module)].sort(),
    );
  });

  test("me lists the devices signed in, the current one marked; a user ends one of their own sessions, not another's", async () => {
    await h.addUser(h.schoolA, { email: 'devices@example.com', role: 'TEACHER' });
    const laptop = await h.loginAs('devices@example.com', h.schoolA.subdomain, { address: '203.0.113.7', userAgent: 'Laptop Firefox' });
    const phone = await h.loginAs('devices@example.com', h.schoolA.subdomain, { address: '198.51.100.9', userAgent: 'Phone Safari' });
    const SESSIONS = '{ me { sessions { id current schoolName userAgent clientAddress createdAt lastSeenAt expiresAt } } }';
    const listed = (await h.request(SESSIONS, {}, laptop)).body.data!.me.sessions;
    expect(
      listed.map((d: { userAgent: string; clientAddress: string; current: boolean }) => [d.userAgent, d.clientAddress, d.current]).sort(),
    ).toEqual([
      ['Laptop Firefox', '203.0.113.7', true],
      ['Phone Safari', '198.51.100.9', false],
    ]);
    expect(listed[0].schoolName).toBe(h.schoolA.name);
    // Another user's session is no business of this one's.
    const stranger = await h.loginAs('teacher@example.com', h.schoolA.subdomain);
    const foreign = await h.request('mutation($id: ID!) { endSession(input: { id: $id }) }', { id: stranger.sessionId }, laptop);
    expect(foreign.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await sessionOf(stranger.sessionId)).revokedAt).toBeNull();
    // The laptop ends the phone's session: its token stops working (the gateway hears the NOTIFY).
    expect((await h.request('mutation($id: ID!) { endSession(input: { id: $id }) }', { id: phone.sessionId }, laptop)).body).toEqual({
      data: { endSession: true },
    });
    expect((await sessionOf(phone.sessionId)).revokedReason).toBe('ENDED_BY_OWNER');
    const deadline = Date.now() + 5000;
    while ((await h.request('{ me { id } }', {}, phone)).status !== 401 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect((await h.request('{ me { id } }', {}, phone)).status).toBe(401);
    const after = (await h.request(SESSIONS, {}, laptop)).body.data!.me.sessions;
    expect(after.map((d: { id: string }) => d.id)).toEqual([laptop.sessionId]);
  });

  test('me and logout without a caller are UNAUTHENTICATED', async () => {
    for (const query of [ME, 'mutation { logout }']) {
      const res = await h.request(query);
      expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

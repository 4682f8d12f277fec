/** Login, throttling, refresh rotation and reuse detection, logout and me, against a real subgraph and PostgreSQL. */
import { central } from '@syncad/shared-db';
import { verifyAccessToken } from '@syncad/subgraph-kit';
import { eq } from 'drizzle-orm';
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
const sessionOf = async (id: string) =>
  (await h.centralDb.db.select().from(central.Session).where(eq(central.Session.id, id)))[0];

describe('login', () => {
  test('by email (any case) with the school subdomain returns tokens, a live session and the user', async () => {
    const res = await login('  Teacher@Example.COM ', PASSWORD, h.schoolA.subdomain);
    expect(res.body.errors).toBeUndefined();
    const payload = res.body.data!.login;
    expect(payload.expiresIn).toBe(900);
    expect(payload.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(payload.user).toEqual({
      id: teacherId,
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
    expect(byId.body.data?.login.user.id).toBe(teacherId);
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
        { message: 'invalid login or password', path: ['login'], extensions: { code: 'UNAUTHENTICATED' } },
      ]);
    }
  });

  test('5 failures lock the account in every school, by email or phone, even for the right password', async () => {
    const victim = 'locked@example.com';
    await h.addUser(h.schoolA, { email: victim, phone: '+919000011111', role: 'TEACHER' });
    const victimId = (await h.loginAs(victim, h.schoolA.subdomain)).userId;
    await h.centralDb.db.insert(central.EmployeeUserSchool).values({ userId: victimId, schoolId: h.schoolB.id, roleId: h.schoolB.roles.TEACHER });
    // Concurrent guesses are all counted (the counter moves before the password is checked): 5 get through.
    const guesses = await Promise.all([1, 2, 3, 4, 5, 6, 7].map(() => login(victim, 'guess', h.schoolA.subdomain)));
    const messages = guesses.map((g) => g.body.errors?.[0].message).sort();
    expect(messages).toEqual([
      ...Array(5).fill('invalid login or password'),
      ...Array(2).fill('too many failed attempts, try again later'),
    ]);
    const locked = await login(victim, PASSWORD, h.schoolA.subdomain);
    expect(locked.body.errors?.[0]).toMatchObject({
      message: 'too many failed attempts, try again later',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // The same account through another school, or a made-up one, is the same counter.
    for (const school of [h.schoolB.subdomain, 'no-such-school']) {
      expect((await login(victim, PASSWORD, school)).body.errors?.[0].message).toBe('too many failed attempts, try again later');
    }
    // So is the account's phone number.
    expect((await login('+91-90000-11111', PASSWORD, h.schoolA.subdomain)).body.errors?.[0].message).toBe(
      'too many failed attempts, try again later',
    );

    // When the lock runs out, the right password works again and clears the counter.
    await h.centralDb.db.update(central.LoginThrottle).set({ lockedUntil: new Date(Date.now() - 1000) });
    expect((await login(victim, PASSWORD, h.schoolA.subdomain)).body.data?.login.user.email).toBe(victim);
    const rows = await h.centralDb.db.select().from(central.LoginThrottle);
    expect(rows.map((r) => r.loginKey)).not.toContain(`user:${victimId}`);
  });

  test('a success resets the failure count', async () => {
    const user = 'resets@example.com';
    await h.addUser(h.schoolA, { email: user, role: 'TEACHER' });
    for (let i = 0; i < 4; i++) await login(user, 'guess', h.schoolA.subdomain);
    expect((await login(user, PASSWORD, h.schoolA.subdomain)).body.data?.login).toBeTruthy();
    for (let i = 0; i < 4; i++) await login(user, 'guess', h.schoolA.subdomain);
    expect((await login(user, PASSWORD, h.schoolA.subdomain)).body.data?.login).toBeTruthy();
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

  test('reusing a spent token revokes the whole session, and its newest token stops working', async () => {
    const first = (await login('teacher@example.com', PASSWORD, h.schoolA.subdomain)).body.data!.login;
    const sessionId = verifyAccessToken(first.accessToken, h.jwtSecret).sessionId;
    const rotated = (await h.request(REFRESH, { token: first.refreshToken })).body.data!.refreshToken;
    const reuse = await h.request(REFRESH, { token: first.refreshToken });
    expect(reuse.body.errors?.[0]).toMatchObject({ message: 'invalid or expired refresh token', extensions: { code: 'UNAUTHENTICATED' } });
    const session = await sessionOf(sessionId);
    expect(session.revokedReason).toBe('REFRESH_TOKEN_REUSE');
    expect(session.revokedAt).not.toBeNull();
    expect((await h.request(REFRESH, { token: rotated.refreshToken })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('concurrent uses of one token: exactly one wins, the rest count as reuse', async () => {
    const first = (await login('teacher@example.com', PASSWORD, h.schoolA.subdomain)).body.data!.login;
    const results = await Promise.all([1, 2, 3].map(() => h.request(REFRESH, { token: first.refreshToken })));
    // The first to lock the row wins; the others see a spent token, which is a reuse.
    expect(results.filter((r) => r.body.data?.refreshToken).length).toBe(1);
    expect(results.filter((r) => r.body.errors?.[0].extensions?.code === 'UNAUTHENTICATED').length).toBe(2);
    const session = await sessionOf(verifyAccessToken(first.accessToken, h.jwtSecret).sessionId);
    expect(session.revokedReason).toBe('REFRESH_TOKEN_REUSE');
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

  test('me shows the user, their schools, the current school and the role\'s permissions per module', async () => {
    const caller = await h.loginAs('both@example.com', h.schoolB.subdomain);
    const res = await h.request(ME, {}, caller);
    expect(res.body.errors).toBeUndefined();
    const me = res.body.data!.me;
    expect(me).toMatchObject({ id: caller.userId, email: 'both@example.com', phone: null, selfScoped: false });
    expect(me.schools).toEqual([
      { id: h.schoolA.id, name: h.schoolA.name, subdomain: h.schoolA.subdomain, roleName: 'LIBRARIAN' },
      { id: h.schoolB.id, name: h.schoolB.name, subdomain: h.schoolB.subdomain, roleName: 'ACCOUNTANT' },
    ]);
    expect(me.currentSchool).toEqual({ id: h.schoolB.id, roleName: 'ACCOUNTANT' });
    const byModule = Object.fromEntries(me.permissions.map((p: { module: string }) => [p.module, p]));
    expect(byModule.fee).toEqual({ module: 'fee', read: true, write: true, delete: false });
    expect(byModule.library).toEqual({ module: 'library', read: false, write: false, delete: false });
    expect(me.permissions.map((p: { module: string }) => p.module)).toEqual([...me.permissions.map((p: { module: string }) => p.module)].sort());
  });

  test('me and logout without a caller are UNAUTHENTICATED', async () => {
    for (const query of [ME, 'mutation { logout }']) {
      const res = await h.request(query);
      expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

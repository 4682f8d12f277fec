/** User, role and permission administration within the caller's school, and the User entity. */
import { central } from '@syncad/shared-db';
import type { SignedIn } from '@syncad/test-support';
import { eq } from 'drizzle-orm';
import { PASSWORD, startIdentityHarness, type IdentityHarness } from './support/identityHarness';

const USERS = `query($first: Int, $after: String) {
  users(first: $first, after: $after) {
    totalCount
    edges { cursor node { id email isActive role { name } } }
    nodes { id email isActive role { name } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const CREATE = `mutation($input: CreateUserInput!) {
  createUser(input: $input) { id email phone firstName lastName isActive createdAt role { name selfScoped } }
}`;
const ASSIGN =
  'mutation($userId: ID!, $roleName: String!) { assignRole(input: { userId: $userId, roleName: $roleName }) { id role { name } } }';
const SET_PERMISSION = `mutation($roleName: String!, $module: String!, $read: Boolean!, $write: Boolean!, $delete: Boolean!) {
  setRolePermission(input: { roleName: $roleName, module: $module, read: $read, write: $write, delete: $delete }) {
    role { name permissions { module read write delete } } module read write delete
  }
}`;
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { id email role { name } } } }`;

let h: IdentityHarness;
let admin: SignedIn;
let adminB: SignedIn;
let teacherId: string;
let userOfB: string;

beforeAll(async () => {
  h = await startIdentityHarness();
  await h.addUser(h.schoolA, { email: 'admin@a.example', role: 'SCHOOL_ADMIN' });
  teacherId = await h.addUser(h.schoolA, { email: 'teacher@a.example', role: 'TEACHER' });
  userOfB = await h.addUser(h.schoolB, { email: 'admin@b.example', role: 'SCHOOL_ADMIN' });
  admin = await h.loginAs('admin@a.example', h.schoolA.subdomain);
  adminB = await h.loginAs('admin@b.example', h.schoolB.subdomain);
});
afterAll(() => h?.close());

const asAdmin = (query: string, variables: Record<string, unknown> = {}) => h.request(query, variables, admin);
const codeOf = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) => res.body.errors?.[0].extensions?.code;
const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: 'new@a.example',
  firstName: 'Asha',
  lastName: 'Rao',
  password: 'long enough',
  roleName: 'LIBRARIAN',
  ...overrides,
});

describe('users', () => {
  test('createUser stores a lower-case email and a normalised phone, gives the role, and the user can log in', async () => {
    const res = await asAdmin(CREATE, {
      input: newUser({ email: '  Asha.Rao@A.Example ', phone: '+91 (98) 111-22-333' }),
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.createUser).toMatchObject({
      email: 'asha.rao@a.example',
      phone: '+919811122333',
      firstName: 'Asha',
      lastName: 'Rao',
      isActive: true,
      role: { name: 'LIBRARIAN', selfScoped: false },
    });
    expect(new Date(res.body.data!.createUser.createdAt).toISOString()).toBe(res.body.data!.createUser.createdAt);
    const [stored] = await h.centralDb.db
      .select()
      .from(central.User)
      .where(eq(central.User.id, h.fixture.keyOf(res.body.data!.createUser.id)));
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(res.body)).not.toContain('argon2');
    const login = await h.request(
      'mutation { login(login: "+91 98111 22333", password: "long enough") { user { currentSchool { roleName } } } }',
    );
    expect(login.body.data?.login.user.currentSchool.roleName).toBe('LIBRARIAN');
  });

  test('createUser: bad input is BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ email: 'not-an-email' }, 'email'],
      [{ email: null, phone: null }, 'email'],
      [{ email: null, phone: '12ab' }, 'phone'],
      [{ password: 'short' }, 'password'],
      [{ firstName: '   ' }, 'firstName'],
      [{ roleName: 'PRINCIPAL' }, 'roleName'],
    ];
    for (const [input, field] of cases) {
      const res = await asAdmin(CREATE, { input: newUser({ email: 'bad@a.example', ...input }) });
      expect(res.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field, requestId: res.headers['x-request-id'] });
    }
  });

  test("createUser: a member's email or phone is CONFLICT; another school's account is invited, never linked silently, and nothing tells it exists", async () => {
    const conflicts = [newUser({ email: 'TEACHER@a.example' }), newUser({ email: 'fresh@a.example', phone: '+91 98111 22333' })];
    for (const input of conflicts) expect(codeOf(await asAdmin(CREATE, { input }))).toBe('CONFLICT');

    // An email with an account in school B and one nobody uses: the same answer, field for field.
    const accountOfB = await h.addUser(h.schoolB, { email: 'librarian@b.example', role: 'LIBRARIAN' });
    const typed = { firstName: 'Typed', lastName: 'ByAdminA', password: 'the admin of A chose this', roleName: 'TEACHER' };
    const invited = await asAdmin(CREATE, { input: { ...typed, email: 'librarian@b.example' } });
    const created = await asAdmin(CREATE, { input: { ...typed, email: 'nobody.yet@a.example' } });
    const shape = (res: typeof invited) => {
      const { id: _id, email: _email, createdAt, ...rest } = res.body.data!.createUser;
      return { ...rest, createdWithinAMinute: Math.abs(Date.now() - Date.parse(createdAt)) < 60_000 };
    };
    expect(invited.body.errors).toBeUndefined();
    expect(shape(invited)).toEqual(shape(created));
    expect(invited.body.data!.createUser).toMatchObject({
      email: 'librarian@b.example',
      firstName: 'Typed',
      lastName: 'ByAdminA',
      isActive: true,
    });
    // School A lists what it typed, not B's account.
    const listed = await asAdmin(`query($id: ID!) { user(id: $id) { firstName lastName email } }`, { id: accountOfB });
    expect(listed.body.data!.user).toEqual({ firstName: 'Typed', lastName: 'ByAdminA', email: 'librarian@b.example' });

    // The account keeps its own password: the one A's admin typed opens nothing.
    const withTyped = await h.request(
      'mutation($p: String!, $s: String) { login(login: "librarian@b.example", password: $p, school: $s) { accessToken } }',
      {
        p: typed.password,
        s: h.schoolA.subdomain,
      },
    );
    expect(codeOf(withTyped)).toBe('UNAUTHENTICATED');
    // Not naming a school, the person still signs in to B alone (an invitation is no second school yet).
    const plain = await h.request(
      `mutation($p: String!) { login(login: "librarian@b.example", password: $p) { user { currentSchool { subdomain } } } }`,
      {
        p: PASSWORD,
      },
    );
    expect(plain.body.data!.login.user.currentSchool.subdomain).toBe(h.schoolB.subdomain);
    // Signing in to A with their own password accepts it: A now sees the account as it is.
    await h.loginAs('librarian@b.example', h.schoolA.subdomain);
    const accepted = await asAdmin(`query($id: ID!) { user(id: $id) { firstName lastName role { name } } }`, { id: accountOfB });
    expect(accepted.body.data!.user).toEqual({ firstName: 'Test', lastName: null, role: { name: 'TEACHER' } });
    const memberships = await h.centralDb.db
      .select()
      .from(central.EmployeeUserSchool)
      .where(eq(central.EmployeeUserSchool.userId, accountOfB));
    expect(memberships.map((m) => m.invitedAt)).toEqual([null, null]);
  });

  test("users pages through the caller's school only, with cursors; first is capped at 100", async () => {
    for (let i = 0; i < 3; i++) {
      expect((await asAdmin(CREATE, { input: newUser({ email: `page${i}@a.example` }) })).body.errors).toBeUndefined();
    }
    const all = (await asAdmin(USERS, { first: 500 })).body.data!.users;
    const emails = all.edges.map((e: { node: { email: string } }) => e.node.email);
    expect(all.totalCount).toBe(emails.length);
    expect(all.nodes).toEqual(all.edges.map((e: { node: unknown }) => e.node));
    expect(emails).toEqual(expect.arrayContaining(['admin@a.example', 'teacher@a.example', 'page0@a.example', 'page2@a.example']));
    expect(emails).not.toContain('admin@b.example');
    expect(all.pageInfo.hasNextPage).toBe(false);

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { body: { data?: Record<string, any> | null } } = await asAdmin(USERS, { first: 2, after });
      const page = res.body.data!.users;
      expect(page.edges.length).toBeLessThanOrEqual(2);
      expect(page.nodes).toEqual(page.edges.map((e: { node: unknown }) => e.node));
      seen.push(...page.edges.map((e: { node: { email: string } }) => e.node.email));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(emails);
    expect(codeOf(await asAdmin(USERS, { first: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await asAdmin(USERS, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
    const ofB = (await h.request(USERS, {}, adminB)).body.data!.users.edges.map((e: { node: { email: string } }) => e.node.email);
    expect(ofB).toEqual(['admin@b.example', 'librarian@b.example']);
  });

  test("user(id) and the User entity resolve only users of the caller's school", async () => {
    const own = await asAdmin('query($id: ID!) { user(id: $id) { email role { name } } }', { id: teacherId });
    expect(own.body.data?.user).toEqual({ email: 'teacher@a.example', role: { name: 'TEACHER' } });
    for (const id of [userOfB, '00000000-0000-0000-0000-000000000000', 'not-a-uuid']) {
      const res = await asAdmin('query($id: ID!) { user(id: $id) { email } }', { id });
      expect(res.body).toEqual({ data: { user: null } });
    }
    // _entities is for the gateway only: asked of the subgraph directly, as the gateway would.
    const entities = await h.fixture.direct('identity', admin, ENTITIES, {
      reps: [
        { __typename: 'User', id: teacherId },
        { __typename: 'User', id: userOfB },
      ],
    });
    expect(entities.body.data?._entities).toEqual([
      { id: h.fixture.globalId('User', teacherId), email: 'teacher@a.example', role: { name: 'TEACHER' } },
      null,
    ]);
  });
});

describe('roles and permissions', () => {
  test("roles and modules list the school's roles and every module", async () => {
    const res = await asAdmin('{ roles { name selfScoped permissions { module } } modules { name } }');
    const roleNames = res.body.data!.roles.map((r: { name: string }) => r.name);
    expect(roleNames).toEqual(['ACCOUNTANT', 'GUARDIAN', 'LIBRARIAN', 'SCHOOL_ADMIN', 'STUDENT', 'TEACHER', 'TRANSPORT_MANAGER']);
    expect(res.body.data!.roles.find((r: { name: string }) => r.name === 'STUDENT').selfScoped).toBe(true);
    const modules = res.body.data!.modules.map((m: { name: string }) => m.name);
    expect(modules).toContain('attendance');
    expect(modules).toContain('user');
    for (const role of res.body.data!.roles) expect(role.permissions.map((p: { module: string }) => p.module)).toEqual(modules);
  });

  test("assignRole changes the role, ends the user's sessions in this school, and guards the last admin", async () => {
    const teacher = await h.loginAs('teacher@a.example', h.schoolA.subdomain);
    const res = await asAdmin(ASSIGN, { userId: teacherId, roleName: 'ACCOUNTANT' });
    expect(res.body.data?.assignRole).toEqual({ id: h.fixture.globalId('User', teacherId), role: { name: 'ACCOUNTANT' } });
    const [session] = await h.centralDb.db.select().from(central.Session).where(eq(central.Session.id, teacher.sessionId));
    expect(session.revokedReason).toBe('ROLE_CHANGED');
    expect((await h.loginAs('teacher@a.example', h.schoolA.subdomain)).roleName).toBe('ACCOUNTANT');

    expect(codeOf(await asAdmin(ASSIGN, { userId: userOfB, roleName: 'TEACHER' }))).toBe('NOT_FOUND');
    expect(codeOf(await asAdmin(ASSIGN, { userId: teacherId, roleName: 'PRINCIPAL' }))).toBe('BAD_USER_INPUT');
    // The fixture's own admin steps down first: the school then has one SCHOOL_ADMIN left.
    expect(codeOf(await asAdmin(ASSIGN, { userId: h.fixture.admin.userId, roleName: 'TEACHER' }))).toBeUndefined();
    const demoteSelf = await asAdmin(ASSIGN, { userId: admin.userId, roleName: 'TEACHER' });
    expect(demoteSelf.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  test('setRolePermission upserts the flags and notifies listeners; bad names and flags are refused', async () => {
    const listener = await h.centralDb.pool.connect();
    const heard: string[] = [];
    listener.on('notification', (n) => heard.push(`${n.channel}:${n.payload}`));
    await listener.query('LISTEN syncad_permissions_changed');
    try {
      const res = await asAdmin(SET_PERMISSION, { roleName: 'LIBRARIAN', module: 'attendance', read: true, write: true, delete: false });
      expect(res.body.errors).toBeUndefined();
      const set = res.body.data!.setRolePermission;
      expect(set).toMatchObject({ module: 'attendance', read: true, write: true, delete: false, role: { name: 'LIBRARIAN' } });
      expect(set.role.permissions.find((p: { module: string }) => p.module === 'attendance')).toEqual({
        module: 'attendance',
        read: true,
        write: true,
        delete: false,
      });
      await new Promise((r) => setTimeout(r, 100));
      expect(heard).toContain(`syncad_permissions_changed:${h.schoolA.roles.LIBRARIAN}`);
    } finally {
      await listener.query('UNLISTEN *');
      listener.release();
    }
    // The change is the school's own: the same role of school B keeps its flags.
    const inB = await h.request('{ roles { name permissions { module write } } }', {}, adminB);
    const librarianB = inB.body.data!.roles.find((r: { name: string }) => r.name === 'LIBRARIAN');
    expect(librarianB.permissions.find((p: { module: string }) => p.module === 'attendance').write).toBe(false);

    const flags = { read: true, write: false, delete: false };
    expect(codeOf(await asAdmin(SET_PERMISSION, { roleName: 'NOPE', module: 'attendance', ...flags }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await asAdmin(SET_PERMISSION, { roleName: 'TEACHER', module: 'nope', ...flags }))).toBe('BAD_USER_INPUT');
    const writeOnly = { roleName: 'TEACHER', module: 'exam', read: false, write: true, delete: false };
    expect(codeOf(await asAdmin(SET_PERMISSION, writeOnly))).toBe('BAD_USER_INPUT');
    const lockOut = { roleName: 'SCHOOL_ADMIN', module: 'user', read: true, write: false, delete: false };
    expect(codeOf(await asAdmin(SET_PERMISSION, lockOut))).toBe('CONFLICT');
  });

  test('admin operations without a caller are UNAUTHENTICATED and touch nothing', async () => {
    const before = (await h.centralDb.db.select().from(central.User)).length;
    const res = await h.request(CREATE, { input: newUser({ email: 'anon@a.example', password: PASSWORD }) });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect((await h.centralDb.db.select().from(central.User)).length).toBe(before);
    expect(codeOf(await h.request(USERS))).toBe('UNAUTHENTICATED');
  });
});

/**
 * The account lifecycle through the gateway: a person changes their own password; an admin resets
 * one, corrects a name, deactivates, reactivates or removes a membership, sees and ends a member's
 * sessions, makes custom roles; and the school's own details. Whatever ends access ends it within
 * 2 seconds, for tokens and API keys alike.
 */
import {
  ESTATE_PASSWORD,
  expectOneError,
  startSubgraphFixture,
  type HttpAnswer,
  type Member,
  type SignedIn,
  type SubgraphFixture,
} from '@syncad/test-support';

let f: SubgraphFixture;

const LOGIN = `mutation($l: String!, $p: String!, $s: String, $n: String) {
  login(login: $l, password: $p, school: $s, newPassword: $n) { accessToken }
}`;
const ROLES = '{ roles { id name builtIn selfScoped permissions { module read write delete } } }';

async function login(email: string, password: string, newPassword?: string): Promise<HttpAnswer> {
  return f.gql(null, LOGIN, { l: email, p: password, s: f.school.subdomain, n: newPassword ?? null });
}

async function signedIn(email: string, password = ESTATE_PASSWORD): Promise<SignedIn> {
  const answer = await login(email, password);
  const token = answer.body?.data?.login?.accessToken;
  if (!token) throw new Error(`login as ${email} failed: ${JSON.stringify(answer.body)}`);
  return { token } as SignedIn;
}

/**
 * Whether `check` comes true within `millis`: false only when a check begun after that time is
 * still false (a slow answer to a check begun in time does not count against it).
 */
async function within(millis: number, check: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + millis;
  for (;;) {
    const started = Date.now();
    if (await check()) return true;
    if (started > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether the token (or API key secret) is refused 401 within 2 seconds. */
function refusedWithin2s(token: string, query = '{ me { email } }'): Promise<boolean> {
  return within(2_000, async () => (await f.gql({ token } as SignedIn, query)).status === 401);
}

const code = (answer: HttpAnswer) => answer.body?.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  f = await startSubgraphFixture(['identity', 'academics'], { estateUsers: false });
});
afterAll(() => f?.close());

describe('passwords', () => {
  it('changePassword needs the current password, and ends every other session of the person', async () => {
    const teacher = await f.member('TEACHER');
    const otherDevice = await signedIn(teacher.email);
    const change = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }';
    expect(
      expectOneError(
        await f.gql(teacher, change, { i: { currentPassword: 'wrong-password', newPassword: 'a new passphrase' } }),
        200,
        'BAD_USER_INPUT',
      ).extensions?.field,
    ).toBe('currentPassword');
    expect(
      expectOneError(await f.gql(teacher, change, { i: { currentPassword: ESTATE_PASSWORD, newPassword: 'short' } }), 200, 'BAD_USER_INPUT')
        .extensions?.field,
    ).toBe('newPassword');
    expect(code(await f.gql(teacher, change, { i: { currentPassword: ESTATE_PASSWORD, newPassword: ESTATE_PASSWORD } }))).toBe(
      'BAD_USER_INPUT',
    );

    expect((await f.ok(teacher, change, { i: { currentPassword: ESTATE_PASSWORD, newPassword: 'a new passphrase' } })).changePassword).toBe(
      true,
    );
    expect(await refusedWithin2s(otherDevice.token)).toBe(true);
    expect((await f.ok(teacher, '{ me { email } }')).me.email).toBe(teacher.email);
    expect(code(await login(teacher.email, ESTATE_PASSWORD))).toBe('UNAUTHENTICATED');
    await signedIn(teacher.email, 'a new passphrase');
  });

  it('resetPassword gives a one-time password that signs in only with a new one; the old sessions end', async () => {
    const teacher = await f.member('TEACHER');
    const reset = 'mutation($i: MemberInput!) { resetPassword(input: $i) { temporaryPassword user { id displayName } } }';
    const answer = await f.ok(f.admin, reset, { i: { userId: teacher.userId } });
    const temporary: string = answer.resetPassword.temporaryPassword;
    expect(temporary).toMatch(/^[a-z2-9]{16}$/);
    expect(answer.resetPassword.user).toEqual({ id: f.globalId('User', teacher.userId), displayName: 'TEACHER Fixture' });
    expect(await refusedWithin2s(teacher.token)).toBe(true);

    expect(code(await login(teacher.email, ESTATE_PASSWORD))).toBe('UNAUTHENTICATED');
    const withoutNew = await login(teacher.email, temporary);
    expect(code(withoutNew)).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(withoutNew.body.errors[0].message).toMatch(/newPassword/);
    expect(code(await login(teacher.email, temporary, temporary))).toBe('BAD_USER_INPUT');
    expect((await login(teacher.email, temporary, 'my own passphrase')).body.data.login.accessToken).toEqual(expect.any(String));
    expect(code(await login(teacher.email, temporary))).toBe('UNAUTHENTICATED');
    await signedIn(teacher.email, 'my own passphrase');
  });

  it('resetPassword is refused for an account that is not the school’s alone, for oneself, and across schools', async () => {
    const reset = 'mutation($i: MemberInput!) { resetPassword(input: $i) { temporaryPassword } }';
    const shared = await f.member('TEACHER');
    await f.centralSql(`INSERT INTO "EmployeeUserSchool" ("userId", "schoolId", "roleId") VALUES ($1, $2, $3)`, [
      shared.userId,
      f.other.id,
      f.other.roles.TEACHER,
    ]);
    expect(expectOneError(await f.gql(f.admin, reset, { i: { userId: shared.userId } }), 200, 'FORBIDDEN').message).toMatch(/owner/);
    await signedIn(shared.email); // untouched
    expect(code(await f.gql(f.admin, reset, { i: { userId: f.admin.userId } }))).toBe('BAD_USER_INPUT');
    const elsewhere = await f.member('TEACHER', { school: f.other });
    expect(code(await f.gql(f.admin, reset, { i: { userId: elsewhere.userId } }))).toBe('NOT_FOUND');
    const librarian = await f.member('LIBRARIAN');
    expect(code(await f.gql(librarian, reset, { i: { userId: shared.userId } }))).toBe('FORBIDDEN');
  });
});

describe('memberships', () => {
  it('updateUser corrects a name: the account’s for the school’s own account, the typed one for an invitation', async () => {
    const teacher = await f.member('TEACHER');
    const update = 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { firstName lastName displayName } }';
    expect((await f.ok(f.admin, update, { i: { userId: teacher.userId, firstName: ' Meera ', lastName: 'Iyer' } })).updateUser).toEqual({
      firstName: 'Meera',
      lastName: 'Iyer',
      displayName: 'Meera Iyer',
    });
    expect((await f.ok(teacher, '{ me { firstName } }')).me.firstName).toBe('Meera');
    expect(code(await f.gql(f.admin, update, { i: { userId: teacher.userId, firstName: ' ' } }))).toBe('BAD_USER_INPUT');

    // An account of another school invited here: the school edits only what it typed.
    const elsewhere = await f.member('TEACHER', { school: f.other });
    const create = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }';
    await f.ok(f.admin, create, { i: { email: elsewhere.email, firstName: 'Typed', password: 'whatever-long', roleName: 'TEACHER' } });
    const invited = await f.ok(f.admin, update, { i: { userId: elsewhere.userId, firstName: 'Retyped' } });
    expect(invited.updateUser.firstName).toBe('Retyped');
    const own = await f.centralSql(`SELECT "firstName" FROM "User" WHERE id = $1`, [elsewhere.userId]);
    expect(own.rows[0].firstName).toBe('TEACHER');
  });

  it('deactivateMembership stops the member’s tokens and API keys within 2 s; reactivateMembership lets them back', async () => {
    const admin2 = await f.member('SCHOOL_ADMIN');
    const { secret } = (await f.ok(admin2, 'mutation { createApiKey(input: { name: "Sync", roleName: "TEACHER" }) { secret } }'))
      .createApiKey;
    expect((await f.gql({ token: secret } as SignedIn, '{ classes { name } }')).status).toBe(200);

    const deactivate = 'mutation($i: MemberInput!) { deactivateMembership(input: $i) { isActive } }';
    expect((await f.ok(f.admin, deactivate, { i: { userId: admin2.userId } })).deactivateMembership.isActive).toBe(false);
    expect(await refusedWithin2s(admin2.token)).toBe(true);
    expect(await refusedWithin2s(secret, '{ classes { name } }')).toBe(true);
    expect(code(await login(admin2.email, ESTATE_PASSWORD))).toBe('UNAUTHENTICATED');
    // Twice changes nothing.
    expect((await f.ok(f.admin, deactivate, { i: { userId: admin2.userId } })).deactivateMembership.isActive).toBe(false);

    const reactivate = 'mutation($i: MemberInput!) { reactivateMembership(input: $i) { isActive } }';
    expect((await f.ok(f.admin, reactivate, { i: { userId: admin2.userId } })).reactivateMembership.isActive).toBe(true);
    await signedIn(admin2.email);
    expect(await within(2_000, async () => (await f.gql({ token: secret } as SignedIn, '{ classes { name } }')).status === 200)).toBe(true);
  });

  it('the school keeps an active SCHOOL_ADMIN, and nobody deactivates or removes themself', async () => {
    const deactivate = 'mutation($i: MemberInput!) { deactivateMembership(input: $i) { id } }';
    const remove = 'mutation($i: MemberInput!) { removeMembership(input: $i) }';
    expect(code(await f.gql(f.admin, deactivate, { i: { userId: f.admin.userId } }))).toBe('BAD_USER_INPUT');
    expect(code(await f.gql(f.admin, remove, { i: { userId: f.admin.userId } }))).toBe('BAD_USER_INPUT');

    // Every other admin deactivated, a member administering users without being an admin meets the last one.
    const others = await f.centralSql(`SELECT "userId" FROM "EmployeeUserSchool" WHERE "roleId" = $1 AND "isActive" AND "userId" <> $2`, [
      f.school.roles.SCHOOL_ADMIN,
      f.admin.userId,
    ]);
    for (const { userId } of others.rows) await f.ok(f.admin, deactivate, { i: { userId } });
    await f.ok(f.admin, 'mutation { createRole(input: { name: "USER_MANAGER", basedOn: TEACHER }) { id } }');
    await f.ok(
      f.admin,
      'mutation { setRolePermission(input: { roleName: "USER_MANAGER", module: "user", read: true, write: true, delete: true }) { read } }',
    );
    await f.ok(f.admin, 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { email: 'user.manager@fixture.test', firstName: 'Uma', password: 'long enough pw', roleName: 'USER_MANAGER' },
    });
    const manager = await signedIn('user.manager@fixture.test', 'long enough pw');
    for (const mutation of [deactivate, remove]) {
      expect(expectOneError(await f.gql(manager, mutation, { i: { userId: f.admin.userId } }), 200, 'CONFLICT').message).toMatch(
        /SCHOOL_ADMIN/,
      );
    }
    expect(
      code(
        await f.gql(manager, 'mutation($u: ID!) { assignRole(input: { userId: $u, roleName: "TEACHER" }) { id } }', { u: f.admin.userId }),
      ),
    ).toBe('CONFLICT');
    expect((await f.ok(f.admin, '{ me { email } }')).me.email).toBe(f.admin.email);
  });

  it('removeMembership ends the member’s access at once and answers their id; they are no user of the school any more', async () => {
    const teacher = await f.member('TEACHER');
    const removed = await f.ok(f.admin, 'mutation($i: MemberInput!) { removeMembership(input: $i) }', { i: { userId: teacher.userId } });
    expect(removed.removeMembership).toBe(f.globalId('User', teacher.userId));
    expect(await refusedWithin2s(teacher.token)).toBe(true);
    expect((await f.ok(f.admin, 'query($id: ID!) { user(id: $id) { id } }', { id: teacher.userId })).user).toBeNull();
    expect(
      code(await f.gql(f.admin, 'mutation($i: MemberInput!) { removeMembership(input: $i) }', { i: { userId: teacher.userId } })),
    ).toBe('NOT_FOUND');
  });

  it('an admin lists a member’s sessions in this school only and ends one; another school’s session is NOT_FOUND', async () => {
    const teacher = await f.member('TEACHER');
    const elsewhere = await f.member('TEACHER', { school: f.other });
    const sessions = await f.ok(f.admin, 'query($u: ID!) { sessions(userId: $u) { id schoolName current } }', { u: teacher.userId });
    expect(sessions.sessions).toEqual([{ id: teacher.sessionId, schoolName: f.school.name, current: false }]);
    expect(code(await f.gql(f.admin, 'query($u: ID!) { sessions(userId: $u) { id } }', { u: elsewhere.userId }))).toBe('NOT_FOUND');

    const end = 'mutation($i: EndUserSessionInput!) { endUserSession(input: $i) }';
    expect(code(await f.gql(f.admin, end, { i: { sessionId: elsewhere.sessionId } }))).toBe('NOT_FOUND');
    expect((await f.ok(elsewhere, '{ me { email } }')).me.email).toBe(elsewhere.email);
    const teacherRole = await f.member('TEACHER');
    expect(code(await f.gql(teacherRole, end, { i: { sessionId: teacher.sessionId } }))).toBe('FORBIDDEN');
    expect((await f.ok(f.admin, end, { i: { sessionId: teacher.sessionId } })).endUserSession).toBe(true);
    expect(await refusedWithin2s(teacher.token)).toBe(true);
  });
});

describe('custom roles', () => {
  it('a role of the school’s own starts from a built-in one, is held, tuned, renamed, and deleted once nobody holds it', async () => {
    const create =
      'mutation($i: CreateRoleInput!) { createRole(input: $i) { id name builtIn selfScoped permissions { module read write delete } } }';
    const made = (await f.ok(f.admin, create, { i: { name: 'CLASS_TEACHER', basedOn: 'TEACHER', description: 'Runs one class' } }))
      .createRole;
    const roles = (await f.ok(f.admin, ROLES)).roles as Array<{ name: string; builtIn: boolean; permissions: unknown }>;
    expect(made).toMatchObject({
      name: 'CLASS_TEACHER',
      builtIn: false,
      selfScoped: false,
      permissions: roles.find((r) => r.name === 'TEACHER')!.permissions,
    });
    expect(roles.find((r) => r.name === 'TEACHER')!.builtIn).toBe(true);
    expect(code(await f.gql(f.admin, create, { i: { name: 'CLASS_TEACHER', basedOn: 'TEACHER' } }))).toBe('CONFLICT');
    expect(code(await f.gql(f.admin, create, { i: { name: 'TEACHER', basedOn: 'TEACHER' } }))).toBe('CONFLICT');
    expect(code(await f.gql(f.admin, create, { i: { name: 'class teacher', basedOn: 'TEACHER' } }))).toBe('BAD_USER_INPUT');
    expect(code(await f.gql(f.admin, create, { i: { name: 'X', basedOn: 'NOBODY' } }))).toBe('BAD_USER_INPUT');

    // Held by a new member, with flags the school then tunes: the member's requests follow them.
    const member = await f.ok(f.admin, 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { email: 'class.teacher@fixture.test', firstName: 'Class', password: 'long enough pw', roleName: 'CLASS_TEACHER' },
    });
    const holder = await signedIn('class.teacher@fixture.test', 'long enough pw');
    expect((await f.gql(holder, '{ classes { name } }')).status).toBe(200);
    await f.ok(
      f.admin,
      'mutation { setRolePermission(input: { roleName: "CLASS_TEACHER", module: "student", read: false, write: false, delete: false }) { read } }',
    );
    // Flags apply at once (NOTIFY); 5 s is the README's bound should a notification be lost.
    expect(await within(5_000, async () => (await f.gql(holder, '{ classes { name } }')).status === 403)).toBe(true);

    const update = 'mutation($i: UpdateRoleInput!) { updateRole(input: $i) { name description } }';
    expect((await f.ok(f.admin, update, { i: { roleId: made.id, name: 'FORM_TEACHER' } })).updateRole).toEqual({
      name: 'FORM_TEACHER',
      description: 'Runs one class',
    });
    const teacherRole = roles.find((r) => r.name === 'TEACHER') as unknown as { id: string };
    expect(code(await f.gql(f.admin, update, { i: { roleId: teacherRole.id, name: 'TUTOR' } }))).toBe('BAD_USER_INPUT');
    expect((await f.ok(f.admin, update, { i: { roleId: teacherRole.id, description: 'Teaches' } })).updateRole.name).toBe('TEACHER');

    const remove = 'mutation($i: DeleteRoleInput!) { deleteRole(input: $i) }';
    expect(code(await f.gql(f.admin, remove, { i: { roleId: made.id } }))).toBe('CONFLICT');
    expect(code(await f.gql(f.admin, remove, { i: { roleId: teacherRole.id } }))).toBe('BAD_USER_INPUT');
    await f.ok(f.admin, 'mutation($u: ID!) { assignRole(input: { userId: $u, roleName: "TEACHER" }) { id } }', { u: member.createUser.id });
    expect((await f.ok(f.admin, remove, { i: { roleId: made.id } })).deleteRole).toBe(made.id);
    expect(((await f.ok(f.admin, ROLES)).roles as Array<{ name: string }>).map((r) => r.name)).not.toContain('FORM_TEACHER');
    const otherSchools = await f.member('SCHOOL_ADMIN', { school: f.other });
    // Another school's admin: the role's key is NOT_FOUND there (its global id does not even open there).
    expect(code(await f.gql(otherSchools, remove, { i: { roleId: f.keyOf(teacherRole.id) } }))).toBe('NOT_FOUND');
  });
});

describe('the school’s details', () => {
  it('any member reads them; an admin changes them within bounds', async () => {
    const pupil: Member = await f.member('STUDENT');
    const read = '{ school { name subdomain district board evaluationMode timezone settings { key value } } }';
    expect((await f.ok(pupil, read)).school).toMatchObject({ subdomain: f.school.subdomain, timezone: expect.any(String), settings: [] });

    const update = 'mutation($i: UpdateSchoolInput!) { updateSchool(input: $i) { name district board timezone settings { key value } } }';
    const changed = await f.ok(f.admin, update, {
      i: { district: 'Pune', board: 'CBSE', timezone: 'Europe/London', settings: [{ key: 'receiptFooter', value: 'Thank you' }] },
    });
    expect(changed.updateSchool).toMatchObject({
      district: 'Pune',
      board: 'CBSE',
      timezone: 'Europe/London',
      settings: [{ key: 'receiptFooter', value: 'Thank you' }],
    });
    expect((await f.ok(pupil, read)).school).toMatchObject({ district: 'Pune', board: 'CBSE' });

    for (const i of [
      { timezone: 'Mars/Olympus' },
      { timezone: '+05:30' },
      { name: ' ' },
      {
        settings: [
          { key: 'a', value: '1' },
          { key: 'a', value: '2' },
        ],
      },
      { settings: [{ key: '1bad', value: 'x' }] },
    ]) {
      expect(code(await f.gql(f.admin, update, { i }))).toBe('BAD_USER_INPUT');
    }
    expect(code(await f.gql(pupil, update, { i: { district: 'Nowhere' } }))).toBe('FORBIDDEN');
    expect((await f.ok(f.admin, update, { i: { district: '' } })).updateSchool.district).toBeNull();
    // The other school is untouched.
    const otherAdmin = await f.member('SCHOOL_ADMIN', { school: f.other });
    expect((await f.ok(otherAdmin, read)).school).toMatchObject({ subdomain: f.other.subdomain, board: null, settings: [] });
  });
});

/**
 * An API key's whole life through the real gateway (identity + academics): created by a
 * SCHOOL_ADMIN with its secret shown once and stored only as a hash, used for queries and
 * introspection with its role's flags, refused for signing in, user/key administration and
 * message threads, a principal of its own (what it writes names the key, never its creator),
 * suspended while its creator no longer administers users, listed with who made it and its last
 * use, revoked (refused within 2 s) or expired (refused).
 */
import { getIntrospectionQuery } from 'graphql';
import { startSubgraphFixture, type SubgraphFixture } from '@syncad/test-support';
import { expectOneError } from '@syncad/test-support';

let f: SubgraphFixture;

const CREATE = 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id name role { name } active lastUsedAt } } }';
const KEYS = '{ apiKeys { id name role { name } active lastUsedAt revokedAt } }';

beforeAll(async () => {
  f = await startSubgraphFixture(['identity', 'academics']);
  await f.ok(f.admin, 'mutation { createStudent(input: { admissionNo: "K-1", firstName: "Keyed" }) { id } }');
}, 60_000);
afterAll(() => f?.close());

const withKey = (secret: string, query: string, variables?: Record<string, unknown>) => f.stack.graphql(query, variables, secret);

async function until(check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > 5000) throw new Error('not within 5 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return Date.now() - started;
}

it('lives: created with its secret once (only a hash stored), used, listed with its last use, revoked at once', async () => {
  const created = (await f.ok(f.admin, CREATE, { i: { name: 'Timetable sync', roleName: 'TEACHER' } })).createApiKey;
  expect(created.apiKey).toMatchObject({ name: 'Timetable sync', role: { name: 'TEACHER' }, active: true, lastUsedAt: null });
  expect(created.secret).toMatch(/^syk_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
  const stored = await f.centralSql('SELECT * FROM "ApiKey" WHERE id = $1', [created.apiKey.id]);
  // The whole random part (it may itself hold '_': splitting on it once left a letter such as "I",
  // found in "schoolId").
  const randomPart = created.secret.slice('syk_'.length + 32 + 1);
  expect(randomPart).toHaveLength(43);
  expect(JSON.stringify(stored.rows)).not.toContain(randomPart);
  expect(stored.rows[0].secretHash).toMatch(/^[0-9a-f]{64}$/);

  const used = await withKey(created.secret, '{ students { nodes { admissionNo } } }');
  expect(used.body).toEqual({ data: { students: { nodes: [{ admissionNo: 'K-1' }] } } });
  const introspected = await withKey(created.secret, getIntrospectionQuery());
  expect(introspected.body.data.__schema.queryType.name).toBe('Query');
  // TEACHER's flags apply: no fee or user rights.
  expect(expectOneError(await withKey(created.secret, '{ users { totalCount } }'), 403, 'FORBIDDEN').message).toMatch(
    /an API key cannot be used for users/,
  );

  const listed = (await f.ok(f.admin, KEYS)).apiKeys.find((k: { id: string }) => k.id === created.apiKey.id);
  expect(listed.lastUsedAt).not.toBeNull();

  const revoked = (
    await f.ok(f.admin, 'mutation($id: ID!) { revokeApiKey(input: { id: $id }) { active revokedAt } }', { id: created.apiKey.id })
  ).revokeApiKey;
  expect(revoked.active).toBe(false);
  expect(await until(async () => (await withKey(created.secret, '{ students { totalCount } }')).status === 401)).toBeLessThan(2500);
  expectOneError(await withKey(created.secret, '{ students { totalCount } }'), 401, 'UNAUTHENTICATED');
});

it('is never for signing in, me, or user and key administration, even with a role that has user rights', async () => {
  const { secret } = (await f.ok(f.admin, CREATE, { i: { name: 'Admin robot', roleName: 'SCHOOL_ADMIN' } })).createApiKey;
  const refusals = [
    'mutation { login(login: "a@b.test", password: "whatever!") { accessToken } }',
    'mutation { refreshToken(token: "x") { accessToken } }',
    '{ me { id } }',
    'mutation { logout }',
    '{ apiKeys { id } }',
    'mutation { createApiKey(input: { name: "more", roleName: "TEACHER" }) { secret } }',
    'mutation { createUser(input: { email: "x@y.test", firstName: "X", password: "long enough", roleName: "TEACHER" }) { id } }',
  ];
  for (const query of refusals) {
    const before = f.stack.subgraphRequestCount();
    expectOneError(await withKey(secret, query), 403, 'FORBIDDEN');
    expect(f.stack.subgraphRequestCount()).toBe(before);
  }
  expect((await withKey(secret, '{ students { totalCount } }')).body).toEqual({ data: { students: { totalCount: 1 } } });
});

it('is its own principal: no threads or messages of its creator, and what it writes names the key, not them', async () => {
  const teacher = f.school.users.TEACHER;
  const thread = `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`;
  await f.ok(f.admin, thread, { i: { subject: 'Private', participantIds: [teacher.id], body: 'only for us' } });
  const { secret, apiKey } = (await f.ok(f.admin, CREATE, { i: { name: 'Notice board', roleName: 'SCHOOL_ADMIN' } })).createApiKey;
  for (const query of ['{ myThreads { totalCount } }', '{ thread(id: "00000000-0000-4000-8000-000000000000") { id } }']) {
    expect(expectOneError(await withKey(secret, query), 403, 'FORBIDDEN').message).toMatch(/an API key cannot be used for/);
  }
  expectOneError(
    await withKey(secret, thread, { i: { subject: 'As the admin', participantIds: [teacher.id], body: 'hi' } }),
    403,
    'FORBIDDEN',
  );
  const published = await withKey(
    secret,
    'mutation { publishAnnouncement(input: { title: "Bus times", body: "changed" }) { publishedBy { id displayName roleName } } }',
  );
  expect(published.body).toEqual({
    data: {
      publishAnnouncement: { publishedBy: { id: f.globalId('User', apiKey.id), displayName: 'Notice board', roleName: 'SCHOOL_ADMIN' } },
    },
  });
});

it('is suspended while its creator no longer administers users in the school, and listed as such', async () => {
  const creator = await f.member('SCHOOL_ADMIN');
  const { secret, apiKey } = (await f.ok(creator, CREATE, { i: { name: 'Made by a deputy', roleName: 'TEACHER' } })).createApiKey;
  expect((await withKey(secret, '{ students { totalCount } }')).status).toBe(200);
  const assign = 'mutation($u: ID!, $r: String!) { assignRole(input: { userId: $u, roleName: $r }) { id } }';
  await f.ok(f.admin, assign, { u: creator.userId, r: 'TEACHER' });
  expect(await until(async () => (await withKey(secret, '{ students { totalCount } }')).status === 401)).toBeLessThan(2500);
  expect(expectOneError(await withKey(secret, '{ students { totalCount } }'), 401, 'UNAUTHENTICATED').message).toMatch(/suspended/);
  const listed = (await f.ok(f.admin, '{ apiKeys { id active suspended createdBy { id } } }')).apiKeys.find(
    (k: { id: string }) => k.id === apiKey.id,
  );
  expect(listed).toEqual({ id: apiKey.id, active: false, suspended: true, createdBy: { id: f.globalId('User', creator.userId) } });
  // Administering users again, the creator's key works again.
  await f.ok(f.admin, assign, { u: creator.userId, r: 'SCHOOL_ADMIN' });
  expect(await until(async () => (await withKey(secret, '{ students { totalCount } }')).status === 200)).toBeLessThan(2500);
});

it('an expired, forged or altered key is refused; managing keys needs user:write and user:read', async () => {
  const { secret, apiKey } = (
    await f.ok(f.admin, CREATE, {
      i: { name: 'Short lived', roleName: 'LIBRARIAN', expiresAt: new Date(Date.now() + 60_000).toISOString() },
    })
  ).createApiKey;
  expect((await withKey(secret, '{ books { totalCount } }')).status).toBe(200);
  await f.centralSql(`UPDATE "ApiKey" SET "expiresAt" = now() - interval '1 second' WHERE id = $1`, [apiKey.id]);
  await until(async () => (await withKey(secret, '{ books { totalCount } }')).status === 401);
  for (const forged of [`${secret.slice(0, -1)}A`, `syk_${'0'.repeat(32)}_${'A'.repeat(43)}`, 'syk_nonsense']) {
    expectOneError(await withKey(forged, '{ books { totalCount } }'), 401, 'UNAUTHENTICATED');
  }
  const teacher = await f.member('TEACHER');
  expect(expectOneError(await f.gql(teacher, CREATE, { i: { name: 'x', roleName: 'TEACHER' } }), 403, 'FORBIDDEN').message).toContain(
    'user:write',
  );
  expect(expectOneError(await f.gql(teacher, KEYS), 403, 'FORBIDDEN').message).toContain('user:read');
  const student = await f.gql(f.admin, CREATE, { i: { name: 'x', roleName: 'STUDENT' } });
  expect(student.body.errors[0].extensions).toEqual({
    code: 'BAD_USER_INPUT',
    field: 'roleName',
    requestId: student.headers['x-request-id'],
  });
  // Another school's key id is unknown here.
  const otherAdmin = await f.member('SCHOOL_ADMIN', { school: f.other });
  expect(
    (await f.gql(otherAdmin, 'mutation($id: ID!) { revokeApiKey(input: { id: $id }) { id } }', { id: apiKey.id })).body.errors[0].extensions
      .code,
  ).toBe('NOT_FOUND');
});

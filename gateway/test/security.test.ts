/**
 * The security findings' regressions, through the real stack (identity + academics + gateway over
 * two schools): opaque cursors bound to school and list, authentication before any other check,
 * no schema suggestions without a token, unknown and foreign hosts, persisted queries that tell
 * nobody what another school or role ran, the gateway's reserved aliases, and argument checks that
 * always answer alike.
 */
import { createHash, randomUUID } from 'node:crypto';
import { startSubgraphFixture, type Member, type SubgraphFixture } from '@syncad/test-support';
import { expectNoLeaks, expectOneError, postJson } from '@syncad/test-support';

let f: SubgraphFixture;
let adminB: Member;
let classId: string;
let otherDivisionId: string;

const USERS = 'query($after: String) { users(first: 1, after: $after) { edges { cursor node { id } } pageInfo { endCursor } } }';
const STUDENTS = 'query($after: String) { students(first: 1, after: $after) { pageInfo { endCursor } } }';

beforeAll(async () => {
  f = await startSubgraphFixture(['identity', 'academics']);
  adminB = await f.member('SCHOOL_ADMIN', { school: f.other });
  for (const [school, admin] of [
    [f.school, f.admin],
    [f.other, adminB],
  ] as const) {
    for (const no of ['S-1', 'S-2']) {
      await f.ok(admin, 'mutation($i: CreateStudentInput!) { createStudent(input: $i) { id } }', {
        i: { admissionNo: no, firstName: school.subdomain },
      });
    }
  }
  const y = new Date().getFullYear();
  await f.ok(f.admin, 'mutation($i: CreateAcademicYearInput!) { createAcademicYear(input: $i) { id } }', {
    i: { name: `${y}`, startDate: `${y - 1}-01-01`, endDate: `${y + 1}-12-31`, isCurrent: true },
  });
  classId = (await f.ok(f.admin, 'mutation { createClass(input: { name: "Grade 1" }) { id } }')).createClass.id;
  const other = (await f.ok(f.admin, 'mutation { createClass(input: { name: "Grade 2" }) { id } }')).createClass.id;
  otherDivisionId = (await f.ok(f.admin, 'mutation($c: ID!) { createDivision(input: { classId: $c, name: "A" }) { id } }', { c: other }))
    .createDivision.id;
}, 60_000);
afterAll(() => f?.close());

describe('cursors are opaque and bound to the school and list they came from', () => {
  it("another school's user id, a made-up one, another list's cursor and another school's cursor all get the same BAD_USER_INPUT", async () => {
    const userOfA = f.school.users.TEACHER.id;
    const cursorOfA = (await f.ok(f.admin, USERS)).users.pageInfo.endCursor;
    const studentsCursorOfB = (await f.ok(adminB, STUDENTS)).students.pageInfo.endCursor;
    const forged = [
      Buffer.from(userOfA).toString('base64url'),
      Buffer.from(randomUUID()).toString('base64url'),
      studentsCursorOfB,
      cursorOfA,
      `${cursorOfA.slice(0, -2)}AA`,
    ];
    const answers = await Promise.all(forged.map((after) => f.gql(adminB, USERS, { after })));
    for (const answer of answers) {
      expectNoLeaks(answer);
      expect(answer.body.data?.users ?? null).toBeNull();
      expect(answer.body.errors).toEqual([
        {
          message: 'after is not a cursor from this list',
          path: ['users'],
          extensions: { code: 'BAD_USER_INPUT', field: 'after', requestId: answer.headers['x-request-id'] },
        },
      ]);
    }
    // A users cursor is no students cursor either, and a genuine one pages on.
    const usersCursorOfB = (await f.ok(adminB, USERS)).users.pageInfo.endCursor;
    expect((await f.gql(adminB, STUDENTS, { after: usersCursorOfB })).body.errors?.[0].message).toBe(
      'after is not a cursor from this list',
    );
    const next = await f.ok(adminB, USERS, { after: usersCursorOfB });
    expect(next.users.edges[0].node.id).not.toBe(f.school.users.TEACHER.id);
  });
});

describe('authentication comes first', () => {
  it('a costly, deep or invalid operation without a valid token is 401, never 400, and reaches no subgraph', async () => {
    const costly = `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: students(first: 100) { nodes { classHistory { id } } }`).join(' ')} }`;
    const deep = `{ students { nodes ${'{ class { divisions '.repeat(8)}{ id }${' } }'.repeat(8)} } }`;
    for (const query of [costly, deep]) {
      for (const authorization of [undefined, 'Bearer not-a-token']) {
        const before = f.stack.subgraphRequestCount();
        const answer = await f.stack.graphql(query, undefined, undefined, authorization ? { authorization } : {});
        expectOneError(answer, 401, 'UNAUTHENTICATED');
        expect(f.stack.subgraphRequestCount()).toBe(before);
      }
    }
    // With a token, the same operations meet the limits (400).
    expect((await f.gql(f.admin, costly)).status).toBe(400);
  });

  it('validation errors carry no "Did you mean" suggestions for callers without a token', async () => {
    // Naming no public field, it is refused before parsing; naming one, it is validated without suggestions.
    expect((await f.gql(null, '{ studnts { id } }')).status).toBe(401);
    const anonymous = await f.gql(null, '{ login studnts { id } }');
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.errors.map((e: { message: string }) => e.message)).toContain('Cannot query field "studnts" on type "Query".');
    const misspelledLogin = await f.gql(null, 'mutation { logn(login: "a", password: "b") { accessToken } }');
    expect(JSON.stringify(misspelledLogin.body)).not.toMatch(/Did you mean/);
    const signedIn = await f.gql(f.admin, '{ studnts { id } }');
    expect(signedIn.body.errors[0].message).toMatch(/Did you mean "students"/);
  });

  it('a stale token does not stop a public operation (refreshing after the access token expired)', async () => {
    const answer = await f.stack.graphql('mutation { refreshToken(token: "nope") { accessToken } }', undefined, 'expired.or.bad');
    expect(answer.status).toBe(200);
    expect(answer.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('internals stay inside', () => {
  it('asking for the query plan (Apollo-Query-Plan-Experimental) gets the answer without it', async () => {
    // Root __typename makes the gateway run the query plan (rootFetches.ts), where the plan would be added.
    for (const format of ['prettified', 'internal']) {
      const answer = await f.gql(f.admin, '{ __typename classes { id } }', undefined, {
        'apollo-query-plan-experimental': '1',
        'apollo-query-plan-experimental-format': format,
      });
      expect(answer.status).toBe(200);
      expect(answer.body.data.classes).toEqual(expect.any(Array));
      expect(answer.body).not.toHaveProperty('extensions');
    }
  });
});

describe('hosts that name no school', () => {
  it("a login on an unknown subdomain is refused naming the host, not sent to the user's only school", async () => {
    const user = f.school.users.TEACHER;
    const login = 'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { accessToken } }';
    const answer = await f.gql(null, login, { l: user.email, p: f.estate.password }, { host: 'nosuch.localhost' });
    expect(expectOneError(answer, 404, 'NOT_FOUND').message).toBe('no school has the subdomain "nosuch" (host nosuch.localhost)');
    const ownHost = await f.gql(null, login, { l: user.email, p: f.estate.password }, { host: `${f.school.subdomain}.localhost` });
    expect(ownHost.body.data.login.accessToken).toBeTruthy();
  });
});

describe('hosts outside the base domain', () => {
  it('a name that is not the base domain, a school subdomain or an IP address is refused; those are served', async () => {
    const login = 'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { accessToken } }';
    const variables = { l: f.school.users.TEACHER.email, p: f.estate.password };
    for (const host of ['evil.com', 'localhost.evil.com', 'evil.com:4000']) {
      const answer = await f.gql(null, login, variables, { host });
      expect(expectOneError(answer, 404, 'NOT_FOUND').message).toMatch(/this API is not served at evil\.com|localhost\.evil\.com/);
    }
    for (const host of ['localhost', 'localhost:4000', '127.0.0.1:4000', '[::1]:4000', `${f.school.subdomain}.localhost`]) {
      const answer = await f.gql(f.admin, '{ me { email } }', undefined, { host });
      expect([host, answer.status]).toEqual([host, 200]);
    }
  });
});

describe('automatic persisted queries', () => {
  const text = `query Persisted${randomUUID().replace(/-/g, '')} { me { email } }`;
  const hash = createHash('sha256').update(text).digest('hex');
  const persisted = { persistedQuery: { version: 1, sha256Hash: hash } };
  const post = (who: Member | null, body: Record<string, unknown>) =>
    postJson(f.stack.gatewayUrl, body, who ? { authorization: `Bearer ${who.token}` } : {});
  const byHash = (who: Member | null) => post(who, { extensions: persisted });

  it('a hash is found only by callers of the school and role that registered it; without a token, 401 before any lookup', async () => {
    const teacherA = await f.member('TEACHER');
    expect((await post(f.admin, { query: text, extensions: persisted })).body.data.me.email).toBe(f.admin.email);
    // The same admin, or another admin of the school, finds it.
    expect((await byHash(f.admin)).body.data.me.email).toBe(f.admin.email);
    const otherAdminA = await f.member('SCHOOL_ADMIN');
    expect((await byHash(otherAdminA)).body.data.me.email).toBe(otherAdminA.email);
    // Another role of the school, and the admin of another school, do not: as if nobody had run it.
    for (const who of [teacherA, adminB]) {
      const answer = await byHash(who);
      expect(answer.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    }
    const anonymous = await byHash(null);
    expect(expectOneError(anonymous, 401, 'UNAUTHENTICATED')).toBeDefined();
    const unknownAnonymous = await post(null, { extensions: { persistedQuery: { version: 1, sha256Hash: 'c'.repeat(64) } } });
    expect(unknownAnonymous.status).toBe(401);
  });
});

describe("the gateway's reserved aliases", () => {
  it('an alias in the placeholder namespace of filter mode is refused, never silently dropped', async () => {
    const answer = await f.gql(f.admin, '{ __syncad_filtered: __typename me { email } }');
    expect(expectOneError(answer, 400, 'GRAPHQL_VALIDATION_FAILED').message).toMatch(/reserved by the gateway/);
  });
});

describe('argument checks answer the same way every time', () => {
  it("classRoster with an unknown class and another class's division is always NOT_FOUND (the class is checked first)", async () => {
    const query = 'query($c: ID!, $d: ID) { classRoster(classId: $c, divisionId: $d) { id } }';
    const codes = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const answer = await f.gql(f.admin, query, { c: randomUUID(), d: otherDivisionId });
      codes.add(answer.body.errors[0].extensions.code);
    }
    expect([...codes]).toEqual(['NOT_FOUND']);
    const wrongDivision = await f.gql(f.admin, query, { c: classId, d: otherDivisionId });
    expect(wrongDivision.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'divisionId',
      requestId: wrongDivision.headers['x-request-id'],
    });
  });
});

/**
 * The gateway over two small fixture subgraphs and a real estate (central + school databases):
 * permission walking, refusals before any subgraph call, tokens, sessions, the HTTP surface.
 */
import jwt from 'jsonwebtoken';
import {
  adminQuery,
  createTestEstate,
  httpRequest,
  openSession,
  postJson,
  startStack,
  type HttpAnswer,
  type Stack,
  type TestEstate,
} from '@syncad/test-support';
import { signAccessToken, signInternalContext, INTERNAL_CONTEXT_HEADER } from '@syncad/platform';
import pg from 'pg';
import { fixtureSubgraphs, received } from './fixtures/fixtureSubgraphs';

import { expectNoLeaks, expectOneError } from '@syncad/test-support';

let estate: TestEstate;
let stack: Stack;
const tokens: Record<string, string> = {};
const answers: HttpAnswer[] = [];

async function ask(query: string, token?: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) {
  const answer = await stack.graphql(query, variables, token, headers);
  answers.push(answer);
  return answer;
}

/** Asserts a FORBIDDEN 403 that reached no subgraph; returns missing as "module:action" -> paths. */
async function forbidden(query: string, token: string): Promise<Record<string, string[]>> {
  const before = stack.subgraphRequestCount();
  const error = expectOneError(await ask(query, token), 403, 'FORBIDDEN');
  expect(stack.subgraphRequestCount()).toBe(before);
  const missing: Record<string, string[]> = {};
  for (const m of error.extensions.missing) {
    missing[`${m.module}:${m.action}`] = [...m.paths].sort();
    expect(error.message).toContain(`${m.module}:${m.action}`);
  }
  return missing;
}

async function pollUntil(check: () => Promise<boolean>, seconds = 5): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not within ${seconds} s`);
}

function centralQuery(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: estate.centralUrl });
  return client.connect().then(async () => {
    try {
      return await client.query(text, values);
    } finally {
      await client.end();
    }
  });
}

function rawRequest(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return httpRequest(method, new URL(path, stack.gatewayUrl).toString(), body, headers);
}

beforeAll(async () => {
  estate = await createTestEstate({ schools: 2 });
  stack = await startStack(estate, { subgraphs: fixtureSubgraphs });
  for (const role of ['SCHOOL_ADMIN', 'TEACHER', 'ACCOUNTANT', 'LIBRARIAN']) {
    tokens[role] = (await openSession(estate.centralUrl, estate.schools[0], role, stack.jwtSecret)).token;
  }
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await estate?.drop();
});

afterAll(() => {
  for (const a of answers) expectNoLeaks(a);
});

describe('permissions, walked before any subgraph is called', () => {
  it('a mixed-module operation across two subgraphs lists every missing module:action', async () => {
    const missing = await forbidden('{ people { name grades { score } fees } grades { subject } }', tokens.LIBRARIAN);
    expect(missing).toEqual({
      'exam:read': ['grades', 'grades.subject', 'people.grades', 'people.grades.score'],
      'fee:read': ['people.fees'],
    });
  });

  it('finds forbidden fields in named and inline fragments, under aliases', async () => {
    expect(await forbidden('query { people { ...F } } fragment F on Person { name money: fees }', tokens.TEACHER)).toEqual({
      'fee:read': ['people.money'],
    });
    expect(await forbidden('{ people { ... on Person { id ... { fees } } } }', tokens.TEACHER)).toEqual({ 'fee:read': ['people.fees'] });
  });

  it('finds a forbidden field reached through an entity of another subgraph', async () => {
    expect(await forbidden('{ people { id grades { score } } }', tokens.ACCOUNTANT)).toEqual({
      'exam:read': ['people.grades', 'people.grades.score'],
    });
  });

  it("checks an abstract type's inline fragments", async () => {
    expect(await forbidden('{ search { ... on Teacher { salary } ... on Person { name } } }', tokens.TEACHER)).toEqual({
      'user:read': ['search.salary'],
    });
  });

  it('checks only the selected operation and the write flag of mutations', async () => {
    const doc = 'query Ok { people { name } } query Bad { people { fees } }';
    const ok = await stack.graphql(doc, undefined, tokens.TEACHER);
    expect(ok.status).toBe(400); // two operations and no operationName
    const auth = { authorization: `Bearer ${tokens.TEACHER}` };
    const selected = await postJson(stack.gatewayUrl, { query: doc, operationName: 'Ok' }, auth);
    expect(selected.body).toEqual({ data: { people: [{ name: 'Asha' }] } });
    const bad = await postJson(stack.gatewayUrl, { query: doc, operationName: 'Bad' }, auth);
    answers.push(selected, bad);
    expect(expectOneError(bad, 403, 'FORBIDDEN').extensions.missing).toEqual([{ module: 'fee', action: 'read', paths: ['people.fees'] }]);
    expect(await forbidden('mutation { renamePerson(id: "p1", name: "B") { id } }', tokens.TEACHER)).toEqual({
      'student:write': ['renamePerson'],
    });
    const admin = await ask('mutation { renamePerson(id: "p1", name: "B") { id name } }', tokens.SCHOOL_ADMIN);
    expect(admin.body).toEqual({ data: { renamePerson: { id: 'p1', name: 'B' } } });
  });

  it('an allowed operation reaches both subgraphs and they get the signed caller, never the raw token', async () => {
    received.length = 0;
    const before = stack.subgraphRequestCount();
    const answer = await ask('{ people { name grades { score } } whoami }', tokens.TEACHER);
    expect(answer.body).toEqual({
      data: { people: [{ name: 'Asha', grades: [{ score: 91 }] }], whoami: estate.schools[0].users.TEACHER.id },
    });
    expect(stack.subgraphRequestCount()).toBeGreaterThanOrEqual(before + 2);
    expect(received.length).toBeGreaterThanOrEqual(2);
    for (const ctx of received) {
      expect(ctx.caller).toMatchObject({ userId: estate.schools[0].users.TEACHER.id, roleName: 'TEACHER', schoolId: estate.schools[0].id });
      expect(JSON.stringify(ctx)).not.toContain(tokens.TEACHER);
    }
  });

  it('a public operation needs no token and forwards a null caller with the Host school', async () => {
    received.length = 0;
    const answer = await ask('{ ping __typename }', undefined, { host: `${estate.schools[1].subdomain}.localhost:4000` });
    expect(answer.body).toEqual({ data: { ping: 'pong', __typename: 'Query' } });
    expect(received).toEqual([{ caller: null, hostSchool: estate.schools[1].id, client: { address: '127.0.0.1', userAgent: null } }]);
    // A text that names no public field is refused before it is parsed.
    expect((await ask('{ __typename }')).status).toBe(401);
  });

  it('introspection needs a valid token', async () => {
    expectOneError(await ask('{ __schema { queryType { name } } }'), 401, 'UNAUTHENTICATED');
    const answer = await ask('{ __schema { queryType { name } } __type(name: "Person") { name } }', tokens.LIBRARIAN);
    expect(answer.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } }, __type: { name: 'Person' } } });
  });

  it('a flag changed in the database (with its NOTIFY) is obeyed on the next request', async () => {
    const roleId = estate.schools[0].roles.LIBRARIAN;
    const examGrant = `UPDATE "Role_Module_Permission" SET "read" = $2 WHERE "roleId" = $1
      AND "moduleId" = (SELECT id FROM "Module" WHERE name = 'exam')`;
    await forbidden('{ grades { score } }', tokens.LIBRARIAN); // cached as refused
    await centralQuery(examGrant, [roleId, true]);
    await centralQuery(`SELECT pg_notify('syncad_permissions_changed', $1)`, [roleId]);
    await pollUntil(async () => (await ask('{ grades { score } }', tokens.LIBRARIAN)).status === 200);
    await centralQuery(examGrant, [roleId, false]);
    await centralQuery(`SELECT pg_notify('syncad_permissions_changed', $1)`, [roleId]);
    await pollUntil(async () => (await ask('{ grades { score } }', tokens.LIBRARIAN)).status === 403);
  });
});

describe('token attacks: all UNAUTHENTICATED 401, no subgraph called', () => {
  const query = '{ people { name } }';

  async function refused(token: string | undefined, headers: Record<string, string> = {}) {
    const before = stack.subgraphRequestCount();
    expectOneError(await ask(query, token, headers), 401, 'UNAUTHENTICATED');
    expect(stack.subgraphRequestCount()).toBe(before);
  }

  it('no token, a malformed header', async () => {
    await refused(undefined);
    await refused(undefined, { authorization: 'Basic dXNlcjpwYXNz' });
    await refused('not-a-jwt');
  });

  it('alg none, a wrong key, an expired token, a tampered payload', async () => {
    const payload = jwt.decode(tokens.TEACHER) as Record<string, unknown>;
    await refused(jwt.sign(payload, '', { algorithm: 'none' }));
    await refused(jwt.sign(payload, 'w'.repeat(40), { algorithm: 'HS256' }));
    const { caller } = await openSession(estate.centralUrl, estate.schools[0], 'TEACHER', stack.jwtSecret);
    await refused(signAccessToken(caller, stack.jwtSecret, -10));
    const [h, , s] = tokens.TEACHER.split('.');
    const escalated = Buffer.from(JSON.stringify({ ...payload, rol: estate.schools[0].roles.SCHOOL_ADMIN, rnm: 'SCHOOL_ADMIN' })).toString(
      'base64url',
    );
    await refused(`${h}.${escalated}.${s}`);
  });

  it("school A's token on school B's host is refused, an unknown host is NOT_FOUND; on A's host it works", async () => {
    await refused(tokens.TEACHER, { host: `${estate.schools[1].subdomain}.localhost:4000` });
    // A Host naming no school is refused for what it is, token or not, before anything else.
    for (const token of [tokens.TEACHER, undefined]) {
      const before = stack.subgraphRequestCount();
      const unknown = expectOneError(await ask(query, token, { host: 'no-such-school.localhost' }), 404, 'NOT_FOUND');
      expect(unknown.message).toBe('no school has the subdomain "no-such-school" (host no-such-school.localhost)');
      expect(stack.subgraphRequestCount()).toBe(before);
    }
    const ok = await ask(query, tokens.TEACHER, { host: `${estate.schools[0].subdomain.toUpperCase()}.localhost:4000` });
    expect(ok.status).toBe(200);
  });

  it('a revoked session stops working within 5 s (NOTIFY clears the cache at once)', async () => {
    const { token, caller } = await openSession(estate.centralUrl, estate.schools[0], 'TEACHER', stack.jwtSecret);
    expect((await ask(query, token)).status).toBe(200);
    await centralQuery(`UPDATE "Session" SET "revokedAt" = now() WHERE id = $1`, [caller.sessionId]);
    await centralQuery(`SELECT pg_notify('syncad_session_revoked', $1)`, [caller.sessionId]);
    const ms = await pollUntil(async () => (await ask(query, token)).status === 401);
    expect(ms).toBeLessThan(5000);
  });

  it('a token for a session that does not exist is refused', async () => {
    const { caller } = await openSession(estate.centralUrl, estate.schools[0], 'TEACHER', stack.jwtSecret);
    await refused(signAccessToken({ ...caller, sessionId: '00000000-0000-4000-8000-000000000000' }, stack.jwtSecret));
  });
});

describe('subgraphs called directly', () => {
  it('refuse no context, a forged context and an expired one, with no data', async () => {
    const url = stack.subgraphUrls.people;
    const { caller } = await openSession(estate.centralUrl, estate.schools[0], 'SCHOOL_ADMIN', stack.jwtSecret);
    const contexts = [
      undefined,
      signInternalContext({ caller, hostSchool: null }, 'f'.repeat(40)),
      signInternalContext({ caller, hostSchool: null }, stack.internalKey, -5),
      tokens.SCHOOL_ADMIN, // an access token is not an internal context
    ];
    for (const ctx of contexts) {
      const answer = await postJson(url, { query: '{ people { name } }' }, ctx ? { [INTERNAL_CONTEXT_HEADER]: ctx } : {});
      expectNoLeaks(answer);
      expect(answer.body.data ?? null).toBeNull();
      expect(answer.body.errors.map((e: any) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    }
  });
});

describe('HTTP surface', () => {
  it('GET /health, 400 for GET /graphql without a query, 405 for PUT, 404 elsewhere, 413 for a large body, 400 for malformed JSON, each a coded error', async () => {
    expect(await rawRequest('GET', '/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
    const missing = await rawRequest('GET', '/nope');
    expect(missing.status).toBe(404);
    // GET /graphql is for queries (graphqlOverHttp.test.ts): without one it is a bad request; other methods 405.
    const get = await rawRequest('GET', '/graphql');
    expect(get.status).toBe(400);
    expect(get.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    const put = await rawRequest('PUT', '/graphql');
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('GET, POST, OPTIONS');
    const big = await rawRequest('POST', '/graphql', JSON.stringify({ query: `{ ping } #${'x'.repeat(1_100_000)}` }));
    expect(big.status).toBe(413);
    const bad = await rawRequest('POST', '/graphql', '{"query": ');
    expect(bad.status).toBe(400);
    for (const [a, code] of [
      [missing, 'NOT_FOUND'],
      [get, 'BAD_REQUEST'],
      [big, 'BAD_REQUEST'],
      [bad, 'BAD_REQUEST'],
    ] as const) {
      expectNoLeaks(a);
      expect(a.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code, requestId: a.headers['x-request-id'] } }] });
    }
    // A syntax error: 400 when it names a public field (parsed), 401 unparsed otherwise.
    expect((await ask('{ people { name ')).status).toBe(401);
    const parseError = await ask('{ ping { name ');
    expect(parseError.status).toBe(400);
    expect(parseError.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a browser on another origin: CORS preflight and headers on the answer', async () => {
    const origin = { origin: 'https://app.example.test' };
    const pre = await rawRequest('OPTIONS', '/graphql', undefined, {
      ...origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    });
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(pre.headers['access-control-allow-headers']).toContain('authorization');
    const answer = await rawRequest('POST', '/graphql', JSON.stringify({ query: '{ people { name } }' }), {
      ...origin,
      authorization: `Bearer ${tokens.TEACHER}`,
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBe('*');
  });

  it('no database text reaches a client when the central database is asked about a bogus session id', async () => {
    const { caller } = await openSession(estate.centralUrl, estate.schools[0], 'TEACHER', stack.jwtSecret);
    const answer = await ask('{ people { name } }', signAccessToken({ ...caller, sessionId: "x' OR 1=1 --" }, stack.jwtSecret));
    expectOneError(answer, 401, 'UNAUTHENTICATED');
    expect((await adminQuery('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });
});

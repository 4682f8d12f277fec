/**
 * What an operator sees, from real processes' stdout: one JSON access line per gateway request
 * (request id, operation, type, school, role, status, duration, error codes, subgraphs), the same
 * request id in the subgraphs' lines, in x-request-id and in every error; no token, password,
 * variable value or personal data anywhere in the logs; client errors never logged as internal;
 * /health on the gateway's public port, /ready and Prometheus /metrics on its operations port
 * (127.0.0.1, never the public one) and on a subgraph; operation names counted for signed-in
 * callers only.
 */
import { randomBytes } from 'node:crypto';
import { loadSubgraphs } from '@syncad/subgraph-kit';
import {
  createTestEstate,
  httpRequest,
  startProcessStack,
  type HttpAnswer,
  type LogLine,
  type ProcessStack,
  type TestEstate,
} from '@syncad/test-support';

let estate: TestEstate;
let stack: ProcessStack;

beforeAll(async () => {
  estate = await createTestEstate({ schools: 1 });
  stack = await startProcessStack(estate);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await estate?.drop();
});

const gatewayPath = (path: string) => stack.gatewayUrl.replace('/graphql', path);
const post = (body: unknown, headers: Record<string, string> = {}) =>
  httpRequest('POST', stack.gatewayUrl, typeof body === 'string' ? body : JSON.stringify(body), headers);

/** The gateway's access line of an answer (exactly one). */
function accessLine(answer: HttpAnswer): LogLine {
  const lines = stack.services.gateway.logs().filter((l) => l.msg === 'request' && l.requestId === answer.headers['x-request-id']);
  expect(lines).toHaveLength(1);
  return lines[0];
}

/** Logs are written as requests end; give the last lines a moment to arrive. */
const settle = () => new Promise((r) => setTimeout(r, 300));

test('access lines, request ids end to end, and nothing secret or personal in any log', async () => {
  const [school] = estate.schools;
  const marker = randomBytes(6).toString('hex');
  const secrets: string[] = [];
  const host = { host: `${school.subdomain}.localhost` };
  const LOGIN =
    'mutation Login($login: String!, $password: String!) { login(login: $login, password: $password) { accessToken refreshToken } }';

  // A failed login (wrong password) and a good one.
  const wrongPassword = `Wrong-${marker}`;
  secrets.push(wrongPassword, school.users.SCHOOL_ADMIN.email, estate.password);
  const failed = await post({ query: LOGIN, variables: { login: school.users.SCHOOL_ADMIN.email, password: wrongPassword } }, host);
  expect(failed.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', requestId: failed.headers['x-request-id'] });
  const login = await post({ query: LOGIN, variables: { login: school.users.SCHOOL_ADMIN.email, password: estate.password } }, host);
  const { accessToken, refreshToken } = login.body.data.login;
  secrets.push(accessToken, refreshToken, accessToken.split('.')[2]);
  const auth = { authorization: `Bearer ${accessToken}` };

  // A write with personal data in its variables, a search for it, a refresh.
  const firstName = `Zebedee${marker}`;
  const admissionNo = `ADM-${marker}`;
  secrets.push(firstName, admissionNo);
  const created = await post(
    {
      query: 'mutation NewStudent($i: CreateStudentInput!) { createStudent(input: $i) { id } }',
      variables: { i: { admissionNo, firstName } },
    },
    auth,
  );
  expect(created.body.errors).toBeUndefined();
  const search = await post({ query: 'query Find($s: String) { students(search: $s) { totalCount } }', variables: { s: firstName } }, auth);
  expect(search.body.data.students.totalCount).toBe(1);
  const refreshed = await post({
    query: 'mutation Refresh($t: String!) { refreshToken(token: $t) { accessToken } }',
    variables: { t: refreshToken },
  });
  expect(refreshed.body.errors).toBeUndefined();
  secrets.push(refreshed.body.data.refreshToken.accessToken);

  // Refusals: a broken token, no token, a missing permission, a parse error, an unknown host, an unknown persisted-query version.
  const brokenToken = `eyJhbGciOiJIUzI1NiJ9.${marker}.broken`;
  secrets.push(brokenToken);
  const teacher = await stack.login(school.users.TEACHER.email, estate.password, school.subdomain);
  secrets.push(teacher);
  const refusals = {
    broken: await post({ query: '{ students { totalCount } }' }, { authorization: `Bearer ${brokenToken}` }),
    anonymous: await post({ query: 'query Anonymous { students { totalCount } }' }),
    forbidden: await post({ query: 'query Users { users { totalCount } }' }, { authorization: `Bearer ${teacher}` }),
    parse: await post({ query: '{ students { ' }, auth),
    host: await post({ query: '{ me { email } }' }, { ...auth, host: `nowhere${marker}.localhost` }),
    persisted: await post({ extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } }, auth),
  };
  expect(Object.fromEntries(Object.entries(refusals).map(([k, a]) => [k, [a.status, a.body.errors?.[0]?.extensions?.code]]))).toEqual({
    broken: [401, 'UNAUTHENTICATED'],
    anonymous: [401, 'UNAUTHENTICATED'],
    forbidden: [403, 'FORBIDDEN'],
    parse: [400, 'GRAPHQL_PARSE_FAILED'],
    host: [404, 'NOT_FOUND'],
    persisted: [400, 'BAD_REQUEST'],
  });
  for (const answer of Object.values(refusals)) {
    for (const error of answer.body.errors) expect(error.extensions.requestId).toBe(answer.headers['x-request-id']);
  }

  // A caller's well-formed request id is kept (a load balancer's); a malformed one is replaced.
  const kept = await post({ query: '{ me { email } }' }, { ...auth, 'x-request-id': `lb-${marker}` });
  expect(kept.headers['x-request-id']).toBe(`lb-${marker}`);
  const replaced = await post({ query: '{ me { email } }' }, { ...auth, 'x-request-id': 'bad id\twith "quotes"' });
  expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  await settle();

  // One access line per request, with what an operator needs.
  expect(accessLine(login)).toMatchObject({
    level: 'info',
    operation: 'Login',
    type: 'mutation',
    school: school.id,
    role: null,
    status: 200,
    errorCodes: [],
    subgraphs: ['identity'],
  });
  expect(accessLine(failed)).toMatchObject({ operation: 'Login', status: 200, errorCodes: ['UNAUTHENTICATED'], subgraphs: ['identity'] });
  expect(accessLine(search)).toMatchObject({
    operation: 'Find',
    type: 'query',
    school: school.id,
    role: 'SCHOOL_ADMIN',
    status: 200,
    errorCodes: [],
    subgraphs: ['academics'],
  });
  expect(typeof accessLine(search).durationMs).toBe('number');
  expect(accessLine(refusals.anonymous)).toMatchObject({
    operation: 'Anonymous',
    status: 401,
    errorCodes: ['UNAUTHENTICATED'],
    subgraphs: [],
  });
  expect(accessLine(refusals.forbidden)).toMatchObject({
    operation: 'Users',
    type: 'query',
    role: 'TEACHER',
    status: 403,
    errorCodes: ['FORBIDDEN'],
    subgraphs: [],
  });
  expect(accessLine(refusals.persisted)).toMatchObject({ status: 400, errorCodes: ['BAD_REQUEST'] });
  // The subgraph logged the same request id.
  expect(stack.services.academics.logs().filter((l) => l.msg === 'request' && l.requestId === search.headers['x-request-id'])).toEqual([
    expect.objectContaining({ status: 200, errorCodes: [], type: 'query' }),
  ]);
  expect(stack.services.identity.logs().some((l) => l.requestId === `lb-${marker}`)).toBe(true);

  // Client errors are never logged as internal errors, and nothing secret or personal is in any line.
  const output = Object.values(stack.services).flatMap((s) => s.output);
  expect(stack.logs().filter((l) => l.level === 'error' || l.level === 'fatal')).toEqual([]);
  expect(output.filter((line) => !line.startsWith('{'))).toEqual([]);
  const text = output.join('\n');
  for (const secret of [...secrets, stack.jwtSecret, stack.internalKey, new URL(estate.centralUrl).password || stack.internalKey]) {
    expect({ secret, found: text.includes(secret) }).toEqual({ secret, found: false });
  }
  expect(text).not.toMatch(/x-syncad-context|authorization/i);
}, 60_000);

test('/health on the public port; /ready, /status and /metrics on the operations port only; on a subgraph', async () => {
  expect(await (await fetch(gatewayPath('/health'))).json()).toEqual({ status: 'ok' });
  for (const path of ['/ready', '/status', '/metrics']) expect((await fetch(gatewayPath(path))).status).toBe(404);
  const ops = stack.services.gateway.opsUrl!;
  expect(new URL(ops).hostname).toBe('127.0.0.1');
  expect(await (await fetch(new URL('health', ops))).json()).toEqual({ status: 'ok' });
  const ready = await fetch(new URL('ready', ops));
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready', checks: { schema: 'ok', 'central database': 'ok' } });
  const status = await fetch(new URL('status', ops));
  const subgraphs = loadSubgraphs().map((d) => d.name);
  expect(await status.json()).toEqual({
    status: 'ok',
    checks: { schema: 'ok', 'central database': 'ok', ...Object.fromEntries(subgraphs.map((name) => [name, 'ok (circuit closed)'])) },
  });

  // 300 refused anonymous requests with distinct names take none of the metric's bounded names.
  const [school] = estate.schools;
  for (let i = 0; i < 301; i++)
    await post({ query: `query Flood${i} { students { totalCount } }` }, { host: `${school.subdomain}.localhost` });
  const teacher = await stack.login(school.users.TEACHER.email, estate.password, school.subdomain);
  await post({ query: 'query AfterTheFlood { me { email } }' }, { authorization: `Bearer ${teacher}` });
  const metrics = await (await fetch(new URL('metrics', ops))).text();
  expect(metrics).not.toMatch(/Flood\d/);
  expect(metrics).toMatch(/syncad_gateway_requests_total\{operation="anonymous",type="unknown",outcome="UNAUTHENTICATED"\} 3\d\d/);
  for (const expected of [
    /syncad_gateway_requests_total\{operation="AfterTheFlood",type="query",outcome="ok"\} 1/,
    /syncad_gateway_requests_total\{operation="anonymous",type="mutation",outcome="ok"\} [1-9]/,
    /syncad_gateway_requests_total\{operation="Users",type="query",outcome="FORBIDDEN"\} 1/,
    /syncad_gateway_request_duration_seconds_count\{operation="Find",type="query",outcome="ok"\} 1/,
    /syncad_gateway_subgraph_request_duration_seconds_count\{subgraph="academics",outcome="ok"\} [1-9]/,
    /syncad_gateway_subgraph_requests_in_flight\{subgraph="identity"\} 0/,
    /syncad_gateway_operations_executed_total\{way="straight"\} [1-9]/,
    /syncad_db_pool_connections\{pool="central",server="default",state="total"\} [1-9]/,
    /syncad_cache_lookups_total\{cache="sessions",result="hit"\} [1-9]/,
    /syncad_cache_lookups_total\{cache="role_permissions",result="miss"\} [1-9]/,
    /syncad_process_resident_memory_bytes [1-9]/,
  ]) {
    expect(metrics).toMatch(expected);
  }

  const academics = stack.services.academics.url;
  expect((await fetch(new URL('health', academics))).status).toBe(200);
  expect(await (await fetch(new URL('ready', academics))).json()).toEqual({ status: 'ready', checks: { database: 'ok' } });
  const subgraphMetrics = await (await fetch(new URL('metrics', academics))).text();
  expect(subgraphMetrics).toMatch(/syncad_academics_requests_total\{operation="[^"]+",type="query",outcome="ok"\} [1-9]/);
  expect(subgraphMetrics).toMatch(/syncad_db_pool_connections\{pool="school",server="default",state="total"\} [1-9]/);
  expect(subgraphMetrics).toMatch(/syncad_cache_lookups_total\{cache="school_directory",result="hit"\} [1-9]/);
  // Probes are logged at debug level only (the operations port not at all): the info log is not flooded by health checks.
  expect(stack.services.gateway.logs().filter((l) => l.path === '/health')).toEqual([]);
});

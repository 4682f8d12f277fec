/**
 * The hostile-input corpus (corpus.ts) against a live gateway over every real subgraph and two
 * schools: every request gets a 4xx or coded GraphQL errors (never a 5xx or a reset connection),
 * the gateway stays up, every school table is unchanged afterwards, and none of it is logged as
 * an internal error.
 */
import http from 'node:http';
import { createLogger } from '@syncad/platform';
import { startSubgraphFixture, type EstateSchool, type SubgraphFixture } from '@syncad/test-support';
import { fixedCases, schemaCases, type HostileRequest } from './corpus';

/** Codes a refusal may carry: the closed set (less INTERNAL_SERVER_ERROR) and GraphQL's and Apollo's own request codes. */
const ALLOWED_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

let f: SubgraphFixture;
const logLines: Array<Record<string, unknown>> = [];
let refreshToken: string;

beforeAll(async () => {
  // Every service's log lines, kept to check that no refusal was logged as an internal error.
  const destination = { write: (line: string) => void logLines.push(JSON.parse(line)) };
  f = await startSubgraphFixture(undefined, { logger: (service) => createLogger(service, { destination, pretty: false }) });
  await f.ok(f.admin, 'mutation { createStudent(input: { admissionNo: "H-1", firstName: "Asha" }) { id } }');
  await f.ok(f.admin, 'mutation { createClass(input: { name: "Grade 1" }) { id } }');
  const login = await f.gql(
    null,
    'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { refreshToken } }',
    { l: f.school.users.TEACHER.email, p: f.estate.password },
    { host: `${f.school.subdomain}.localhost` },
  );
  refreshToken = login.body.data.login.refreshToken;
}, 60_000);
afterAll(() => f?.close());

/** A digest of every row of every table of a school's database. */
async function checksums(school: EstateSchool): Promise<Record<string, string>> {
  const tables = await f.sql(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    [],
    school,
  );
  const sums: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const r = await f.sql(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${name}" t`,
      [],
      school,
    );
    sums[name] = `${r.rows[0].n}:${r.rows[0].sum}`;
  }
  return sums;
}

interface Answer {
  status?: number;
  body?: any;
  error?: string;
}

function send(c: HostileRequest, adminToken: string): Promise<Answer> {
  const url = new URL(c.path ?? '/graphql', f.stack.gatewayUrl);
  const body =
    c.body === undefined ? undefined : typeof c.body === 'string' || Buffer.isBuffer(c.body) ? c.body : JSON.stringify(c.body.json);
  // The strict media type: a refusal answers its 4xx (application/json would get 200 with the errors).
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...c.headers };
  if (headers['content-type'] === '') delete headers['content-type'];
  if (body !== undefined && !c.headers?.['content-length']) headers['content-length'] = String(Buffer.byteLength(body));
  const auth = c.auth ?? 'admin';
  if (auth === 'admin') headers.authorization = `Bearer ${adminToken}`;
  else if (auth !== 'none') headers.authorization = auth.header;
  return new Promise((resolve) => {
    const req = http.request(url, { method: c.method ?? 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (err) => resolve({ error: `response: ${err.message}` }));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // not JSON
        }
        resolve({ status: res.statusCode, body: parsed });
      });
    });
    req.setTimeout(30_000, () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', (err) => resolve({ error: `request: ${err.message}` }));
    req.end(body);
  });
}

/** What is wrong with an answer, or null. */
function judge(c: HostileRequest, a: Answer): string | null {
  if (a.error || a.status === undefined) return `no answer (${a.error})`;
  if (a.status >= 500) return `HTTP ${a.status}`;
  if (c.status !== undefined && a.status !== c.status) return `HTTP ${a.status}, expected ${c.status}`;
  const errors = Array.isArray(a.body?.errors) ? (a.body.errors as Array<{ extensions?: { code?: unknown } }>) : null;
  if (errors) {
    const bad = errors.map((e) => e.extensions?.code).filter((code) => typeof code !== 'string' || !ALLOWED_CODES.has(code));
    return bad.length ? `error codes ${JSON.stringify(bad)}` : null;
  }
  if (a.status >= 400) return [404, 405].includes(a.status) ? null : `HTTP ${a.status} without coded errors`;
  if (c.servable === 'empty') {
    const found = Object.values<unknown>(a.body?.data ?? {}).filter((v) => v !== null && !(Array.isArray(v) && v.length === 0));
    return found.length ? `served data for a malformed value: ${JSON.stringify(found).slice(0, 100)}` : null;
  }
  return c.servable ? null : 'served, but it should have been refused';
}

test('every hostile request is refused cleanly (4xx or coded errors), the gateway stays up, no school table changes, nothing is logged as internal', async () => {
  const schools = f.estate.schools;
  const before = await Promise.all(schools.map(checksums));
  const corpus = [
    ...fixedCases({ jwtSecret: f.stack.jwtSecret, internalKey: f.stack.internalKey, caller: f.admin, refreshToken }),
    ...schemaCases(f.stack.gateway.apiSchema()!),
  ];
  expect(corpus.length).toBeGreaterThanOrEqual(60);
  expect(new Set(corpus.map((c) => c.category))).toEqual(
    new Set(['body', 'content type', 'method', 'document', 'values', 'unicode', 'token', 'sql injection']),
  );

  const problems: Array<{ name: string; problem: string; status?: number; body?: string }> = [];
  for (const c of corpus) {
    const answer = await send(c, f.admin.token);
    const problem = judge(c, answer);
    // CORPUS_REPORT=1 prints what each request got, for reading the corpus's answers.
    if (process.env.CORPUS_REPORT)
      console.log(
        [c.category, c.name, answer.status, (answer.body?.errors ?? []).map((e: any) => e.extensions?.code).join(',')].join(' | '),
      );
    if (problem)
      problems.push({ name: `${c.category}: ${c.name}`, problem, status: answer.status, body: JSON.stringify(answer.body)?.slice(0, 300) });
  }
  expect(problems).toEqual([]);

  // Still up and serving.
  expect((await f.ok(f.admin, '{ students { totalCount } }')).students.totalCount).toBe(1);
  expect(f.stack.gateway.httpServer.listening).toBe(true);
  // Nothing written.
  expect(await Promise.all(schools.map(checksums))).toEqual(before);
  // No refusal logged as an internal error; every request has its access line.
  expect(logLines.filter((l) => l.level === 'error' || l.level === 'fatal')).toEqual([]);
  expect(logLines.filter((l) => l.service === 'gateway' && l.msg === 'request').length).toBeGreaterThanOrEqual(corpus.length);
}, 240_000);

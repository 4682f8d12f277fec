/**
 * Anonymous traffic costs bounded memory: 1,000 distinct ~500 KB operations from callers without
 * a valid token (half with no token, half with a forged bearer token: the token is checked before
 * the body is read, so both meet the anonymous body cap) leave the gateway process's resident
 * memory within 100 MB of where it started, and a signed-in caller is served throughout. Smaller
 * anonymous texts are refused before parsing unless they name a public field, and parsed with a
 * token bound when they do.
 * The gateway runs as its real bundle; memory is read from /proc.
 */
import fs from 'node:fs';
import { createTestEstate, httpRequest, startProcessStack, type ProcessStack, type TestEstate } from '@syncad/test-support';

const REQUESTS = 1_000;
const CONCURRENCY = 8;

let estate: TestEstate;
let stack: ProcessStack;
let token: string;
let host: Record<string, string>;

beforeAll(async () => {
  estate = await createTestEstate({ schools: 1 });
  stack = await startProcessStack(estate, { subgraphs: ['identity'] });
  const [school] = estate.schools;
  host = { host: `${school.subdomain}.localhost` };
  token = await stack.login(school.users.SCHOOL_ADMIN.email, estate.password, school.subdomain);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await estate?.drop();
});

function residentMegabytes(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

/** A distinct ~500 KB operation that names `login` (so the forged-token half is parsed, up to the bound). */
function largeOperation(i: number): string {
  const fields = Array.from({ length: 60_000 }, (_, k) => `f${i}_${k}`).join(' ');
  return JSON.stringify({ query: `mutation Big${i} { login(login: "x", password: "y") { ${fields} } }` });
}

const signedInAnswers = async () => {
  const answer = await httpRequest('POST', stack.gatewayUrl, JSON.stringify({ query: '{ me { email } }' }), {
    ...host,
    authorization: `Bearer ${token}`,
  });
  expect(answer.status).toBe(200);
  expect(answer.body.data.me.email).toBe(estate.schools[0].users.SCHOOL_ADMIN.email);
};

test('1,000 distinct 500 KB anonymous operations leave the gateway within 100 MB and serving', async () => {
  const pid = stack.services.gateway.pid;
  // Warm: the first requests load code paths and caches that would otherwise count as growth.
  for (let i = 0; i < 20; i++) await signedInAnswers();
  const before = residentMegabytes(pid);
  let next = 0;
  const statuses = new Map<number, number>();
  const worker = async () => {
    while (next < REQUESTS) {
      const i = next++;
      const body = largeOperation(i);
      expect(body.length).toBeGreaterThan(500_000);
      const forged: Record<string, string> = i % 2 === 1 ? { authorization: `Bearer forged.${i}.token` } : {};
      const answer = await httpRequest('POST', stack.gatewayUrl, body, { ...host, ...forged });
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (i % 100 === 0) await signedInAnswers();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const after = residentMegabytes(pid);
  // No valid token (none or a forged one): over the anonymous body cap, refused unread. Nothing served.
  expect(Object.fromEntries(statuses)).toEqual({ 413: REQUESTS });
  expect(after - before).toBeLessThan(100);
  await signedInAnswers();
}, 240_000);

test('a body without a token is capped far below the signed-in cap, and a text naming no public field is refused unparsed', async () => {
  const small = await httpRequest('POST', stack.gatewayUrl, JSON.stringify({ query: `{ students(first: 1) { totalCount } }` }), host);
  expect(small.status).toBe(401);
  expect(small.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  // A syntax error without a token names nothing public: 401 too (no parse happens).
  const broken = await httpRequest('POST', stack.gatewayUrl, JSON.stringify({ query: '{ students(' }), host);
  expect(broken.status).toBe(401);
  const padded = JSON.stringify({ query: `mutation { login(login: "a", password: "b") { accessToken } } # ${'x'.repeat(20_000)}` });
  const tooLarge = await httpRequest('POST', stack.gatewayUrl, padded, host);
  expect(tooLarge.status).toBe(413);
  expect(tooLarge.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  // A forged token on a private operation: the token's own error, not a parse.
  const forged = await httpRequest('POST', stack.gatewayUrl, JSON.stringify({ query: '{ students(first: 1) { totalCount } }' }), {
    ...host,
    authorization: 'Bearer forged.token.here',
  });
  expect(forged.status).toBe(401);
  // A public operation over the anonymous token bound (1,000), under the body cap: refused unparsed.
  const aliases = Array.from({ length: 400 }, (_, k) => `a${k}: accessToken`).join(' ');
  const manyTokens = await httpRequest(
    'POST',
    stack.gatewayUrl,
    JSON.stringify({ query: `mutation { login(login: "a", password: "b") { ${aliases} } }` }),
    host,
  );
  expect(manyTokens.status).toBe(401);
  // The same size with a token is read and served.
  const signedIn = await httpRequest('POST', stack.gatewayUrl, JSON.stringify({ query: `{ me { email } } # ${'x'.repeat(20_000)}` }), {
    ...host,
    authorization: `Bearer ${token}`,
  });
  expect(signedIn.status).toBe(200);
  expect(signedIn.body.data.me.email).toBeDefined();
});

test('a signed-in operation over the parser token bound is refused as a parse failure', async () => {
  const fields = Array.from({ length: 100_001 }, (_, k) => `f${k}`).join(' ');
  const answer = await httpRequest('POST', stack.gatewayUrl, JSON.stringify({ query: `{ me { ${fields} } }` }), {
    ...host,
    authorization: `Bearer ${token}`,
  });
  expect(answer.status).toBe(400);
  expect(answer.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  expect(answer.body.errors[0].message).toMatch(/more that 100000 tokens/);
});

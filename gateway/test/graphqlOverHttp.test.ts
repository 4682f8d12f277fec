/**
 * GraphQL over HTTP, to the letter, through the real gateway: the graphql-http package's server
 * audit, signed in, passes every item (MUST, SHOULD and the MAYs of GET); a refused request's
 * status follows the media type the client accepts (4xx for application/graphql-response+json,
 * 200 with errors for application/json, 401 for a missing token in both); GET runs queries only,
 * and only with a header a cross-site page cannot send without a preflight.
 */
import { serverAudits } from 'graphql-http';
import { httpRequest, startSubgraphFixture, type Member, type SubgraphFixture } from '@syncad/test-support';

let f: SubgraphFixture;
let teacher: Member;

beforeAll(async () => {
  f = await startSubgraphFixture(['identity']);
  teacher = await f.member('TEACHER');
}, 60_000);
afterAll(() => f?.close());

const JSON_TYPE = 'application/json';
const RESPONSE_TYPE = 'application/graphql-response+json';

function post(query: string, accept: string | null, token?: string) {
  return httpRequest('POST', f.stack.gatewayUrl, JSON.stringify({ query }), {
    accept: accept ?? undefined,
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });
}

function get(params: Record<string, string>, headers: Record<string, string> = {}) {
  const url = new URL(f.stack.gatewayUrl);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return httpRequest('GET', url.toString(), undefined, { 'content-type': undefined, ...headers });
}

test("graphql-http's server audit passes every item, signed in", async () => {
  const token = f.admin.token;
  const audits = serverAudits({
    url: f.stack.gatewayUrl,
    fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
  });
  expect(audits.length).toBeGreaterThan(50);
  const failed: string[] = [];
  for (const audit of audits) {
    const result = await audit.fn();
    if (result.status !== 'ok') failed.push(`${audit.name}: ${result.reason}`);
  }
  expect(failed).toEqual([]);
});

test('a refused request answers 4xx to application/graphql-response+json and 200 with its errors to application/json', async () => {
  const forbidden = '{ users(first: 1) { totalCount } }';
  for (const accept of [JSON_TYPE, null, '*/*']) {
    const answer = await post(forbidden, accept, teacher.token);
    expect({ accept, status: answer.status, codes: answer.body.errors.map((e: any) => e.extensions.code) }).toEqual({
      accept,
      status: 200,
      codes: ['FORBIDDEN'],
    });
    expect(answer.body.data).toBeUndefined();
  }
  const strict = await post(forbidden, `${RESPONSE_TYPE}, ${JSON_TYPE};q=0.9`, teacher.token);
  expect([strict.status, strict.headers['content-type']]).toEqual([403, `${RESPONSE_TYPE}; charset=utf-8`]);
  // Parse and validation failures alike.
  expect((await post('{ me {', JSON_TYPE, teacher.token)).status).toBe(200);
  expect((await post('{ me {', RESPONSE_TYPE, teacher.token)).status).toBe(400);
  expect((await post('{ nope }', JSON_TYPE, teacher.token)).status).toBe(200);
  expect((await post('{ nope }', RESPONSE_TYPE, teacher.token)).status).toBe(400);
  // No token is an HTTP matter: 401 whatever the client accepts.
  for (const accept of [JSON_TYPE, RESPONSE_TYPE]) expect((await post('{ me { email } }', accept)).status).toBe(401);
});

test('GET runs a signed-in query, never a mutation, and nothing without a header that forces a preflight', async () => {
  const auth = { authorization: `Bearer ${teacher.token}`, accept: JSON_TYPE };
  const me = await get({ query: 'query Me($x: Boolean = true) { me @include(if: $x) { email } }', variables: '{"x": true}' }, auth);
  expect([me.status, me.body]).toEqual([200, { data: { me: { email: teacher.email } } }]);

  const logout = await get({ query: 'mutation { logout }' }, auth);
  expect(logout.status).toBe(405);
  expect(logout.body.data).toBeUndefined();
  // The session is still live: the mutation never ran.
  expect((await post('{ me { email } }', JSON_TYPE, teacher.token)).body.data.me.email).toBe(teacher.email);

  // A cross-site page can make a browser send a simple GET (no Authorization): refused, not run.
  const simple = await get({ query: '{ __typename }' });
  expect(simple.status).toBe(400);
  expect(simple.body.errors[0].message).toMatch(/CSRF/);

  const preflight = await httpRequest('OPTIONS', f.stack.gatewayUrl, undefined, {
    origin: 'https://app.example.test',
    'access-control-request-method': 'GET',
    'access-control-request-headers': 'authorization',
  });
  expect(String(preflight.headers['access-control-allow-methods']).split(/,\s*/)).toContain('GET');
  expect((await httpRequest('PUT', f.stack.gatewayUrl, '{}')).status).toBe(405);
});

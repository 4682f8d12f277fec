/**
 * What common GraphQL clients send, through the real gateway: the CORS preflight allows the
 * headers Apollo Client, OpenTelemetry and Sentry add, and the introspection query of current
 * graphql-js (`getIntrospectionQuery({ oneOf: true })`) is answered, not a 500.
 */
import { getIntrospectionQuery } from 'graphql';
import { httpRequest, startSubgraphFixture, type SubgraphFixture } from '@syncad/test-support';

let f: SubgraphFixture;

beforeAll(async () => {
  f = await startSubgraphFixture(['identity']);
}, 60_000);
afterAll(() => f?.close());

test('the preflight allows the headers clients and tracing add', async () => {
  const wanted = [
    'apollographql-client-name',
    'apollographql-client-version',
    'traceparent',
    'tracestate',
    'baggage',
    'sentry-trace',
    'idempotency-key',
  ];
  const answer = await httpRequest('OPTIONS', f.stack.gatewayUrl, undefined, {
    origin: 'https://app.example.test',
    'access-control-request-method': 'POST',
    'access-control-request-headers': wanted.join(','),
  });
  expect(answer.status).toBe(204);
  const allowed = String(answer.headers['access-control-allow-headers']).split(/,\s*/);
  expect(allowed).toEqual(expect.arrayContaining(wanted));
});

test('the introspection query with isOneOf is answered', async () => {
  const answer = await f.gql(f.admin, getIntrospectionQuery({ oneOf: true, specifiedByUrl: true, inputValueDeprecation: true }));
  expect(answer.status).toBe(200);
  expect(answer.body.errors).toBeUndefined();
  const decimal = answer.body.data.__schema.types.find((t: { name: string }) => t.name === 'Decimal');
  // No @specifiedBy pointing at a domain the project does not control.
  expect(decimal.specifiedByURL ?? null).toBeNull();
  const input = answer.body.data.__schema.types.find((t: { kind: string }) => t.kind === 'INPUT_OBJECT');
  expect(input.isOneOf).toBe(false);
});

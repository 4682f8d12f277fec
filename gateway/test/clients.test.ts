/**
 * What common GraphQL clients send, through the real gateway (every subgraph): the CORS preflight
 * allows the headers Apollo Client, OpenTelemetry and Sentry add, and the introspection query of
 * the installed graphql-js with every option on (`oneOf` included) is answered, not a 500, with
 * exactly the schema committed as gateway/api-schema.graphql.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';
import { httpRequest, startSubgraphFixture, type SubgraphFixture } from '@syncad/test-support';

let f: SubgraphFixture;

beforeAll(async () => {
  f = await startSubgraphFixture();
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

test('the introspection query with every option on is answered with the committed API schema', async () => {
  const query = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  });
  const answer = await f.gql(f.admin, query);
  expect(answer.status).toBe(200);
  expect(answer.body.errors).toBeUndefined();
  const committed = fs.readFileSync(path.join(__dirname, '..', 'api-schema.graphql'), 'utf8');
  expect(printSchema(buildClientSchema(answer.body.data as IntrospectionQuery))).toBe(printSchema(buildSchema(committed)));
  // Every @specifiedBy names a published specification.
  const urls = (answer.body.data as IntrospectionQuery).__schema.types.flatMap((t) =>
    'specifiedByURL' in t && t.specifiedByURL ? [t.specifiedByURL] : [],
  );
  expect(urls.sort()).toEqual(['https://scalars.graphql.org/andimarek/date-time', 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6']);
  const decimal = answer.body.data.__schema.types.find((t: { name: string }) => t.name === 'Decimal');
  // No @specifiedBy pointing at a domain the project does not control.
  expect(decimal.specifiedByURL ?? null).toBeNull();
  const input = answer.body.data.__schema.types.find((t: { kind: string }) => t.kind === 'INPUT_OBJECT');
  expect(input.isOneOf).toBe(false);
});

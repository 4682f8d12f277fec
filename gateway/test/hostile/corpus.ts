/**
 * The hostile-input corpus: malformed and malicious requests a public GraphQL endpoint meets.
 * Every one must get a 4xx or GraphQL errors with a code (never a 5xx or a reset connection),
 * leave the gateway up and leave every school table as it was. A few are legitimate requests
 * with hostile values (an injection string as a search term): those may also be served, and say
 * so with `servable`.
 *
 * The fixed cases are listed here; `schemaCases` adds one case per argument-taking field of the
 * API schema with an SQL injection string in every string argument (reads with well-formed ids;
 * writes with the injection string plus a NUL, so none of them can succeed and change data).
 */
import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isLeafType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

export interface HostileRequest {
  name: string;
  category: string;
  method?: string;
  /** Default /graphql. */
  path?: string;
  headers?: Record<string, string>;
  /** A raw body, or { json } to send JSON.stringify(json). */
  body?: string | Buffer | { json: unknown };
  /** The Authorization header: the admin's token (default), none, or a given header value. */
  auth?: 'admin' | 'none' | { header: string };
  /**
   * A legitimate request carrying hostile values: being served (200, no errors) is right too;
   * 'empty' only with nothing found (every field null or an empty list), e.g. a lookup by a malformed id.
   */
  servable?: boolean | 'empty';
  /** The status it must get, when only one is right. */
  status?: number;
}

export interface CorpusContext {
  jwtSecret: string;
  internalKey: string;
  /** A real caller the forged tokens copy their claims from. */
  caller: { userId: string; sessionId: string; schoolId: string; roleId: string; roleName: string; selfScoped: boolean };
  refreshToken: string;
}

export const SQL_INJECTIONS = [
  `' OR '1'='1`,
  `'; DROP TABLE "Student"; --`,
  `1; UPDATE "Student" SET "firstName" = 'x' --`,
  `' UNION SELECT "passwordHash" FROM "User" --`,
  `$$; DELETE FROM "Student"; $$`,
  `\\'; TRUNCATE "Student" CASCADE; --`,
];

const gql = (query: string, variables?: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  json: { query, variables, ...extra },
});
const ME = '{ me { email } }';

/** An access token like identity's (claims, issuer, audience), with `claims` and `options` overriding. */
function token(ctx: CorpusContext, claims: Record<string, unknown>, options: jwt.SignOptions = {}, secret = ctx.jwtSecret): string {
  const c = ctx.caller;
  const base = { sub: c.userId, sid: c.sessionId, sch: c.schoolId, rol: c.roleId, rnm: c.roleName, ss: c.selfScoped };
  return jwt.sign({ ...base, ...claims }, secret, {
    algorithm: 'HS256',
    issuer: 'syncad-identity',
    audience: 'syncad-api',
    expiresIn: 600,
    ...options,
  });
}

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function fixedCases(ctx: CorpusContext): HostileRequest[] {
  const valid = token(ctx, {});
  const [header, payload, signature] = valid.split('.');
  const tampered = `${header}.${b64({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), rnm: 'SCHOOL_ADMIN', sch: randomUUID() })}.${signature}`;
  const bearer = (value: string) => ({ header: `Bearer ${value}` });
  const deepSelection = (depth: number) => `{ ${'me { '.repeat(depth)}email${' }'.repeat(depth)} }`;
  const deepJson = (depth: number) =>
    `{"query":"mutation($i: CreateClassInput!) { createClass(input: $i) { id } }","variables":{"i":{"name":${'['.repeat(depth)}1${']'.repeat(depth)}}}}`;

  return [
    // --- The HTTP request itself.
    { category: 'body', name: 'invalid JSON (cut short)', body: '{"query": ', status: 400 },
    { category: 'body', name: 'invalid JSON (trailing garbage)', body: '{"query":"{ me { email } }"} trailing', status: 400 },
    { category: 'body', name: 'JSON null', body: 'null', status: 400 },
    { category: 'body', name: 'JSON string', body: '"{ me { email } }"', status: 400 },
    { category: 'body', name: 'JSON number', body: '42', status: 400 },
    { category: 'body', name: 'empty body', body: '', status: 400 },
    { category: 'body', name: 'empty object', body: '{}', status: 400 },
    { category: 'body', name: 'query is a number', body: { json: { query: 5 } }, status: 400 },
    { category: 'body', name: 'query is an object', body: { json: { query: { kind: 'Document' } } }, status: 400 },
    { category: 'body', name: 'variables is a string', body: { json: { query: ME, variables: 'x' } }, status: 400 },
    { category: 'body', name: 'variables is an array', body: { json: { query: ME, variables: [1, 2] } }, status: 400 },
    { category: 'body', name: 'operationName is an object', body: { json: { query: ME, operationName: {} } }, status: 400 },
    { category: 'body', name: 'extensions is a string', body: { json: { query: ME, extensions: 'x' } }, status: 400 },
    {
      category: 'body',
      name: 'invalid UTF-8 bytes',
      body: Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0xc0, 0xaf, 0x22, 0x3a, 0x31, 0x7d]),
      status: 400,
    },
    { category: 'body', name: 'NUL bytes in the query text', body: { json: { query: '{ me { email } }\u0000\u0000' } }, status: 400 },
    { category: 'body', name: 'JSON nested 100,000 deep in a variable', body: deepJson(100_000) },
    { category: 'body', name: 'a body just over 1 MB', body: { json: { query: `${ME} #${'x'.repeat(1_100_000)}` } }, status: 413 },
    { category: 'body', name: 'a 10 MB body', body: Buffer.alloc(10 * 1024 * 1024, 0x61), status: 413 },
    {
      category: 'body',
      name: 'a content-length of 100 MB announced',
      headers: { 'content-length': String(100 * 1024 * 1024) },
      body: '{}',
      status: 413,
    },
    {
      category: 'content type',
      name: 'text/plain (a CSRF attempt)',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: ME }),
      status: 400,
    },
    {
      category: 'content type',
      name: 'form-urlencoded',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B+me+%7B+email+%7D+%7D',
      status: 400,
    },
    {
      category: 'content type',
      name: 'multipart/form-data',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ me { email } }\r\n--x--\r\n',
      status: 400,
    },
    { category: 'content type', name: 'application/graphql', headers: { 'content-type': 'application/graphql' }, body: ME, status: 400 },
    {
      category: 'content type',
      name: 'application/xml',
      headers: { 'content-type': 'application/xml' },
      body: '<query>{ me { email } }</query>',
      status: 400,
    },
    {
      category: 'content type',
      name: 'no content type',
      headers: { 'content-type': '' },
      body: JSON.stringify({ query: ME }),
      status: 400,
    },
    {
      category: 'method',
      name: 'GET with a mutation',
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('mutation { logout }')}`,
      status: 405,
    },
    {
      category: 'method',
      name: 'GET without a header that forces a preflight (CSRF)',
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('{ __typename }')}`,
      headers: { 'content-type': '' },
      auth: 'none',
      status: 400,
    },
    { category: 'method', name: 'PUT', method: 'PUT', body: { json: { query: ME } }, status: 405 },
    { category: 'method', name: 'DELETE', method: 'DELETE', status: 405 },
    {
      category: 'method',
      name: 'a path outside the API',
      method: 'POST',
      path: '/graphql/../../etc/passwd',
      body: { json: { query: ME } },
      status: 404,
    },
    { category: 'method', name: 'a path with encoded NUL', method: 'GET', path: '/graphql%00.json', status: 404 },

    // --- GraphQL documents.
    { category: 'document', name: 'a parse error', body: gql('{ me { email '), status: 400 },
    { category: 'document', name: 'selections nested 20,000 deep', body: gql(deepSelection(20_000)) },
    { category: 'document', name: 'selections nested 100 deep', body: gql(deepSelection(100)), status: 400 },
    {
      category: 'document',
      name: '5,000 aliases',
      body: gql(`{ ${Array.from({ length: 5_000 }, (_, i) => `a${i}: me { email }`).join(' ')} }`),
      status: 400,
    },
    {
      category: 'document',
      name: '2,000 repeated directives',
      body: gql(`{ me ${'@include(if: true) '.repeat(2_000)}{ email } }`),
      status: 400,
    },
    { category: 'document', name: 'an unknown directive flood', body: gql(`{ me ${'@evil '.repeat(2_000)}{ email } }`), status: 400 },
    {
      category: 'document',
      name: 'a fragment cycle',
      body: gql('query { me { ...A } } fragment A on Me { ...B } fragment B on Me { ...A }'),
      status: 400,
    },
    {
      category: 'document',
      name: 'a fragment bomb',
      body: gql(
        `{ me { ...F0 } } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Me { email ${i < 29 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join(' ')}`,
      ),
      status: 400,
    },
    { category: 'document', name: 'a batched array', body: { json: [{ query: ME }, { query: ME }] }, status: 400 },
    { category: 'document', name: 'an empty batch', body: { json: [] }, status: 400 },
    { category: 'document', name: 'an unknown operationName', body: gql(`query A ${ME}`, undefined, { operationName: 'B' }), status: 400 },
    { category: 'document', name: 'two operations and no operationName', body: gql(`query A ${ME} query B ${ME}`), status: 400 },
    { category: 'document', name: 'a subscription', body: gql('subscription { me { email } }'), status: 400 },
    { category: 'document', name: 'an unknown field', body: gql('{ passwords { hash } }'), status: 400 },
    { category: 'document', name: 'an unknown argument', body: gql('{ students(where: "1=1") { totalCount } }'), status: 400 },
    { category: 'document', name: 'a required variable missing', body: gql('query($id: ID!) { student(id: $id) { id } }'), status: 400 },
    {
      category: 'document',
      name: 'a variable of an unknown type',
      body: gql('query($id: Evil!) { student(id: $id) { id } }', { id: 'x' }),
      status: 400,
    },
    { category: 'document', name: 'a 10 KB operation name', body: gql(`query ${'N'.repeat(10_000)} ${ME}`), servable: true },
    {
      category: 'document',
      name: 'a persisted query of an unknown version',
      body: { json: { extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } } },
      status: 400,
    },
    {
      category: 'document',
      name: 'a persisted query of an unknown hash',
      body: { json: { extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } } },
    },
    {
      category: 'document',
      name: 'introspection without a token',
      auth: 'none',
      body: gql('{ __schema { types { name } } }'),
      status: 401,
    },

    // --- Values.
    { category: 'values', name: 'an id that is no UUID', body: gql('{ student(id: "not-a-uuid") { id } }') },
    { category: 'values', name: 'a UUID with a bad digit', body: gql('{ student(id: "00000000-0000-0000-0000-00000000000g") { id } }') },
    { category: 'values', name: 'a 10 KB id', body: gql('query($id: ID!) { student(id: $id) { id } }', { id: 'f'.repeat(10_000) }) },
    {
      category: 'values',
      name: 'an id with a NUL',
      body: gql('query($id: ID!) { student(id: $id) { id } }', { id: `${randomUUID()}\u0000` }),
    },
    {
      category: 'values',
      name: 'February 30th',
      body: gql(`{ classRegister(classId: "${randomUUID()}", from: "2024-02-30", to: "2024-03-01") { __typename } }`),
      status: 400,
    },
    {
      category: 'values',
      name: 'month 13',
      body: gql('query($d: Date!) { classRegister(classId: "00000000-0000-4000-8000-000000000000", from: $d, to: $d) { __typename } }', {
        d: '2024-13-01',
      }),
      status: 400,
    },
    {
      category: 'values',
      name: 'a five-digit year',
      body: gql('query($d: Date) { overdueIssues(asOf: $d) { id } }', { d: '99999-01-01' }),
      status: 400,
    },
    {
      category: 'values',
      name: 'a negative year',
      body: gql('query($d: Date) { overdueIssues(asOf: $d) { id } }', { d: '-0001-01-01' }),
      status: 400,
    },
    {
      category: 'values',
      name: 'a date without zero padding',
      body: gql('query($d: Date) { overdueIssues(asOf: $d) { id } }', { d: '2024-1-1' }),
      status: 400,
    },
    {
      category: 'values',
      name: 'a date as a number',
      body: gql('query($d: Date) { overdueIssues(asOf: $d) { id } }', { d: 20240101 }),
      status: 400,
    },
    {
      category: 'values',
      name: 'a decimal of 1e309',
      body: gql('mutation($i: CreateGradeBandInput!) { createGradeBand(input: $i) { id } }', {
        i: { grade: 'A', minPercent: '1e309', maxPercent: '100.00' },
      }),
      status: 400,
    },
    {
      category: 'values',
      name: 'a decimal NaN',
      body: gql('mutation($i: CreateGradeBandInput!) { createGradeBand(input: $i) { id } }', {
        i: { grade: 'A', minPercent: 'NaN', maxPercent: '100.00' },
      }),
      status: 400,
    },
    {
      category: 'values',
      name: 'a decimal with 20 digits',
      body: gql('mutation($i: CreateGradeBandInput!) { createGradeBand(input: $i) { id } }', {
        i: { grade: 'A', minPercent: '99999999999999999999.99', maxPercent: '100.00' },
      }),
    },
    {
      category: 'values',
      name: 'a decimal as a float number',
      body: gql('mutation($i: CreateGradeBandInput!) { createGradeBand(input: $i) { id } }', {
        i: { grade: 'A', minPercent: 0.1, maxPercent: '100.00' },
      }),
      status: 400,
    },
    { category: 'values', name: 'first: 2^31 (past Int)', body: gql('{ students(first: 2147483648) { totalCount } }'), status: 400 },
    { category: 'values', name: 'first: -1', body: gql('{ students(first: -1) { totalCount } }') },
    {
      category: 'values',
      name: 'first: 1e100 in a variable',
      body: gql('query($n: Int) { students(first: $n) { totalCount } }', { n: 1e100 }),
      status: 400,
    },
    { category: 'values', name: 'first: 1.5', body: gql('query($n: Int) { students(first: $n) { totalCount } }', { n: 1.5 }), status: 400 },
    {
      category: 'values',
      name: 'an SQL injection as a page cursor',
      body: gql('query($a: String) { students(after: $a) { totalCount } }', { a: `' OR 1=1 --` }),
    },
    {
      category: 'values',
      name: 'an enum value that does not exist',
      body: gql('{ leaveApplications(status: DROP_TABLE) { id } }'),
      status: 400,
    },
    {
      category: 'values',
      name: 'a 900 KB search string',
      body: gql('query($s: String) { students(search: $s) { totalCount } }', { s: 'x'.repeat(900_000) }),
    },
    {
      category: 'values',
      name: 'a search with a NUL',
      body: gql('query($s: String) { students(search: $s) { totalCount } }', { s: 'Ann\u0000' }),
    },

    // --- Unicode.
    {
      category: 'unicode',
      name: 'emoji and ZWJ sequences',
      body: gql('query($s: String) { students(search: $s) { totalCount } }', { s: '👩‍👩‍👧‍👦🏳️‍🌈' }),
      servable: true,
    },
    {
      category: 'unicode',
      name: 'right-to-left override',
      body: gql('query($s: String) { students(search: $s) { totalCount } }', { s: 'abc\u202Egpj.exe' }),
      servable: true,
    },
    {
      category: 'unicode',
      name: 'a lone surrogate',
      body: '{"query":"query($s: String) { students(search: $s) { totalCount } }","variables":{"s":"\\ud800x"}}',
      servable: true,
    },
    {
      category: 'unicode',
      name: '1,000 combining marks',
      body: gql('query($s: String) { students(search: $s) { totalCount } }', { s: `a${'\u0301'.repeat(1_000)}` }),
    },
    {
      category: 'unicode',
      name: 'LIKE wildcards',
      body: gql('query($s: String) { students(search: $s) { totalCount } }', { s: '%_%\\' }),
      servable: true,
    },
    // The UTF-8 bytes as they travel (Node's client only sends header text byte for byte as latin1).
    { category: 'unicode', name: 'a Host of unicode', headers: { host: Buffer.from('ß☃.localhost').toString('latin1') }, body: gql(ME) },

    // --- Tokens of every broken kind.
    { category: 'token', name: 'no Bearer prefix', auth: { header: valid }, status: 401, body: gql(ME) },
    { category: 'token', name: 'Bearer and nothing', auth: { header: 'Bearer' }, status: 401, body: gql(ME) },
    { category: 'token', name: 'Basic credentials', auth: { header: 'Basic YWRtaW46YWRtaW4=' }, status: 401, body: gql(ME) },
    { category: 'token', name: 'garbage', auth: bearer('not.a.token'), status: 401, body: gql(ME) },
    { category: 'token', name: 'alg none', auth: bearer(`${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`), status: 401, body: gql(ME) },
    {
      category: 'token',
      name: 'HS512 with the right secret (algorithm not pinned)',
      auth: bearer(token(ctx, {}, { algorithm: 'HS512' })),
      status: 401,
      body: gql(ME),
    },
    { category: 'token', name: 'signed with another secret', auth: bearer(token(ctx, {}, {}, 'y'.repeat(64))), status: 401, body: gql(ME) },
    {
      category: 'token',
      name: 'signed with the internal key',
      auth: bearer(token(ctx, {}, {}, ctx.internalKey)),
      status: 401,
      body: gql(ME),
    },
    { category: 'token', name: 'expired', auth: bearer(token(ctx, {}, { expiresIn: -60 })), status: 401, body: gql(ME) },
    { category: 'token', name: 'another issuer', auth: bearer(token(ctx, {}, { issuer: 'evil' })), status: 401, body: gql(ME) },
    { category: 'token', name: 'a tampered payload (role and school)', auth: bearer(tampered), status: 401, body: gql(ME) },
    {
      category: 'token',
      name: 'a session that does not exist',
      auth: bearer(token(ctx, { sid: randomUUID() })),
      status: 401,
      body: gql(ME),
    },
    {
      category: 'token',
      name: 'an SQL injection as the session id',
      auth: bearer(token(ctx, { sid: `' OR 1=1 --` })),
      status: 401,
      body: gql(ME),
    },
    { category: 'token', name: 'a 12 KB token', auth: bearer(`${header}.${'A'.repeat(12_000)}.${signature}`), status: 401, body: gql(ME) },
    { category: 'token', name: 'a refresh token as the access token', auth: bearer(ctx.refreshToken), status: 401, body: gql(ME) },
    {
      category: 'token',
      name: 'a forged internal context header sent to the gateway',
      headers: { 'x-syncad-context': 'forged' },
      auth: 'none',
      body: gql(ME),
      status: 401,
    },
  ];
}

/** A value of `type` for an argument: `text` for strings and ids, well-formed values for the rest (so the strings get through). */
function valueFor(type: GraphQLInputType, text: string, id: string, depth = 0): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [valueFor(inner.ofType, text, id, depth)];
  const named = getNamedType(inner);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    if (depth > 3) return {};
    return Object.fromEntries(Object.values(named.getFields()).map((f) => [f.name, valueFor(f.type, text, id, depth + 1)]));
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'ID':
        return id;
      case 'String':
        return text;
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'Date':
        return '2024-01-15';
      case 'DateTime':
        return '2024-01-15T10:00:00Z';
      case 'Decimal':
        return '1.00';
    }
  }
  return text;
}

function hasText(type: GraphQLInputType, depth = 0): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'String' || named.name === 'ID';
  if (isInputObjectType(named) && depth < 4) return Object.values(named.getFields()).some((f) => hasText(f.type, depth + 1));
  return false;
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, args: readonly GraphQLArgument[]): string {
  const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const uses = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind} Hostile${kind === 'query' ? 'Read' : 'Write'}(${defs}) { ${field.name}(${uses})${selection} }`;
}

/** One case per field taking text: every string argument holds an SQL injection string. */
export function schemaCases(schema: GraphQLSchema): HostileRequest[] {
  const cases: HostileRequest[] = [];
  let n = 0;
  const injection = () => SQL_INJECTIONS[n++ % SQL_INJECTIONS.length];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    // Page cursors are checked before anything else: left out, so the other strings reach the SQL.
    const args = field.args.filter((a) => a.name !== 'after' && (hasText(a.type) || isNonNullType(a.type)));
    if (!args.some((a) => hasText(a.type))) continue;
    // Strings hostile, ids well-formed: the strings reach the SQL. Then the ids hostile too.
    cases.push({
      category: 'sql injection',
      name: `Query.${field.name}: strings`,
      servable: true,
      body: gql(
        operation('query', field, args),
        Object.fromEntries(args.map((a) => [a.name, valueFor(a.type, injection(), randomUUID())])),
      ),
    });
    if (args.some((a) => getNamedType(a.type).name === 'ID')) {
      const text = injection();
      cases.push({
        category: 'sql injection',
        name: `Query.${field.name}: ids`,
        servable: 'empty',
        body: gql(operation('query', field, args), Object.fromEntries(args.map((a) => [a.name, valueFor(a.type, text, text)]))),
      });
    }
  }
  for (const field of Object.values(schema.getMutationType()!.getFields())) {
    if (!field.args.some((a) => hasText(a.type))) continue;
    // With a NUL the text cannot be stored: the write must be refused, whatever else it does.
    const text = `${injection()}\u0000`;
    cases.push({
      category: 'sql injection',
      name: `Mutation.${field.name}`,
      body: gql(
        operation('mutation', field, field.args),
        Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type, text, text)])),
      ),
    });
  }
  return cases;
}

/**
 * Cross-school isolation derived from the schema, over the demo estate (two schools seeded as
 * `npm start` seeds them) behind the real gateway and every subgraph: every ID-typed argument or
 * input field, at any depth, of every query and mutation of the API is tried by school A's admin
 * with an ID of each kind of school B's records (collected from B's databases), and must answer
 * exactly as it does for an ID that exists nowhere (the IDs themselves masked); so is school A's
 * demo guardian (self-scoped: their own children's records only). A field added tomorrow is
 * covered without editing this test.
 */
import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { adminQuery, databaseUrl, DEMO_PASSWORD, postJson, startDemoStack, testAdminUrl, type Stack } from '@syncad/test-support';
import { sampleScalar } from './fixtures/sampleScalars';

type Value = unknown;
const TARGET = Symbol('target');
const MAX_INPUT_DEPTH = 3;

let stack: Stack;
let guardianA: string;
let centralName: string;
let stop: () => Promise<void>;
let tokenA: string;
let kindsOfB: Array<{ kind: string; id: string }>;
let run = 0;

beforeAll(async () => {
  const demo = await startDemoStack();
  ({ stack, stop } = demo);
  centralName = new URL(demo.estate.centralUrl).pathname.slice(1);
  tokenA = await stack.login('admin@demo.test', DEMO_PASSWORD, 'demo');
  guardianA = await stack.login('guardian@demo.test', DEMO_PASSWORD, 'demo');
  // B's admin signs in too: their session is one of B's kinds of record.
  await stack.login('admin@riverside.test', DEMO_PASSWORD, 'riverside');
  kindsOfB = await collectKindsOfB(centralName);
}, 180_000);
afterAll(() => stop?.());

/** One ID of every kind of record school B has: each table of its database with a uuid id, and its users, roles and sessions. */
async function collectKindsOfB(centralName: string): Promise<Array<{ kind: string; id: string }>> {
  const schoolUrl = databaseUrl(testAdminUrl(), `${centralName}_riverside`);
  const tables = await adminQuery(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid' ORDER BY 1`,
    schoolUrl,
  );
  const kinds: Array<{ kind: string; id: string }> = [];
  for (const { table_name: table } of tables.rows) {
    const row = await adminQuery(`SELECT id FROM "${table}" LIMIT 1`, schoolUrl);
    if (row.rows[0]) kinds.push({ kind: table, id: row.rows[0].id });
  }
  const centralUrl = databaseUrl(testAdminUrl(), centralName);
  const central = await adminQuery(
    `SELECT 'User' AS kind, m."userId" AS id FROM "EmployeeUserSchool" m JOIN "School" s ON s.id = m."schoolId" WHERE s.subdomain = 'riverside'
     UNION ALL SELECT 'Role', r.id FROM "Role" r JOIN "School" s ON s.id = r."schoolId" WHERE s.subdomain = 'riverside'
     UNION ALL SELECT 'Session', x.id FROM "Session" x JOIN "School" s ON s.id = x."schoolId" WHERE s.subdomain = 'riverside'
     UNION ALL SELECT 'School', s.id FROM "School" s WHERE s.subdomain = 'riverside'`,
    centralUrl,
  );
  const seen = new Set<string>();
  for (const row of central.rows) {
    if (seen.has(row.kind)) continue;
    seen.add(row.kind);
    kinds.push({ kind: row.kind, id: row.id });
  }
  return kinds;
}

/** A value for a required argument or input field (strings unique per request, so no create collides with another). */
function requiredValue(type: GraphQLInputType, depth: number): Value {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return [requiredValue(nullable.ofType as GraphQLInputType, depth)];
  const named = getNamedType(type);
  if (isEnumType(named)) return { enum: named.getValues()[0].name };
  if (isInputObjectType(named)) {
    const out: Record<string, Value> = {};
    if (depth > MAX_INPUT_DEPTH) return out;
    for (const f of Object.values(named.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = requiredValue(f.type, depth + 1);
    }
    return out;
  }
  if (named.name === 'ID') return randomUUID();
  if (named.name === 'String') return `zq${run++}zq`;
  return sampleScalar(named.name);
}

/** Every path (argument, input fields, list items) at which an ID goes, to MAX_INPUT_DEPTH. */
function idPaths(type: GraphQLInputType, depth: number): string[][] {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return idPaths(nullable.ofType as GraphQLInputType, depth).map((p) => ['0', ...p]);
  const named = getNamedType(type);
  if (named.name === 'ID') return [[]];
  if (!isInputObjectType(named) || depth > MAX_INPUT_DEPTH) return [];
  return Object.values(named.getFields()).flatMap((f) => idPaths(f.type, depth + 1).map((p) => [f.name, ...p]));
}

/** `value` with the ID at `path` replaced by the target variable (optional parents made with their required fields). */
function withTarget(type: GraphQLInputType, value: Value, path: string[], depth: number): Value {
  if (path.length === 0) return TARGET;
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    const items = Array.isArray(value) && value.length ? value : [requiredValue(nullable.ofType as GraphQLInputType, depth)];
    return [withTarget(nullable.ofType as GraphQLInputType, items[0], path.slice(1), depth), ...items.slice(1)];
  }
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return TARGET;
  const object = { ...((value ?? requiredValue(type, depth)) as Record<string, Value>) };
  const field = named.getFields()[path[0]];
  object[field.name] = withTarget(
    field.type,
    object[field.name] ?? requiredValue(getNullableType(field.type) as GraphQLInputType, depth + 1),
    path.slice(1),
    depth + 1,
  );
  return object;
}

function literal(value: Value): string {
  if (value === TARGET) return '$target';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value && typeof value === 'object') {
    if ('enum' in (value as object) && Object.keys(value as object).length === 1) return String((value as { enum: string }).enum);
    return `{ ${Object.entries(value as Record<string, Value>)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

interface Probe {
  coordinate: string;
  query: string;
}

/** One operation per ID position of every root field: the position takes $target, every other required argument a fixed value. */
function probes(schema: GraphQLSchema): Probe[] {
  const out: Probe[] = [];
  for (const [keyword, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root!.getFields()) as GraphQLField<unknown, unknown>[]) {
      const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
      const base = (a: GraphQLArgument) => (isNonNullType(a.type) && a.defaultValue === undefined ? requiredValue(a.type, 0) : undefined);
      for (const arg of field.args) {
        for (const path of idPaths(arg.type, 0)) {
          const args = field.args
            .map((a) => [a.name, a === arg ? withTarget(a.type, base(a), path, 0) : base(a)] as const)
            .filter(([, v]) => v !== undefined)
            .map(([name, v]) => `${name}: ${literal(v)}`);
          out.push({
            coordinate: `${root!.name}.${field.name}(${[arg.name, ...path].join('.')})`,
            query: `${keyword}($target: ID!) { ${field.name}(${args.join(', ')})${selection} }`,
          });
        }
      }
    }
  }
  return out;
}

/** The answer with the probed ID, other UUIDs, unique strings and request ids masked. */
function masked(answer: { status: number; body: unknown }, target: string): string {
  const text = JSON.stringify(answer.body)
    .replaceAll(target, '<target>')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
    .replace(/zq\d+zq/g, '<s>')
    .replace(/"requestId":"[^"]*"/g, '"requestId":"-"');
  return `${answer.status} ${text}`;
}

test.each([
  ['admin', () => tokenA],
  ['guardian', () => guardianA],
])(
  "every ID argument of every root field answers another school's IDs exactly as IDs that exist nowhere (school A's %s)",
  async (_who, token) => {
    const all = probes(stack.gateway.apiSchema()!);
    expect(all.length).toBeGreaterThan(50);
    expect(kindsOfB.length).toBeGreaterThan(20);
    const differences: string[] = [];
    for (const probe of all) {
      // Fresh unique strings each time: a create that succeeds must not make the next one a duplicate.
      const ask = (target: string) =>
        postJson(
          stack.gatewayUrl,
          { query: probe.query.replace(/zq\d+zq/g, () => `zq${run++}zq`), variables: { target } },
          { authorization: `Bearer ${token()}` },
        );
      const nowhere = randomUUID();
      const expected = masked(await ask(nowhere), nowhere);
      for (const { kind, id } of kindsOfB) {
        const got = masked(await ask(id), id);
        if (got !== expected) differences.push(`${probe.coordinate} with a ${kind} of B:\n  nowhere: ${expected}\n  B's:     ${got}`);
      }
    }
    console.log(
      `${all.length} ID positions of root fields x ${kindsOfB.length} kinds of school B's records, each against an ID that exists nowhere`,
    );
    expect(differences).toEqual([]);
  },
  600_000,
);

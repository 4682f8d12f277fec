/**
 * The API schema integrators see by introspection, checked over the live gateway: every field says
 * what it requires (and it is the rule the gateway enforces), roots and fields added to another
 * subgraph's entity are nullable, the error codes are an enum matching the code and the README,
 * the custom scalars are specified, and every list that can grow without bound is a connection.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  getIntrospectionQuery,
  buildClientSchema,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  parse,
  type GraphQLSchema,
} from 'graphql';
import { loadSubgraphs } from '@syncad/subgraph-kit';
import { HTTP_STATUS, isModuleDirective, REQUEST_ERROR_CODES } from '@syncad/platform';
import { startSubgraphFixture, type SubgraphFixture } from '@syncad/test-support';
import { describeRequirements } from '../src/permissions/describeRequirements';

let f: SubgraphFixture;
let schema: GraphQLSchema;

beforeAll(async () => {
  f = await startSubgraphFixture();
  const answer = await f.gql(f.admin, getIntrospectionQuery({ descriptions: true, specifiedByUrl: true }));
  schema = buildClientSchema(answer.body.data);
}, 60_000);
afterAll(() => f?.close());

const objectTypes = () =>
  Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith('__')) as import('graphql').GraphQLObjectType[];

it("every field's description ends with the permission the gateway enforces for it", () => {
  const rules = f.stack.gateway.rules()!;
  const wrong: string[] = [];
  for (const type of objectTypes()) {
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      const expected = describeRequirements(rules.get(coordinate) ?? []);
      const lastLine = (field.description ?? '').trim().split('\n').pop();
      if (lastLine !== expected) wrong.push(`${coordinate}: "${lastLine}" instead of "${expected}"`);
    }
  }
  expect(wrong).toEqual([]);
  expect(schema.getQueryType()!.getFields().me.description).toMatch(/\n\nRequires: sign-in$/);
  expect(schema.getMutationType()!.getFields().login.description).toMatch(/\n\nPublic$/);
});

it("root queries are nullable, and so is every field a subgraph adds to another subgraph's entity", () => {
  const nonNullRoots = Object.values(schema.getQueryType()!.getFields())
    .filter((q) => isNonNullType(q.type))
    .map((q) => q.name);
  expect(nonNullRoots).toEqual([]);
  // An entity's owner is the subgraph putting @module on the type; fields other subgraphs write into it are theirs.
  const added: string[] = [];
  const definitions = loadSubgraphs().map((s) => ({ name: s.name, doc: parse(s.sdl) }));
  for (const { doc } of definitions) {
    for (const def of doc.definitions) {
      if (def.kind !== Kind.OBJECT_TYPE_DEFINITION || !def.directives?.some((d) => d.name.value === 'key')) continue;
      const owner = definitions.find((d) =>
        d.doc.definitions.some(
          (o) => o.kind === Kind.OBJECT_TYPE_DEFINITION && o.name.value === def.name.value && o.directives?.some(isModuleDirective),
        ),
      );
      if (owner?.doc === doc) continue;
      for (const field of def.fields ?? []) {
        const keyField = def.directives.some((d) => d.name.value === 'key' && JSON.stringify(d).includes(`"${field.name.value}"`));
        if (!keyField) added.push(`${def.name.value}.${field.name.value}`);
      }
    }
  }
  const nonNull = added.filter((c) => {
    const [type, field] = c.split('.');
    return isNonNullType((schema.getType(type) as import('graphql').GraphQLObjectType).getFields()[field].type);
  });
  expect(nonNull).toEqual([]);
});

it('the error codes are a documented enum equal to the closed set in the code and the README table', () => {
  const closedSet = [...Object.keys(HTTP_STATUS), ...REQUEST_ERROR_CODES].sort();
  const errorCode = schema.getType('ErrorCode') as import('graphql').GraphQLEnumType;
  expect(
    errorCode
      .getValues()
      .map((v) => v.name)
      .sort(),
  ).toEqual(closedSet);
  for (const value of errorCode.getValues()) expect(value.description).toBeTruthy();
  const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('### Errors'), readme.indexOf('The same codes are the schema'));
  const documented = [...table.matchAll(/^\| ([^|]+) \|/gm)].flatMap((m) => [...m[1].matchAll(/`([A-Z_]+)`/g)].map((c) => c[1]));
  expect([...new Set(documented)].sort()).toEqual(closedSet);
});

it('the custom scalars carry descriptions, and @specifiedBy only where a public specification exists', () => {
  const specified: Record<string, string | null> = {
    Date: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
    DateTime: 'https://scalars.graphql.org/andimarek/date-time',
    // No public specification: the description is the contract (never a URL of a domain the project does not control).
    Decimal: null,
  };
  for (const [name, url] of Object.entries(specified)) {
    const scalar = schema.getType(name);
    expect(isScalarType(scalar)).toBe(true);
    expect((scalar as import('graphql').GraphQLScalarType).specifiedByURL ?? null).toBe(url);
    expect(scalar!.description).toBeTruthy();
  }
});

it('every list that can grow without bound is a connection of one shape; the others say they are bounded', () => {
  const problems: string[] = [];
  for (const type of objectTypes()) {
    const connection = type.name.endsWith('Connection');
    if (connection) {
      const fields = Object.keys(type.getFields()).sort();
      if (fields.join() !== 'edges,nodes,pageInfo,totalCount') problems.push(`${type.name} has ${fields.join(', ')}`);
    }
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (named.name.endsWith('Connection') && type.name !== 'Mutation') {
        const args = field.args.map((a) => a.name);
        if (!args.includes('first') || !args.includes('after')) problems.push(`${type.name}.${field.name} pages without first/after`);
      }
      if (!isListType(getNullableType(field.type)) || (connection && ['edges', 'nodes'].includes(field.name))) continue;
      if (!/A bounded list: /.test(field.description ?? ''))
        problems.push(`${type.name}.${field.name} is a plain list that does not say it is bounded`);
    }
  }
  expect(problems).toEqual([]);
});

it('a connection pages through every row once, in order, with one default and cap', async () => {
  for (let i = 0; i < 5; i++) await f.ok(f.admin, `mutation { createBook(input: { title: "Book ${i}" }) { id } }`);
  const seen: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 10; pages++) {
    const data: any = await f.ok(
      f.admin,
      'query($after: String) { books(first: 2, after: $after) { nodes { title } pageInfo { hasNextPage endCursor } totalCount } }',
      { after },
    );
    expect(data.books.totalCount).toBe(5);
    seen.push(...data.books.nodes.map((b: { title: string }) => b.title));
    if (!data.books.pageInfo.hasNextPage) break;
    after = data.books.pageInfo.endCursor;
  }
  expect(seen).toEqual(['Book 0', 'Book 1', 'Book 2', 'Book 3', 'Book 4']);
  const capped = await f.ok(f.admin, '{ books(first: 1000) { nodes { title } } students { totalCount } }');
  expect(capped.books.nodes).toHaveLength(5);
});

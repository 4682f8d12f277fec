/**
 * The permission walk's numbers and edges, exactly (the oracle compares operations with each other,
 * so a change that moves both alike would pass it): cost with page sizes on connections, depth and
 * field counts, the limits at their edges, introspection, paths recorded once, variables that do
 * not coerce to anything.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { getOperationAST, parse, print, type GraphQLSchema } from 'graphql';
import { analyzeOperation, conditionVariables, costWith } from '../../src/permissions/analyzeOperation';
import { buildRuleMap } from '../../src/permissions/buildRuleMap';
import { coerceVariables } from '../../src/permissions/coerceVariables';
import { forbiddenFields, restoreForbidden, withoutFields } from '../../src/permissions/filterOperation';
import type { RuleMap } from '../../src/permissions/rules';
import { loadFixtureSchema, type FixtureSchema } from './support/fixtureSchema';

let api: { schema: GraphQLSchema; rules: RuleMap };
let fixture: FixtureSchema;

beforeAll(async () => {
  const supergraphSdl = fs.readFileSync(path.join(__dirname, '..', '..', 'supergraph.graphql'), 'utf8');
  const gateway = new ApolloGateway({ supergraphSdl });
  const schema = (await gateway.load()).schema;
  await gateway.stop();
  api = { schema, rules: buildRuleMap(supergraphSdl, schema) };
  fixture = await loadFixtureSchema();
});

const LIMITS = { maxDepth: 15, maxFields: 2_000, maxCost: 50_000 };

function analyzeIn(on: { schema: GraphQLSchema; rules: RuleMap }, query: string, variables: Record<string, unknown> = {}, limits = LIMITS) {
  const document = parse(query);
  return analyzeOperation(on.schema, on.rules, document, getOperationAST(document)!, variables, limits);
}

describe('cost', () => {
  test("a connection's page size sizes its nodes; each value counts once per repetition", () => {
    // students (1) + nodes (10) + id (10) + firstName (10).
    expect(analyzeIn(api, '{ students(first: 10) { nodes { id firstName } } }').cost).toBe(31);
    // A variable page size counts as its value.
    expect(analyzeIn(api, 'query($n: Int) { students(first: $n) { nodes { id } } }', { n: 7 }).cost).toBe(15);
    // No page size: the connection's list counts as 50; totalCount is one value.
    expect(analyzeIn(api, '{ students { totalCount nodes { id } } }').cost).toBe(1 + 1 + 50 + 50);
  });

  test('a page size of 0, a negative one or one given by a missing variable counts as the default list', () => {
    const plain = analyzeIn(api, '{ students { nodes { id } } }').cost;
    expect(analyzeIn(api, '{ students(first: 0) { nodes { id } } }').cost).toBe(plain);
    expect(analyzeIn(api, '{ students(first: -3) { nodes { id } } }').cost).toBe(plain);
    expect(analyzeIn(api, 'query($n: Int) { students(first: $n) { nodes { id } } }', {}).cost).toBe(plain);
  });

  test('the page size of a connection does not reach lists below its nodes', () => {
    // people is a list without a page size (50), grades below each another (50 each).
    expect(analyzeIn(fixture, '{ people { grades { score } } }').cost).toBe(50 + 50 * 50 + 50 * 50);
    expect(analyzeIn(fixture, '{ topGrade { score } }').cost).toBe(2);
  });
});

describe('what an analysis is cached by', () => {
  test('the variables of @skip/@include conditions, in the operation and its fragments; never ids, dates, inputs or page sizes', () => {
    const query = `query($n: Int, $m: Int, $id: ID!, $show: Boolean!, $hide: Boolean!, $day: Date!) {
      student(id: $id) { id ...more }
      students(first: $n) { nodes { id firstName @include(if: $show) } }
    }
    fragment more on Student { attendanceOn(date: $day) @skip(if: $hide) { status } guardians(last: $m) { id } }`;
    expect(conditionVariables(parse(query))).toEqual(['hide', 'show']);
    expect(conditionVariables(parse('query($id: ID!) { student(id: $id) { id } }'))).toEqual([]);
  });

  test('the analysis is the same whatever the variables it is not cached by, but for its cost, which costWith gives', () => {
    // A page size by variable on a connection, one inherited by the list below a non-list field, a literal, a default.
    const query = `query($n: Int, $m: Int, $id: ID!) {
      student(id: $id) { id }
      a: students(first: $n) { nodes { id firstName } }
      b: students(first: 3) { nodes { id } }
      c: students { nodes { id } }
      d: students(first: $m) { totalCount nodes { id } }
    }`;
    const document = parse(query);
    const operation = getOperationAST(document)!;
    const analysis = (variables: Record<string, unknown>) =>
      analyzeOperation(api.schema, api.rules, document, operation, variables, LIMITS);
    const { cost, costTerms, ...rest } = analysis({ n: 5, m: 2, id: 'a' });
    for (const variables of [
      { n: 5, m: 2, id: 'b' },
      { n: 9, m: 2, id: 'a' },
      { n: 0, m: -1, id: 'a' },
      { id: 'a' },
      { n: 100, m: 7, id: 'c' },
    ]) {
      const other = analysis(variables);
      const { cost: otherCost, costTerms: otherTerms, ...otherRest } = other;
      expect(otherRest).toEqual(rest);
      expect(otherTerms).toEqual(costTerms);
      // The cost of the first analysis's terms for these variables is this analysis's own.
      expect(costWith(costTerms, variables)).toBe(otherCost);
    }
    // student (1) + id (1); a: 1 + 5 + 5 + 5; b: 1 + 3 + 3; c: 1 + 50 + 50; d: 1 + 1 + 2 + 2.
    expect(cost).toBe(2 + 16 + 7 + 101 + 6);
    expect(costWith(costTerms, { n: 0, m: -1 })).toBe(2 + (1 + 50 + 50 + 50) + 7 + 101 + (1 + 1 + 50 + 50));
  });
});

describe('size and limits', () => {
  test('depth is the deepest field, fields counts every selection after fragments are expanded', () => {
    const analysis = analyzeIn(fixture, '{ people { name grades { score subject } } ping } ');
    expect([analysis.depth, analysis.fields, analysis.overLimit]).toEqual([3, 6, null]);
    const spread = analyzeIn(fixture, 'query { people { ...P } } fragment P on Person { name grades { score } }');
    expect([spread.depth, spread.fields]).toEqual([3, 4]);
  });

  test('exactly at a limit is allowed; one over stops the walk and counts as needing a token', () => {
    const three = '{ people { grades { score } } }';
    expect(analyzeIn(fixture, three, {}, { ...LIMITS, maxDepth: 3 }).overLimit).toBeNull();
    expect(analyzeIn(fixture, three, {}, { ...LIMITS, maxDepth: 2 }).overLimit).toBe('depth');
    expect(analyzeIn(fixture, three, {}, { ...LIMITS, maxFields: 3 }).overLimit).toBeNull();
    expect(analyzeIn(fixture, three, {}, { ...LIMITS, maxFields: 2 }).overLimit).toBe('fields');
    // A public operation stopped at a limit was not seen whole: it needs a token.
    expect(analyzeIn(fixture, '{ ping }', {}, { ...LIMITS, maxFields: 0 }).authenticated).toBe(true);
    expect(analyzeIn(fixture, '{ ping }').authenticated).toBe(false);
  });
});

describe('what is recorded', () => {
  test('introspection needs a token but no module; __typename alone needs nothing', () => {
    const introspection = analyzeIn(fixture, '{ __schema { queryType { name } } }');
    expect([introspection.authenticated, introspection.permissions.size]).toEqual([true, 0]);
    const typename = analyzeIn(fixture, '{ __typename }');
    expect([typename.authenticated, typename.permissions.size, typename.ruledFields]).toEqual([false, 0, []]);
  });

  test('a path needed twice is recorded once; every ruled selection is kept with its position', () => {
    const analysis = analyzeIn(fixture, '{ people { name } people { name } a: people { name } }');
    expect(analysis.permissions.get('student:read')?.paths).toEqual(['people', 'people.name', 'a', 'a.name']);
    expect(analysis.ruledFields.map((f) => f.chain.map((c) => c.key).join('.'))).toEqual([
      'people',
      'people.name',
      'people',
      'people.name',
      'a',
      'a.name',
    ]);
    expect(analysis.ruledFields[5].requirements).toEqual([{ module: 'student', action: 'read' }]);
  });

  test('only root fields open to anyone or to any signed-in person are personal', () => {
    expect([...analyzeIn(fixture, '{ ping whoami people { name } }').personalRootFields]).toEqual(['Query.ping', 'Query.whoami']);
    expect([...analyzeIn(fixture, '{ people { name } }').personalRootFields]).toEqual([]);
  });

  test('variables: no definitions coerce to nothing; a body that is no map gives defaults; a wrong type is BAD_USER_INPUT', () => {
    const operationOf = (query: string) => getOperationAST(parse(query))!;
    expect(coerceVariables(fixture.schema, operationOf('{ ping }'), { stray: 1 })).toEqual({});
    const defaulted = operationOf('query($x: Boolean = true, $y: Int) { ping }');
    for (const raw of [null, undefined, [1], 'text']) expect(coerceVariables(fixture.schema, defaulted, raw)).toEqual({ x: true });
    expect(coerceVariables(fixture.schema, defaulted, { x: false, y: 3 })).toEqual({ x: false, y: 3 });
    expect(() => coerceVariables(fixture.schema, defaulted, { y: 'three' })).toThrow(/Int cannot represent/);
    try {
      coerceVariables(fixture.schema, defaulted, { y: 'three' });
    } catch (err) {
      expect((err as { extensions: Record<string, unknown> }).extensions).toMatchObject({ code: 'BAD_USER_INPUT', http: { status: 400 } });
    }
  });
});

describe('the walk', () => {
  const needed = (query: string, variables: Record<string, unknown> = {}) =>
    [...analyzeIn(fixture, query, variables).permissions.values()].map((p) => `${p.module}:${p.action} ${p.paths.join(',')}`).sort();

  test('a fragment spread in two places is walked in both; one without a type condition keeps its parent', () => {
    expect(needed('{ people { ...P } a: people { ...P } } fragment P on Person { grades { score } }')).toEqual([
      'exam:read people.grades,people.grades.score,a.grades,a.grades.score',
      'student:read people,a',
    ]);
    expect(needed('{ people { ... { fees } } }')).toEqual(['fee:read people.fees', 'student:read people,people.fees']);
  });

  test('a cyclic fragment (refused by validation) ends the walk instead of looping', () => {
    const cyclic = 'query { people { ...A } } fragment A on Person { name ...B } fragment B on Person { grades { score } ...A }';
    expect(needed(cyclic)).toEqual(['exam:read people.grades,people.grades.score', 'student:read people,people.name']);
  });

  test('a condition that cannot be read (its variable missing) counts as included; @skip wins over @include', () => {
    expect(needed('query($g: Boolean!) { people { grades @include(if: $g) { score } } }')).toContain(
      'exam:read people.grades,people.grades.score',
    );
    expect(needed('{ people { grades @skip(if: true) @include(if: true) { score } } }')).toEqual(['student:read people']);
    expect(needed('{ people { grades @skip(if: false) @include(if: true) { score } } }')).toContain(
      'exam:read people.grades,people.grades.score',
    );
  });

  test('fields inside __type need no module, and a mutation is walked from its own root', () => {
    expect(needed('{ __type(name: "Person") { fields { name type { name } } } }')).toEqual([]);
    expect(needed('mutation { renamePerson(id: "p1", name: "A") { grades { score } } }')).toEqual([
      'exam:read renamePerson.grades,renamePerson.grades.score',
      'student:write renamePerson',
    ]);
  });
});

describe('filter mode, at its edges', () => {
  const cutFor = (query: string, granted: string[]) => {
    const document = parse(query);
    const analysis = analyzeOperation(fixture.schema, fixture.rules, document, getOperationAST(document)!, {});
    return { document, cut: forbiddenFields(analysis.ruledFields, new Set(granted)) };
  };

  test('no data is given back as it is, with no errors', () => {
    const { cut } = cutFor('{ people { fees } }', ['student:read']);
    expect(restoreForbidden(null, cut)).toEqual({ data: null, errors: [] });
    expect(restoreForbidden(undefined, cut)).toEqual({ data: undefined, errors: [] });
  });

  test('each error names the missing flags and its one concrete path; nulls and missing objects on the way are left alone', () => {
    const { cut } = cutFor('{ people { name fees } }', ['student:read']);
    const restored = restoreForbidden({ people: [{ __syncad_type: 'Person', name: 'A', nested: { __syncad_type: 'X' } }, null] }, cut);
    expect(restored.data).toEqual({ people: [{ name: 'A', fees: null, nested: {} }, null] });
    expect(restored.errors).toEqual([
      {
        message: 'missing permission: fee:read',
        path: ['people', 0, 'fees'],
        extensions: { code: 'FORBIDDEN', missing: [{ module: 'fee', action: 'read', paths: ['people.0.fees'] }] },
      },
    ]);
    const { cut: none } = cutFor('{ topGrade { score } }', []);
    // topGrade itself is cut: it is nullable, so only it becomes null.
    expect(restoreForbidden({ __syncad_type: 'Query' }, none).data).toEqual({ topGrade: null });
  });

  test('a nullable list item becomes null alone; the list and its parent stay', () => {
    const { cut } = cutFor('{ search { ... on Teacher { salary } ... on Person { name } } }', ['student:read']);
    const restored = restoreForbidden({ search: [{ __syncad_type: 'Teacher' }, { __syncad_type: 'Person', name: 'A' }] }, cut);
    expect(restored.data).toEqual({ search: [null, { name: 'A' }] });
    expect(restored.errors.map((e) => e.path)).toEqual([['search', 0, 'salary']]);
  });

  test('the cut document leads every selection set with the type mark, and its plan key depends on what was cut', () => {
    const { document, cut } = cutFor('{ people { name fees grades { score } } }', ['student:read']);
    const all = withoutFields(document, new Set(cut.map((f) => f.node)), null);
    const one = withoutFields(document, new Set(cut.slice(0, 1).map((f) => f.node)), null);
    expect(all.queryHash).not.toBe(one.queryHash);
    expect(withoutFields(document, new Set(cut.map((f) => f.node)), null).queryHash).toBe(all.queryHash);
    expect(print(one.document).replace(/\s+/g, ' ')).toBe(
      '{ __syncad_type: __typename people { __syncad_type: __typename name grades { __syncad_type: __typename score } } }',
    );
  });
});

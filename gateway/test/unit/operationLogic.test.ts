/**
 * The gateway's pure logic, without a database or a subgraph process: the permission walk and cost
 * estimate (analyzeOperation), filter mode (forbiddenFields, withoutFields, restoreForbidden) and
 * the root-fetch decision (rootFetches.ts), over the two fixture subgraphs' composed supergraph.
 */
import { getOperationAST, parse, print, type GraphQLSchema } from 'graphql';
import { decideRootPlan, planningOf, type Planning } from '../../src/execution/rootFetches';
import { analyzeOperation } from '../../src/permissions/analyzeOperation';
import { forbiddenFields, restoreForbidden, withoutFields } from '../../src/permissions/filterOperation';
import type { RuleMap } from '../../src/permissions/rules';
import { loadFixtureSchema } from './support/fixtureSchema';

let schema: GraphQLSchema;
let rules: RuleMap;
let planning: Planning;

beforeAll(async () => {
  const loaded = await loadFixtureSchema();
  ({ schema, rules } = loaded);
  planning = planningOf(loaded.supergraphSdl)!;
});

function analyze(query: string, variables: Record<string, unknown> = {}, limits = { maxDepth: 15, maxFields: 2_000, maxCost: 50_000 }) {
  const document = parse(query);
  return analyzeOperation(schema, rules, document, getOperationAST(document)!, variables, limits);
}

const needed = (query: string, variables?: Record<string, unknown>) => [...analyze(query, variables).permissions.keys()].sort();

describe('the permission walk', () => {
  test('finds every module an operation reaches, through aliases, named and inline fragments, and entity fields', () => {
    expect(needed('{ a: people { name } }')).toEqual(['student:read']);
    expect(needed('query { people { ...P } } fragment P on Person { grades { score } }')).toEqual(['exam:read', 'student:read']);
    expect(needed('{ people { ... on Person { fees } } }')).toEqual(['fee:read', 'student:read']);
    expect(analyze('{ people { x: name y: name } }').permissions.get('student:read')?.paths).toEqual(['people', 'people.x', 'people.y']);
  });

  test('skips what @skip/@include leave out, by literal and by variable', () => {
    expect(needed('{ people { name grades @skip(if: true) { score } } }')).toEqual(['student:read']);
    expect(needed('query($g: Boolean!) { people { name grades @include(if: $g) { score } } }', { g: false })).toEqual(['student:read']);
    expect(needed('query($g: Boolean!) { people { name grades @include(if: $g) { score } } }', { g: true })).toEqual([
      'exam:read',
      'student:read',
    ]);
  });

  test('a union member needs its own type rule (every member the walk may reach)', () => {
    expect(needed('{ search { ... on Teacher { salary } } }')).toEqual(['student:read', 'user:read']);
    expect(needed('{ search { ... on Person { name } } }')).toEqual(['student:read']);
    expect(needed('{ search { __typename } }')).toEqual(['student:read']);
  });

  test("an interface field needs its own rule and every implementation's (whichever one a value turns out to be)", () => {
    expect(needed('{ members { id } }')).toEqual(['student:read', 'user:read']);
    expect(needed('{ members { ... on Person { name } } }')).toEqual(['student:read']);
    expect(needed('{ members { ... on Teacher { salary } } }')).toEqual(['student:read', 'user:read']);
    expect(needed('{ members { __typename } }')).toEqual(['student:read']);
    expect(analyze('{ members { name } }').permissions.get('user:read')?.paths).toEqual(['members.name']);
  });

  test('public fields need no sign-in; anything else does', () => {
    expect(analyze('{ ping }').authenticated).toBe(false);
    expect(analyze('{ __typename ping }').authenticated).toBe(false);
    expect(analyze('{ ping whoami }').authenticated).toBe(true);
  });

  test('the cost is the product of the list sizes above each field, and the limits refuse deep or wide operations', () => {
    // people is a list without a page size (counted as 50), grades below it another list of 50.
    expect(analyze('{ people { id } }').cost).toBe(50 + 50);
    expect(analyze('{ people { grades { score } } }').cost).toBe(50 + 50 * 50 + 50 * 50);
    expect(analyze('{ people { id } }', {}, { maxDepth: 1, maxFields: 2_000, maxCost: 50_000 }).overLimit).toBe('depth');
    expect(analyze('{ people { id name } }', {}, { maxDepth: 15, maxFields: 2, maxCost: 50_000 }).overLimit).toBe('fields');
  });
});

describe('filter mode', () => {
  const granted = new Set(['student:read']);

  test('cuts the fields the caller may not read, keeps the rest, and gives the cut document a plan key of its own', () => {
    const document = parse('{ people { name fees grades { score } } ping }');
    const analysis = analyzeOperation(schema, rules, document, getOperationAST(document)!, {});
    const cut = forbiddenFields(analysis.ruledFields, granted);
    expect(cut.map((f) => f.chain.map((c) => c.key).join('.')).sort()).toEqual(['people.fees', 'people.grades', 'people.grades.score']);
    const filtered = withoutFields(document, new Set(cut.map((f) => f.node)), null);
    // Every selection set also carries the type mark (each object's concrete type, dropped from the answer).
    expect(print(filtered.document)).toBe(print(parse('{ __syncad_type: __typename people { __syncad_type: __typename name } ping }')));
    expect(filtered.queryHash).toMatch(/^[0-9a-f]{64}$/);
    expect(withoutFields(document, new Set(cut.map((f) => f.node)), 'Named').queryHash).not.toBe(filtered.queryHash);
  });

  test('a selection left empty keeps the type mark, removed again from the answer', () => {
    const document = parse('{ people { fees } }');
    const analysis = analyzeOperation(schema, rules, document, getOperationAST(document)!, {});
    const cut = forbiddenFields(analysis.ruledFields, granted);
    const filtered = withoutFields(document, new Set(cut.map((f) => f.node)), null);
    const selection = print(filtered.document).replace(/\s+/g, ' ');
    expect(selection).toMatch(/people \{ \w+: __typename \}/);
    const mark = /people \{ (\w+): __typename \}/.exec(selection)![1];
    const restored = restoreForbidden({ people: [{ [mark]: 'Person' }] }, cut);
    // Person.fees is nullable: only it becomes null, with its error.
    expect(restored.data).toEqual({ people: [{ fees: null }] });
    expect(restored.errors.map((e) => e.path)).toEqual([['people', 0, 'fees']]);
  });

  test('a field cut under a type condition is restored as null on objects of that type only', () => {
    const document = parse('{ search { ... on Person { name } ... on Teacher { salary } } }');
    const analysis = analyzeOperation(schema, rules, document, getOperationAST(document)!, {});
    const cut = forbiddenFields(analysis.ruledFields, granted);
    const answer = { search: [{ __syncad_type: 'Person', name: 'Asha' }, { __syncad_type: 'Teacher' }] };
    const restored = restoreForbidden(answer, cut);
    // Teacher.salary is non-null: the Teacher item becomes null; the Person item is untouched.
    expect(restored.data).toEqual({ search: [{ name: 'Asha' }, null] });
    expect(restored.errors.map((e) => e.path)).toEqual([['search', 1, 'salary']]);
  });

  test('restores null with a FORBIDDEN error at each concrete path, through lists, bubbling through non-null fields', () => {
    const document = parse('{ people { name grades { score } } }');
    const analysis = analyzeOperation(schema, rules, document, getOperationAST(document)!, {});
    const cut = forbiddenFields(analysis.ruledFields, granted);
    const restored = restoreForbidden({ people: [{ name: 'Asha' }, { name: 'Ravi' }] }, cut);
    // Person.grades is non-null, so each person becomes null; people is [Person!]!, so data does.
    expect(restored.data).toBeNull();
    expect(restored.errors.map((e) => e.path)).toEqual([
      ['people', 0, 'grades'],
      ['people', 1, 'grades'],
    ]);
    expect(restored.errors.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  });
});

describe('the root-fetch decision', () => {
  const decide = (query: string) => {
    const document = parse(query);
    return decideRootPlan(planning, { document, operation: getOperationAST(document)!, schema });
  };

  test('a query of one subgraph, or of two side by side, goes straight, each subgraph sent its own root fields', () => {
    const one = decide('{ people { name } }');
    expect(one?.fetches.map((f) => [f.service, f.keys])).toEqual([['people', ['people']]]);
    const two = decide('query Dash { p: people { name } grades { score } }');
    expect(two?.fetches.map((f) => f.service).sort()).toEqual(['grades', 'people']);
    expect(two?.keys).toEqual(['p', 'grades']);
    expect(two?.fetches.find((f) => f.service === 'grades')?.query).not.toContain('people');
  });

  test('each subgraph is sent only the variables and fragments its part uses', () => {
    const plan = decide(
      'query($n: Boolean!, $g: Boolean!) { people { name @include(if: $n) } grades { ...G @include(if: $g) } } fragment G on Grade { score }',
    );
    const people = plan!.fetches.find((f) => f.service === 'people')!;
    const grades = plan!.fetches.find((f) => f.service === 'grades')!;
    expect([people.variables, grades.variables]).toEqual([['n'], ['g']]);
    expect(people.query).not.toContain('fragment G');
    expect(grades.query).toContain('fragment G');
  });

  test('entity fetches, root __typename or directives, unions and introspection take the planned way', () => {
    expect(decide('{ people { name grades { score } } }')).toBeNull();
    expect(decide('{ __typename people { name } }')).toBeNull();
    expect(decide('query($s: Boolean!) { people @skip(if: $s) { name } }')).toBeNull();
    expect(decide('{ search { ... on Person { name } } }')).toBeNull();
    expect(decide('{ __schema { queryType { name } } }')).toBeNull();
  });

  test('a mutation of one subgraph goes straight', () => {
    expect(decide('mutation { renamePerson(id: "p1", name: "A") { name } }')?.fetches.map((f) => f.service)).toEqual(['people']);
  });
});

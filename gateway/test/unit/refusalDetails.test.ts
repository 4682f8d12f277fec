/**
 * What a refusal tells the client and the operator, to the letter: the FORBIDDEN error's missing
 * list, the locations of validation errors, the rule-map problems that stop the gateway from
 * starting, filter mode's errors and its plan key, and the edges of the walk's bookkeeping (exact
 * paths per permission, a rule missing from the map, variables that are not an object).
 */
import { getOperationAST, parse, validate, specifiedRules, type GraphQLError, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { Caller } from '@syncad/platform';
import { analyzeOperation, type OperationLimits } from '../../src/permissions/analyzeOperation';
import { buildRuleMap, PermissionRulesError } from '../../src/permissions/buildRuleMap';
import { coerceVariables } from '../../src/permissions/coerceVariables';
import { restoreForbidden, withoutFields } from '../../src/permissions/filterOperation';
import { knownOperationTypes } from '../../src/permissions/knownOperationTypes';
import { checkFlags, forbidden, refuseUnfitOperation } from '../../src/permissions/operationDecision';
import { reservedAliases } from '../../src/permissions/reservedAliases';
import type { RuleMap } from '../../src/permissions/rules';
import { loadFixtureSchema } from './support/fixtureSchema';

let schema: GraphQLSchema;
let rules: RuleMap;
let supergraphSdl: string;

beforeAll(async () => {
  ({ schema, rules, supergraphSdl } = await loadFixtureSchema());
});

const LIMITS: OperationLimits = { maxDepth: 15, maxFields: 2_000, maxCost: 50_000 };
const teacher: Caller = { userId: 'u1', sessionId: 's1', schoolId: 'a', roleId: 'r1', roleName: 'TEACHER', selfScoped: false };

function analyzed(query: string, limits = LIMITS) {
  const document = parse(query);
  const operation = getOperationAST(document)!;
  return { document, operation, analysis: analyzeOperation(schema, rules, document, operation, {}, limits) };
}

function thrown(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (err) {
    return err as GraphQLError;
  }
  throw new Error('expected a refusal');
}

describe('refusals name what is missing and where', () => {
  test('FORBIDDEN lists each missing module:action with the paths that need it, in the message and in extensions', () => {
    const { analysis } = analyzed('{ people { name grades { score } } }');
    const error = forbidden([analysis.permissions.get('exam:read')!]);
    expect(error.message).toBe('missing permission: exam:read (people.grades, people.grades.score)');
    expect(error.extensions).toMatchObject({
      code: 'FORBIDDEN',
      missing: [{ module: 'exam', action: 'read', paths: ['people.grades', 'people.grades.score'] }],
    });
  });

  test('a permission records exactly the paths that need it, and a field outside the rule map is a gateway bug, not an allow', () => {
    expect(analyzed('{ people { id } }').analysis.permissions.get('student:read')).toEqual({
      module: 'student',
      action: 'read',
      paths: ['people', 'people.id'],
    });
    const partial: RuleMap = new Map([...rules].filter(([coordinate]) => coordinate !== 'Person.name'));
    const document = parse('{ people { name } }');
    expect(() => analyzeOperation(schema, partial, document, getOperationAST(document)!, {}, LIMITS)).toThrow(
      'no permission rule for Person.name',
    );
  });

  test('only fields that need a module are kept for filter mode; the walk stops at the field limit', () => {
    expect(analyzed('{ ping people { id } }').analysis.ruledFields.map((f) => f.node.name.value)).toEqual(['people', 'id']);
    // A bomb costs the server no more than the limit it is refused at.
    const wide = analyzed('{ people { id name grades { score subject } } ping whoami }', { ...LIMITS, maxFields: 3 }).analysis;
    expect({ overLimit: wide.overLimit, fields: wide.fields }).toEqual({ overLimit: 'fields', fields: 4 });
  });

  test('a depth refusal points at the operation', () => {
    const { operation, analysis } = analyzed('query Deep { people { grades { score } } }', { ...LIMITS, maxDepth: 2 });
    const error = thrown(() => refuseUnfitOperation(operation, analysis, { ...LIMITS, maxDepth: 2 }, teacher));
    expect(error.message).toBe('operation "Deep" is nested deeper than 2 levels');
    expect(error.locations).toEqual([{ line: 1, column: 1 }]);
  });

  test('validation errors of the gateway point at the alias and at the operation', () => {
    const errors = validate(schema, parse('{ __syncadX: ping }\nsubscription S { ping }'), [
      ...specifiedRules,
      reservedAliases,
      knownOperationTypes,
    ]);
    const ours = errors.filter((e) => /reserved|no subscription/.test(e.message));
    expect(ours.map((e) => ({ message: e.message, locations: e.locations }))).toEqual([
      { message: 'Aliases starting with "__syncad" are reserved by the gateway.', locations: [{ line: 1, column: 3 }] },
      { message: 'This API has no subscription operations.', locations: [{ line: 2, column: 1 }] },
    ]);
  });

  test('the modules a role may delete in are one sorted array per granted set', () => {
    const { operation, analysis } = analyzed('{ ping }');
    const granted = new Set(['student:read', 'fee:delete', 'exam:delete']);
    const first = checkFlags(operation, analysis, teacher, granted, 'reject');
    const second = checkFlags(operation, analysis, teacher, granted, 'reject');
    expect(first.signedCaller.mayDelete).toEqual(['exam', 'fee']);
    expect(second.signedCaller.mayDelete).toBe(first.signedCaller.mayDelete);
  });
});

describe('the rule map refuses to start, saying why', () => {
  test('a field without a rule and an unknown module are named in the error, with the known modules', () => {
    const broken = supergraphSdl
      .replace('@join__field(graph: PEOPLE) @module(name: "public", action: "read")', '@join__field(graph: PEOPLE)')
      .replace('@module(name: "self", action: "read")', '@module(name: "sports", action: "read")');
    const error = thrown(() => buildRuleMap(broken, schema)) as unknown as PermissionRulesError;
    expect(error).toBeInstanceOf(PermissionRulesError);
    expect(error.name).toBe('PermissionRulesError');
    expect(error.problems).toEqual([
      "Query.ping has no @module rule (a field one subgraph adds to another's type needs its own)",
      expect.stringMatching(/^Query\.whoami names an unknown module "sports" \(known: public, self, .*student.*\)$/),
    ]);
    expect(error.message).toBe(
      `refusing to start (deny by default): 2 permission rule problem(s):\n${error.problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  });
});

describe('filter mode', () => {
  test('the plan key tells operations of one document apart by name', () => {
    const document = parse('query A { ping } query B { ping }');
    expect(withoutFields(document, new Set(), 'A').queryHash).not.toBe(withoutFields(document, new Set(), 'B').queryHash);
    expect(withoutFields(document, new Set(), 'A').queryHash).toBe(withoutFields(document, new Set(), 'A').queryHash);
  });

  test("a forbidden field's error says what is missing; a null or missing object on the way is left alone", () => {
    const query = schema.getQueryType()!;
    const person = schema.getType('Person') as GraphQLObjectType;
    const grade = schema.getType('Grade') as GraphQLObjectType;
    const chain = [
      { key: 'topGrade', type: query.getFields().topGrade.type, parent: query },
      { key: 'subject', type: grade.getFields().subject.type, parent: grade },
    ];
    const missing = [{ module: 'exam', action: 'read' as const }];
    const restored = restoreForbidden({ topGrade: { subject: 'x' } }, [{ chain, missing }]);
    expect(restored.errors.map((e) => e.message)).toEqual(['missing permission: exam:read']);
    const twice = restoreForbidden({ topGrade: { subject: 'x' } }, [{ chain, missing: [...missing, { module: 'fee', action: 'read' }] }]);
    expect(twice.errors.map((e) => e.message)).toEqual(['missing permission: exam:read, fee:read']);
    expect(restoreForbidden({ topGrade: null }, [{ chain, missing }])).toEqual({ data: { topGrade: null }, errors: [] });
    expect(restoreForbidden({}, [{ chain, missing }])).toEqual({ data: {}, errors: [] });
    const listChain = [
      { key: 'people', type: query.getFields().people.type, parent: query },
      { key: 'name', type: person.getFields().name.type, parent: person },
    ];
    expect(restoreForbidden({ people: [null, { name: 'A' }] }, [{ chain: listChain, missing }]).errors.map((e) => e.path)).toEqual([
      ['people', 1, 'name'],
    ]);
  });
});

describe('variables that are not an object', () => {
  test('null, a list or a string count as no variables: defaults apply, nothing crashes', () => {
    const document = parse('query($n: Int = 3) { ping }');
    const operation = getOperationAST(document)!;
    for (const raw of [null, undefined, [1], 'n']) expect(coerceVariables(schema, operation, raw)).toEqual({ n: 3 });
    // A string has a length of its own: never read as the variable $length.
    const lengthy = parse('query($length: Int = 1) { ping }');
    expect(coerceVariables(schema, getOperationAST(lengthy)!, 'abc')).toEqual({ length: 1 });
  });
});

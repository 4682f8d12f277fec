/**
 * The permission decision (operationDecision.ts) over real analyses of the fixture schema: who
 * must sign in, the size and cost limits at their edges, what an API key may never do, and the
 * role's flags in reject and filter mode.
 */
import { getOperationAST, parse, type GraphQLError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Caller } from '@syncad/platform';
import { analyzeOperation, type OperationLimits } from '../../src/permissions/analyzeOperation';
import { checkFlags, refuseUnfitOperation, type UnauthorizedMode } from '../../src/permissions/operationDecision';
import type { RuleMap } from '../../src/permissions/rules';
import { loadFixtureSchema } from './support/fixtureSchema';

let schema: GraphQLSchema;
let rules: RuleMap;

beforeAll(async () => {
  ({ schema, rules } = await loadFixtureSchema());
});

const LIMITS: OperationLimits = { maxDepth: 15, maxFields: 2_000, maxCost: 50_000 };

const person: Caller = {
  userId: 'u1',
  sessionId: 's1',
  schoolId: 'school-a',
  roleId: 'r1',
  roleName: 'TEACHER',
  selfScoped: false,
};
const apiKey: Caller = { ...person, userId: 'k1', sessionId: 'k1', apiKey: true };

function operationOf(query: string, limits = LIMITS) {
  const document = parse(query);
  const operation = getOperationAST(document)!;
  return { operation, analysis: analyzeOperation(schema, rules, document, operation, {}, limits) };
}

/** The error `run` throws: its message, extensions.code and HTTP status (or null when it does not throw). */
function refusal(run: () => unknown): { message: string; code: unknown; status: unknown } | null {
  try {
    run();
    return null;
  } catch (err) {
    const e = err as GraphQLError;
    return { message: e.message, code: e.extensions?.code, status: (e.extensions?.http as { status?: number } | undefined)?.status };
  }
}

function unfit(query: string, caller: Caller | null, limits = LIMITS) {
  const { operation, analysis } = operationOf(query, limits);
  return refusal(() => refuseUnfitOperation(operation, analysis, limits, caller));
}

describe('before the flags: sign-in, size and API keys', () => {
  test('a public operation needs no caller; anything else needs one (401)', () => {
    expect(unfit('{ ping }', null)).toBeNull();
    expect(unfit('{ whoami }', null)).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(unfit('{ people { name } }', null)).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(unfit('{ whoami }', person)).toBeNull();
  });

  test('too deep or too wide is a validation failure (400) naming the operation and the limit', () => {
    const deep = unfit('query Deep { people { grades { score } } }', person, { ...LIMITS, maxDepth: 2 });
    expect(deep).toEqual({ message: 'operation "Deep" is nested deeper than 2 levels', code: 'GRAPHQL_VALIDATION_FAILED', status: 400 });
    expect(unfit('{ people { grades { score } } }', person, { ...LIMITS, maxDepth: 3 })).toBeNull();
    const wide = unfit('{ people { id name } }', person, { ...LIMITS, maxFields: 2 });
    expect(wide).toEqual({
      message: 'the operation selects more than 2 fields (after expanding fragments)',
      code: 'GRAPHQL_VALIDATION_FAILED',
      status: 400,
    });
    expect(unfit('{ people { id name } }', person, { ...LIMITS, maxFields: 3 })).toBeNull();
  });

  test('an estimated cost above the limit is refused (400 BAD_USER_INPUT); exactly at the limit it runs', () => {
    // people (50) and each person's id (50): 100 values.
    expect(unfit('{ people { id } }', person, { ...LIMITS, maxCost: 100 })).toBeNull();
    const over = unfit('{ people { id } }', person, { ...LIMITS, maxCost: 99 });
    expect(over).toMatchObject({ code: 'BAD_USER_INPUT', status: 400 });
    expect(over?.message).toMatch(/^the operation could return more than 99 values/);
  });

  test('an API key may not use personal root fields or the user and message modules, whatever its role', () => {
    const personal = unfit('{ ping whoami people { name } }', apiKey);
    expect(personal).toEqual({
      message: 'an API key cannot be used for Query.ping, Query.whoami: sign in as a person',
      code: 'FORBIDDEN',
      status: 403,
    });
    expect(unfit('{ search { ... on Teacher { salary } } }', apiKey)).toMatchObject({
      message: 'an API key cannot be used for search.salary: sign in as a person',
      code: 'FORBIDDEN',
    });
    expect(unfit('{ people { name grades { score } } }', apiKey)).toBeNull();
    // The same operations are a person's to run.
    expect(unfit('{ ping whoami search { ... on Teacher { salary } } }', person)).toBeNull();
  });
});

describe("the role's flags", () => {
  const check = (query: string, granted: string[], mode: UnauthorizedMode = 'reject', caller = person) => {
    const { operation, analysis } = operationOf(query);
    return checkFlags(operation as OperationDefinitionNode, analysis, caller, new Set(granted), mode);
  };

  test('every module:action the operation needs held: it runs uncut, the signed caller told which modules it may delete in', () => {
    const decision = check('{ people { name grades { score } } }', [
      'student:read',
      'exam:read',
      'fee:delete',
      'exam:delete',
      'student:write',
    ]);
    expect(decision.cut).toEqual([]);
    expect(decision.signedCaller).toEqual({ ...person, mayDelete: ['exam', 'fee'] });
    expect(check('{ people { name } }', ['student:read']).signedCaller.mayDelete).toEqual([]);
  });

  test('one flag missing refuses the whole operation (403), naming each missing flag with its paths', () => {
    const refused = refusal(() => check('{ people { name fees grades { score } } }', ['student:read']));
    expect(refused).toEqual({
      message: 'missing permission: fee:read (people.fees); exam:read (people.grades, people.grades.score)',
      code: 'FORBIDDEN',
      status: 403,
    });
    // A flag of another action of the same module does not stand in for it.
    expect(refusal(() => check('{ people { name } }', ['student:write', 'student:delete']))).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('filter mode cuts the forbidden fields of a query, and still refuses a mutation whole', () => {
    const decision = check('{ people { name fees } }', ['student:read'], 'filter');
    expect(decision.cut.map((f) => f.chain.map((c) => c.key).join('.'))).toEqual(['people.fees']);
    expect(decision.cut[0].node.name.value).toBe('fees');
    expect(decision.signedCaller).toEqual({ ...person, mayDelete: [] });
    expect(refusal(() => check('mutation { renamePerson(id: "p1", name: "A") { name } }', ['student:read'], 'filter'))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'missing permission: student:write (renamePerson)',
    });
    expect(check('mutation { renamePerson(id: "p1", name: "A") { name } }', ['student:write', 'student:read'], 'filter').cut).toEqual([]);
  });
});

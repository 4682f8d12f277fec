/**
 * The gateway's own checks around the permission walk, without a database: the verified-token
 * cache (a remembered token is reused only while valid; a tampered one is never taken for it) and
 * the validation rules it adds to graphql-js (reserved aliases, operation types with no root).
 */
import { buildSchema, Kind, parse, specifiedRules, validate, type ObjectTypeDefinitionNode } from 'graphql';
import { moduleRulesOf, signAccessToken, type Caller } from '@syncad/platform';
import { VerifiedTokens } from '../../src/auth/VerifiedTokens';
import { knownOperationTypes } from '../../src/permissions/knownOperationTypes';
import { reservedAliases } from '../../src/permissions/reservedAliases';

const SECRET = 'c'.repeat(32);
const caller: Caller = { userId: 'u', sessionId: 's', schoolId: 'a', roleId: 'r', roleName: 'ACCOUNTANT', selfScoped: false };

afterEach(() => jest.restoreAllMocks());

describe('verified tokens', () => {
  test('a token is verified once, then answered from memory', () => {
    const tokens = new VerifiedTokens(SECRET);
    const token = signAccessToken(caller, SECRET);
    expect(tokens.verify(token)).toEqual(caller);
    expect(tokens.verify(token)).toEqual(caller);
    expect(tokens.counts).toEqual({ hits: 1, misses: 1 });
  });

  test('a tampered copy of a remembered token, or a token of another secret, is refused', () => {
    const tokens = new VerifiedTokens(SECRET);
    const token = signAccessToken(caller, SECRET);
    tokens.verify(token);
    expect(() => tokens.verify(`${token}x`)).toThrow('invalid or expired access token');
    expect(() => tokens.verify(signAccessToken(caller, 'd'.repeat(32)))).toThrow('invalid or expired access token');
  });

  test('a remembered token is refused once it has expired, and stays refused', () => {
    const tokens = new VerifiedTokens(SECRET);
    const token = signAccessToken(caller, SECRET, 60);
    tokens.verify(token);
    const now = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(now + 61_000);
    expect(() => tokens.verify(token)).toThrow('invalid or expired access token');
    expect(() => tokens.verify(token)).toThrow('invalid or expired access token');
  });

  test('a remembered token is refused from the very millisecond it expires', () => {
    const tokens = new VerifiedTokens(SECRET);
    const token = signAccessToken(caller, SECRET, 60);
    const exp = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).exp as number;
    tokens.verify(token);
    jest.spyOn(Date, 'now').mockReturnValue(exp * 1000 - 1);
    expect(tokens.verify(token)).toEqual(caller);
    jest.spyOn(Date, 'now').mockReturnValue(exp * 1000);
    expect(() => tokens.verify(token)).toThrow('invalid or expired access token');
  });
});

describe('validation rules', () => {
  const schema = buildSchema('type Query { a: String } type Mutation { b: String }');
  const errors = (query: string) =>
    validate(schema, parse(query), [...specifiedRules, reservedAliases, knownOperationTypes]).map((e) => e.message);

  test('aliases in the reserved namespace are refused; others, and the fields themselves, are not', () => {
    expect(errors('{ __syncad_type: a }')).toEqual(['Aliases starting with "__syncad" are reserved by the gateway.']);
    expect(errors('{ __syncadX: __typename }')).toEqual(['Aliases starting with "__syncad" are reserved by the gateway.']);
    expect(errors('{ x__syncad: a a __typename }')).toEqual([]);
  });

  test('an operation type the schema has no root for is refused by name', () => {
    expect(errors('subscription { a }')).toContain('This API has no subscription operations.');
    expect(errors('mutation { b }')).toEqual([]);
    expect(errors('query { a }')).toEqual([]);
  });
});

describe('@module directives as read by every check', () => {
  const rulesOf = (directives: string) => {
    const type = parse(`type T { f: String ${directives} }`).definitions[0] as ObjectTypeDefinitionNode;
    expect(type.kind).toBe(Kind.OBJECT_TYPE_DEFINITION);
    return moduleRulesOf(type.fields![0].directives);
  };

  test('every @module in order, other directives ignored; a missing or non-string argument reads as ""', () => {
    expect(rulesOf('@module(name: "fee", action: "read") @deprecated @module(name: "student", action: "write")')).toEqual([
      { module: 'fee', action: 'read' },
      { module: 'student', action: 'write' },
    ]);
    expect(rulesOf('@module(name: "fee")')).toEqual([{ module: 'fee', action: '' }]);
    expect(rulesOf('@module(name: 1, action: true)')).toEqual([{ module: '', action: '' }]);
    expect(rulesOf('@deprecated')).toEqual([]);
    expect(moduleRulesOf(undefined)).toEqual([]);
  });
});

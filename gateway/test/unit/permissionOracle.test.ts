/**
 * An oracle for the permission walk and the cost estimate, over the real API schema (no database):
 * fast-check generates operations (aliases, named and inline fragments, nesting, @skip/@include
 * with literals and with variables, defaulted or sent, unions and interfaces), graphql-js's own
 * executor runs each on the same schema with resolvers that record every field coordinate they
 * are called for and return stand-in values (never null, never an empty list, so execution
 * reaches every selected field), and the gateway's analysis must require every module execution
 * reached (less is a hole) and, where no abstract type is selected, nothing more (more is a wrong
 * refusal). And an operation costs the same written with literals or with defaulted variables.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import fc from 'fast-check';
import {
  execute,
  getNamedType,
  getNullableType,
  getOperationAST,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  parse,
  validate,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { PUBLIC_MODULE, SELF_MODULE } from '@syncad/shared-db';
import { analyzeOperation } from '../../src/permissions/analyzeOperation';
import { buildRuleMap } from '../../src/permissions/buildRuleMap';
import { coerceVariables } from '../../src/permissions/coerceVariables';
import type { RuleMap } from '../../src/permissions/rules';
import { sampleScalar } from '../fixtures/sampleScalars';

const NO_LIMITS = { maxDepth: 100, maxFields: 100_000, maxCost: Number.MAX_SAFE_INTEGER };
const MAX_DEPTH = 4;
// A smaller budget (SYNCAD_ORACLE_RUNS) lets the mutation test run the oracle once per mutant.
const RUNS = Number(process.env.SYNCAD_ORACLE_RUNS ?? 2_000);

let schema: GraphQLSchema;
let rules: RuleMap;

beforeAll(async () => {
  const supergraphSdl = fs.readFileSync(path.join(__dirname, '..', '..', 'supergraph.graphql'), 'utf8');
  const gateway = new ApolloGateway({ supergraphSdl });
  schema = (await gateway.load()).schema;
  await gateway.stop();
  rules = buildRuleMap(supergraphSdl, schema);
});

type Gen = Parameters<Parameters<typeof fc.property<[fc.GeneratorValue]>>[1]>[0];

/** A literal for a required argument or input field of `type`. */
function literal(type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (isListType(getNullableType(type))) return `[${literal((getNullableType(type) as { ofType: GraphQLInputType }).ofType)}]`;
  if (isEnumType(named)) return named.getValues()[0].name;
  if (isInputObjectType(named)) {
    const required = Object.values(named.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${required.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  return JSON.stringify(sampleScalar(named.name));
}

/** What the recording resolvers return for a field of `type`: never null, never an empty list. */
function standIn(type: GraphQLOutputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [standIn(nullable.ofType as GraphQLOutputType)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (!isLeafType(named)) return {};
  return sampleScalar(named.name);
}

/** A random operation over the schema, built with fast-check's generator (shrinkable choices). */
class OperationBuilder {
  variables: string[] = [];
  sent: Record<string, unknown> = {};
  fragments: string[] = [];
  abstract = false;
  /** Response keys are made unique where a name could repeat with other arguments (a validation conflict). */
  private keys = 0;

  constructor(private readonly g: Gen) {}

  private pick<T>(items: readonly T[]): T {
    return items[this.g(fc.integer, { min: 0, max: items.length - 1 })];
  }

  /** Nothing, a literal @skip/@include, or one on a variable (defaulted, sent, or both). */
  private directive(): string {
    const kind = this.g(fc.integer, { min: 0, max: 5 });
    if (kind <= 2) return '';
    const name = this.pick(['include', 'skip'] as const);
    if (kind === 3) return ` @${name}(if: ${this.g(fc.boolean)})`;
    const variable = `v${this.variables.length}`;
    const fallback = this.g(fc.boolean);
    this.variables.push(`$${variable}: Boolean = ${fallback}`);
    if (this.g(fc.boolean)) this.sent[variable] = this.g(fc.boolean);
    return ` @${name}(if: $${variable})`;
  }

  private argumentsOf(field: GraphQLField<unknown, unknown>): string {
    const args = field.args
      .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
      .map((a) => `${a.name}: ${literal(a.type)}`);
    const first = field.args.find((a) => a.name === 'first');
    if (first && this.g(fc.boolean)) args.push(`first: ${this.g(fc.integer, { min: 1, max: 5 })}`);
    return args.length ? `(${args.join(', ')})` : '';
  }

  selections(type: GraphQLNamedType, depth: number): string {
    if (isAbstractType(type)) this.abstract = true;
    if (isUnionType(type)) {
      const members = type.getTypes();
      const chosen = [this.pick(members), this.pick(members)];
      return `__typename ${chosen.map((m) => `... on ${m.name} { ${this.selections(m, depth)} }`).join(' ')}`;
    }
    const fields = Object.values((type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields());
    const count = this.g(fc.integer, { min: 1, max: 3 });
    const parts: string[] = ['__typename'];
    for (let i = 0; i < count; i++) {
      const field = this.pick(fields);
      const named = getNamedType(field.type);
      const alias = this.g(fc.boolean) || field.args.length > 0 ? `a${this.keys++}_${field.name}: ` : '';
      const sub = isLeafType(named) ? '' : ` { ${depth >= MAX_DEPTH ? '__typename' : this.selections(named, depth + 1)} }`;
      let selection = `${alias}${field.name}${this.argumentsOf(field)}${this.directive()}${sub}`;
      // Sometimes through an inline fragment (of the type itself) or a named fragment.
      const wrap = this.g(fc.integer, { min: 0, max: 4 });
      if (wrap === 1) selection = `... on ${type.name}${this.directive()} { ${selection} }`;
      if (wrap === 2 && isObjectType(type)) {
        const name = `F${this.fragments.length}`;
        this.fragments.push(`fragment ${name} on ${type.name} { ${selection} }`);
        selection = `...${name}`;
      }
      parts.push(selection);
    }
    return parts.join(' ');
  }

  operation(): { text: string; variables: Record<string, unknown> } {
    const root = this.g(fc.boolean) ? schema.getMutationType()! : schema.getQueryType()!;
    const body = this.selections(root, 1);
    const keyword = root === schema.getQueryType() ? 'query' : 'mutation';
    const header = this.variables.length ? `(${this.variables.join(', ')})` : '';
    return { text: `${keyword} Generated${header} { ${body} } ${this.fragments.join(' ')}`, variables: this.sent };
  }
}

/** The module permissions of the coordinates execution reached. */
function reached(text: string, variables: Record<string, unknown>): Set<string> {
  const coordinates = new Set<string>();
  const document = parse(text);
  const result = execute({
    schema,
    document,
    variableValues: variables,
    fieldResolver: (_source, _args, _context, info) => {
      coordinates.add(`${info.parentType.name}.${info.fieldName}`);
      return standIn(info.returnType);
    },
    typeResolver: (_value, _context, _info, abstractType) => schema.getPossibleTypes(abstractType)[0].name,
  }) as { errors?: readonly Error[] };
  if (result.errors?.length) throw new Error(`execution failed: ${result.errors[0].message}\n${text}`);
  const modules = new Set<string>();
  for (const coordinate of coordinates) {
    for (const r of rules.get(coordinate) ?? [])
      if (r.module !== PUBLIC_MODULE && r.module !== SELF_MODULE) modules.add(`${r.module}:${r.action}`);
  }
  return modules;
}

function required(text: string, variables: Record<string, unknown>) {
  const document = parse(text);
  const operation = getOperationAST(document)!;
  return analyzeOperation(schema, rules, document, operation, coerceVariables(schema, operation, variables), NO_LIMITS);
}

test(`the walk requires every module execution reaches, and no more without abstract types (${RUNS} operations)`, () => {
  fc.assert(
    fc.property(fc.gen(), (g) => {
      const builder = new OperationBuilder(g);
      const { text, variables } = builder.operation();
      expect(validate(schema, parse(text))).toEqual([]);
      const executed = reached(text, variables);
      const needed = new Set(required(text, variables).permissions.keys());
      const missing = [...executed].filter((m) => !needed.has(m));
      expect({ text, variables, missing }).toEqual({ text, variables, missing: [] });
      if (!builder.abstract)
        expect({ text, variables, needed: [...needed].sort() }).toEqual({ text, variables, needed: [...executed].sort() });
    }),
    { numRuns: RUNS },
  );
});

test('an operation costs the same written with literals or with defaulted variables', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 1_000 }), { minLength: 1, maxLength: 2 }), (pages) => {
      // students(first), and each student's results(first) when there are two page sizes.
      const nest = (values: string[]) =>
        values.reduceRight(
          (inner, value, i) => `${i === 0 ? 'students' : 'results'}(first: ${value}) { nodes { __typename ${inner} } }`,
          '',
        );
      const literalText = `query { ${nest(pages.map(String))} }`;
      const header = pages.map((p, i) => `$p${i}: Int = ${p}`).join(', ');
      const defaultedText = `query(${header}) { ${nest(pages.map((_, i) => `$p${i}`))} }`;
      expect(validate(schema, parse(defaultedText))).toEqual([]);
      expect(required(defaultedText, {}).cost).toBe(required(literalText, {}).cost);
    }),
    { numRuns: Math.min(300, RUNS) },
  );
});

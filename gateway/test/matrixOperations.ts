/**
 * Derives, from the composed rules, one read query and one write mutation per module: a root
 * field whose only rule is that module's read (or write, else delete), called with dummy
 * arguments and selecting only __typename, so its own rule is the whole requirement.
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { PUBLIC_MODULE, SELF_MODULE } from '@syncad/shared-db';
import type { RuleMap } from '../src/permissions/rules';

export interface MatrixOperation {
  module: string;
  action: string;
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

const DUMMY_SCALARS: Record<string, unknown> = {
  ID: '00000000-0000-4000-8000-000000000000',
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  Date: '2025-01-06',
  DateTime: '2025-01-06T08:00:00.000Z',
  Decimal: '1.00',
};

export function dummyValue(type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [dummyValue(t.ofType)];
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isInputObjectType(t)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) value[f.name] = dummyValue(f.type);
    }
    return value;
  }
  if (isScalarType(t)) return DUMMY_SCALARS[t.name] ?? 'x';
  throw new Error(`no dummy value for ${String(type)}`);
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, module: string, action: string): MatrixOperation {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const variables = Object.fromEntries(required.map((a) => [a.name, dummyValue(a.type)]));
  const defs = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const returnsObject = !isScalarType(named) && !isEnumType(named);
  const query = `${kind} Matrix${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${returnsObject ? ' { __typename }' : ''} }`;
  return { module, action, field: field.name, query, variables };
}

/** The modules of the rules (not public/self), with one read and one write operation each where the schema has them. */
export function matrixOperations(schema: GraphQLSchema, rules: RuleMap): MatrixOperation[] {
  const ops: MatrixOperation[] = [];
  const modules = new Set(
    [...rules.values()]
      .flat()
      .filter((r) => r.module !== PUBLIC_MODULE && r.module !== SELF_MODULE)
      .map((r) => r.module),
  );
  const pick = (root: GraphQLObjectType | null | undefined, module: string, actions: string[]) => {
    for (const action of actions) {
      const field = Object.values(root?.getFields() ?? {}).find((f) => {
        const rule = rules.get(`${root!.name}.${f.name}`) ?? [];
        return rule.length === 1 && rule[0].module === module && rule[0].action === action;
      });
      if (field) return { field, action };
    }
    return null;
  };
  for (const module of [...modules].sort()) {
    const read = pick(schema.getQueryType(), module, ['read']);
    if (read) ops.push(operationFor('query', read.field, module, read.action));
    const write = pick(schema.getMutationType(), module, ['write', 'delete']);
    if (write) ops.push(operationFor('mutation', write.field, module, write.action));
  }
  return ops;
}

/**
 * Estimates how many values an operation could return and refuses (400) one past the limit,
 * before planning: a few hundred aliased `students(first: 100) { nodes { attendance } }` would
 * otherwise hold a school's connections for seconds. Each field costs the product of the list
 * sizes above it: a page's `first`/`last` argument (literal or variable) sizes the list below it,
 * and a list without one counts as DEFAULT_LIST_SIZE.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { AppError } from '@syncad/subgraph-kit';

export const DEFAULT_MAX_COST = 50_000;
const DEFAULT_LIST_SIZE = 50;
const PAGE_ARGUMENTS = ['first', 'last'];

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  maxCost: number;
}

function pageSize(field: FieldNode, variables: Record<string, unknown>): number | undefined {
  const arg = field.arguments?.find((a) => PAGE_ARGUMENTS.includes(a.name.value));
  if (!arg) return undefined;
  const value: ValueNode = arg.value;
  const n = value.kind === Kind.INT ? Number(value.value) : value.kind === Kind.VARIABLE ? variables[value.name.value] : undefined;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** The cost of a selection set whose every value is repeated `times`; stops once past the limit. */
function costOf(
  set: SelectionSetNode,
  parent: GraphQLCompositeType,
  times: number,
  pendingPage: number | undefined,
  walk: Walk,
  inFragments: Set<string>,
): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (cost > walk.maxCost) break;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__') || !('getFields' in parent)) continue;
      const def = parent.getFields()[selection.name.value];
      if (!def) continue;
      const page = pageSize(selection, walk.variables);
      const isList = isListType(getNullableType(def.type));
      // A list takes its own page size, or the one its parent page set, or the default.
      const size = isList ? (page ?? pendingPage ?? DEFAULT_LIST_SIZE) : 1;
      const here = times * size;
      cost += here;
      const named = getNamedType(def.type);
      if (selection.selectionSet && isCompositeType(named)) {
        cost += costOf(selection.selectionSet, named, here, isList ? undefined : page, walk, inFragments);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (type && isCompositeType(type)) cost += costOf(selection.selectionSet, type, times, pendingPage, walk, inFragments);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      if (!fragment || inFragments.has(fragment.name.value)) continue;
      const type = walk.schema.getType(fragment.typeCondition.name.value);
      if (!type || !isCompositeType(type)) continue;
      inFragments.add(fragment.name.value);
      cost += costOf(fragment.selectionSet, type, times, pendingPage, walk, inFragments);
      inFragments.delete(fragment.name.value);
    }
  }
  return cost;
}

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  maxCost = DEFAULT_MAX_COST,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  return costOf(operation.selectionSet, root, 1, undefined, { schema, fragments, variables, maxCost }, new Set());
}

export function operationCostLimit(maxCost = DEFAULT_MAX_COST): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {}, maxCost);
          if (cost > maxCost) {
            throw AppError.badInput(
              `the operation could return more than ${maxCost} values (estimated from page sizes and lists): ` +
                'ask for smaller pages or fewer fields',
            ).withHttpStatus();
          }
        },
      };
    },
  };
}

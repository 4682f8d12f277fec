/**
 * Walks the selected operation (and only the fragments it uses) against the API schema and
 * collects what it needs: whether a token is needed and every module:action with the response
 * paths needing it. Fields on an interface need the interface field's rule and the rule of the
 * same field on every implementing type (the planner may fetch any of them).
 */
import {
  Kind,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { AppError } from '@syncad/subgraph-kit';
import { PUBLIC_MODULE, SELF_MODULE, type Requirement, type RuleMap } from './Requirement';

export interface NeededPermission extends Requirement {
  paths: string[];
}

export interface OperationNeeds {
  /** False only when every selected field is public (or __typename). */
  authenticated: boolean;
  /** Keyed by "module:action". */
  permissions: Map<string, NeededPermission>;
}

/** Fragment spreads can repeat a selection exponentially; no honest operation comes near this. */
const MAX_VISITED_SELECTIONS = 50_000;

export function collectRequirements(
  schema: GraphQLSchema,
  rules: RuleMap,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): OperationNeeds {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const needs: OperationNeeds = { authenticated: false, permissions: new Map() };
  const paths = new Map<string, Set<string>>();
  let visited = 0;

  const need = (coordinate: string, path: string) => {
    const rule = rules.get(coordinate);
    // Deny by default: the rule map covers the whole API schema, so this is a gateway bug.
    if (!rule) throw new Error(`no permission rule for ${coordinate}`);
    for (const r of rule) {
      if (r.module === PUBLIC_MODULE) continue;
      needs.authenticated = true;
      if (r.module === SELF_MODULE) continue;
      const key = `${r.module}:${r.action}`;
      if (!needs.permissions.has(key)) {
        needs.permissions.set(key, { module: r.module, action: r.action, paths: [] });
        paths.set(key, new Set());
      }
      paths.get(key)!.add(path);
    }
  };

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, path: string) => {
    for (const selection of selectionSet.selections) {
      if (++visited > MAX_VISITED_SELECTIONS) throw AppError.badInput('the operation is too large').withHttpStatus();
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        if (name === '__schema' || name === '__type') {
          // Introspection: any authenticated caller; its own types carry no rules.
          needs.authenticated = true;
          continue;
        }
        if (isUnionType(parent)) continue;
        const field = parent.getFields()[name];
        if (!field) continue; // validation has already refused unknown fields
        const fieldPath = path ? `${path}.${selection.alias?.value ?? name}` : (selection.alias?.value ?? name);
        need(`${parent.name}.${name}`, fieldPath);
        if (isInterfaceType(parent)) {
          for (const impl of schema.getPossibleTypes(parent)) need(`${impl.name}.${name}`, fieldPath);
        }
        const type = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(type)) walk(selection.selectionSet, type, fieldPath);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, typeCondition(schema, selection.typeCondition?.name.value) ?? parent, path);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) continue;
        walk(fragment.selectionSet, typeCondition(schema, fragment.typeCondition.name.value) ?? parent, path);
      }
    }
  };

  const root = schema.getRootType(operation.operation);
  if (!root) throw AppError.badInput(`this schema has no ${operation.operation} type`).withHttpStatus();
  walk(operation.selectionSet, root, '');
  for (const [key, need] of needs.permissions) need.paths = [...paths.get(key)!];
  return needs;
}

function typeCondition(schema: GraphQLSchema, name: string | undefined): GraphQLCompositeType | undefined {
  if (!name) return undefined;
  const type = schema.getType(name);
  return type && (isObjectType(type) || isAbstractType(type)) ? type : undefined;
}

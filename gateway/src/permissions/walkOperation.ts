/**
 * The one walk over an operation that every check of the gateway shares (size limits, cost and
 * permissions): the selected operation and the fragments it spreads, each spread expanded where
 * it is used (so a fragment bomb is measured by what it would execute), cycles cut, and
 * selections under `@skip(if: true)` / `@include(if: false)` left out, since they will not run.
 */
import {
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isUnionType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

export interface FieldVisit {
  parent: GraphQLCompositeType;
  /** Undefined for meta fields (__typename, __schema, __type) and fields of introspection types. */
  field: GraphQLField<unknown, unknown> | undefined;
  node: FieldNode;
  /** The response path, aliases included, e.g. "students.nodes.fullName". */
  path: string;
  /** 1 for a root field. */
  depth: number;
  /** Whether the field is inside an introspection query (__schema, __type). */
  introspection: boolean;
}

/**
 * What a visitor answers for a field: `descend` walks its selections (with the context it returns),
 * `stop` ends the whole walk (a limit was passed: the rest need not be looked at).
 */
export type VisitResult<C> = { descend: C } | 'skip' | 'stop';

/** Whether a selection runs, given its @skip/@include and the request's variables. */
export function isIncluded(node: SelectionNode, variables: Record<string, unknown>): boolean {
  try {
    if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  } catch {
    // A condition that cannot be read (a missing variable) counts as included: checks stay strict.
    return true;
  }
}

export function walkOperation<C>(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  root: C,
  visit: (field: FieldVisit, context: C) => VisitResult<C>,
): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return;
  const spreading = new Set<string>();
  let stopped = false;

  const typeNamed = (name: string | undefined, fallback: GraphQLCompositeType): GraphQLCompositeType => {
    const type = name ? schema.getType(name) : undefined;
    return type && isCompositeType(type) ? type : fallback;
  };

  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, path: string, depth: number, introspection: boolean, context: C) => {
    for (const selection of set.selections) {
      if (stopped) return;
      if (!isIncluded(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const responseName = selection.alias?.value ?? name;
        const fieldPath = path ? `${path}.${responseName}` : responseName;
        const inIntrospection = introspection || name === '__schema' || name === '__type';
        const def = fieldDefinition(parent, name);
        // __typename has no definition (getFields never lists it), so only introspection needs hiding.
        const field = inIntrospection ? undefined : def;
        const result = visit(
          { parent, field, node: selection, path: fieldPath, depth: depth + 1, introspection: inIntrospection },
          context,
        );
        if (result === 'stop') {
          stopped = true;
          return;
        }
        if (result === 'skip' || !selection.selectionSet) continue;
        const below = def ? getNamedType(def.type) : undefined;
        if (below && isCompositeType(below)) walk(selection.selectionSet, below, fieldPath, depth + 1, inIntrospection, result.descend);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, typeNamed(selection.typeCondition?.name.value, parent), path, depth, introspection, context);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Unknown or cyclic fragments are refused by GraphQL validation; never loop on one.
        if (!fragment || spreading.has(name)) continue;
        spreading.add(name);
        walk(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value, parent), path, depth, introspection, context);
        spreading.delete(name);
      }
    }
  };
  walk(operation.selectionSet, rootType, '', 0, false, root);
}

/** A field's definition, meta fields included; undefined on a union (only __typename is selectable there). */
function fieldDefinition(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === '__schema') return SchemaMetaFieldDef;
  if (name === '__type') return TypeMetaFieldDef;
  if (isUnionType(parent)) return undefined;
  return parent.getFields()[name];
}

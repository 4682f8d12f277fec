/**
 * A validation rule that refuses operations too deep or too large to be a sensible request
 * (an ad hoc playground query, or a hostile one), before any planning or subgraph call:
 * depth counts nested fields, size counts every field selection once fragments are expanded
 * (so a "fragment bomb" that multiplies selections is measured by what it would execute).
 */
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface OperationLimits {
  maxDepth: number;
  maxFields: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = { maxDepth: 15, maxFields: 2_000 };

interface Measure {
  depth: number;
  fields: number;
}

function measure(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  limits: OperationLimits,
  inFragments: Set<string>,
): Measure {
  let depth = 0;
  let fields = 0;
  for (const selection of set.selections) {
    let inner: Measure = { depth: 0, fields: 0 };
    if (selection.kind === Kind.FIELD) {
      const below = selection.selectionSet ? measure(selection.selectionSet, fragments, limits, inFragments) : inner;
      inner = { depth: below.depth + 1, fields: below.fields + 1 };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, fragments, limits, inFragments);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // Unknown or cyclic fragments are reported by graphql's own rules.
      if (!fragment || inFragments.has(name)) continue;
      inFragments.add(name);
      inner = measure(fragment.selectionSet, fragments, limits, inFragments);
      inFragments.delete(name);
    }
    depth = Math.max(depth, inner.depth);
    fields += inner.fields;
    // Stop early: a bomb must not cost the server the work it is being refused for.
    if (fields > limits.maxFields || depth > limits.maxDepth) break;
  }
  return { depth, fields };
}

export function operationLimitsRule(limits: OperationLimits = DEFAULT_OPERATION_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    return {
      OperationDefinition(operation) {
        const { depth, fields } = measure(operation.selectionSet, fragments, limits, new Set());
        const name = operation.name ? `operation "${operation.name.value}"` : 'the operation';
        if (depth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(`${name} is nested deeper than ${limits.maxDepth} levels`, { nodes: [operation] }),
          );
        } else if (fields > limits.maxFields) {
          context.reportError(
            new GraphQLError(`${name} selects more than ${limits.maxFields} fields (after expanding fragments)`, {
              nodes: [operation],
            }),
          );
        }
      },
    };
  };
}

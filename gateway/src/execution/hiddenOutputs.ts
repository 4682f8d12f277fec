/**
 * Whether a supergraph hides (@inaccessible) anything a subgraph's answer could carry: an output
 * type, a field of one (other than a root field), an enum value, a scalar. Such a supergraph is
 * never answered straight (rootFetches.ts): the gateway hides these from answers, a subgraph does
 * not. A hidden root field, input type, input field or argument is not of that kind: an operation
 * validated against the API schema cannot name it, so no answer carries it (the finance field only
 * the library calls is one).
 */
import { Kind, parse, type ConstDirectiveNode, type DefinitionNode } from 'graphql';

const hidden = (directives: readonly ConstDirectiveNode[] | undefined): boolean =>
  directives?.some((d) => d.name.value === 'inaccessible') ?? false;

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

function hidesOutput(definition: DefinitionNode): boolean {
  switch (definition.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.OBJECT_TYPE_EXTENSION:
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_EXTENSION:
      return (
        hidden(definition.directives) ||
        (!ROOT_TYPES.has(definition.name.value) && (definition.fields ?? []).some((f) => hidden(f.directives)))
      );
    case Kind.ENUM_TYPE_DEFINITION:
    case Kind.ENUM_TYPE_EXTENSION:
      return hidden(definition.directives) || (definition.values ?? []).some((v) => hidden(v.directives));
    case Kind.UNION_TYPE_DEFINITION:
    case Kind.UNION_TYPE_EXTENSION:
    case Kind.SCALAR_TYPE_DEFINITION:
    case Kind.SCALAR_TYPE_EXTENSION:
      return hidden(definition.directives);
    default:
      return false;
  }
}

/** True when anything a subgraph answer could carry is @inaccessible in the (core) supergraph. */
export function hidesOutputs(coreSupergraphSdl: string): boolean {
  if (!/@inaccessible\b/.test(coreSupergraphSdl)) return false;
  return parse(coreSupergraphSdl).definitions.some(hidesOutput);
}

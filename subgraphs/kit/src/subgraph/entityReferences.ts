/**
 * An entity type's reference resolver (its `__resolveReference`), which @apollo/subgraph keeps in
 * the type's extensions (apollo.subgraph). The one place that reads and wraps it: the self-scope
 * rules, global ids and identity's `node(id:)` all go through here. Without one, a reference is its
 * own answer (a subgraph adding fields to another's entity), as `_entities` treats it.
 */
import type { GraphQLObjectType } from 'graphql';
import type { RequestContext } from './RequestContext';

export type ReferenceResolver = (ref: { __typename?: string; id?: unknown }, ctx: RequestContext, info: unknown) => unknown;

interface SubgraphExtensions {
  apollo?: { subgraph?: { resolveReference?: ReferenceResolver; [key: string]: unknown }; [key: string]: unknown };
  [key: string]: unknown;
}

/** What `_entities` does with a reference of `type`. */
export function referenceResolverOf(type: GraphQLObjectType): ReferenceResolver {
  return (type.extensions as SubgraphExtensions).apollo?.subgraph?.resolveReference ?? ((ref) => ref);
}

/** Replaces the reference resolver of `type` with `wrap` of the current one. */
export function wrapReferenceResolver(type: GraphQLObjectType, wrap: (resolve: ReferenceResolver) => ReferenceResolver): void {
  const resolved = wrap(referenceResolverOf(type));
  const entity = type as unknown as { extensions: SubgraphExtensions };
  const { apollo } = entity.extensions;
  entity.extensions = { ...entity.extensions, apollo: { ...apollo, subgraph: { ...apollo?.subgraph, resolveReference: resolved } } };
}

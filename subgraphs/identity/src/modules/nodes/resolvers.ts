/** `node` and `nodes`: a global id opened to its type and key, and the record loaded where this subgraph owns it. */
import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { AppError } from '@syncad/platform';
import { GlobalIds, referenceResolverOf } from '@syncad/subgraph-kit';
import type { IdentityContext } from '../../context';
import type { Resolvers, ResolversParentTypes } from '../../generated/graphql';

const MAX_IDS = 100;

/** A record or a reference, with its type's name for Node's type resolution. */
type NodeSource = ResolversParentTypes['Node'];

/**
 * The record a global id names: this subgraph's own (a User, a Role) through its reference
 * resolver, another subgraph's as a reference its owner resolves (null there when it is not
 * visible). A global id that does not open in the caller's school is null, whatever the reason;
 * a value that is not shaped like one at all is BAD_USER_INPUT, as for any id argument.
 */
async function nodeOf(globalId: string, field: string, ctx: IdentityContext, info: GraphQLResolveInfo): Promise<NodeSource | null> {
  if (!GlobalIds.isWellFormed(globalId)) throw AppError.badInput(`${field} is not a valid id`, field);
  const key = ctx.globalIds.open(globalId);
  const type = key && info.schema.getType(key.type);
  const node = info.schema.getType('Node');
  if (!key || !type || !isObjectType(type) || !type.getInterfaces().some((i) => i === node)) return null;
  const row = await referenceResolverOf(type)({ __typename: type.name, id: key.id }, ctx, info);
  return row ? ({ ...(row as object), __typename: type.name } as NodeSource) : null;
}

export const resolvers: Resolvers = {
  Query: {
    node: (_, { id }, ctx, info) => nodeOf(id, 'id', ctx, info),
    nodes: (_, { ids }, ctx, info) => {
      if (ids.length > MAX_IDS) throw AppError.badInput(`at most ${MAX_IDS} ids`, 'ids');
      return Promise.all(ids.map((id) => nodeOf(id, 'ids', ctx, info)));
    },
  },
  Node: {
    __resolveType: (node) => (node as { __typename: string }).__typename as never,
  },
};

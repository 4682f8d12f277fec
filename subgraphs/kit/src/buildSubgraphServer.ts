/**
 * Builds a subgraph's Apollo Server (never listens: see listenSubgraph). Every request must
 * carry the gateway's signed internal context; the subgraph's own context is built from it.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode } from 'graphql';
import { formatError } from './formatError';

/** A subgraph context may hold per-request resources (a leased school database). */
export interface DisposableContext {
  dispose?(): void;
}

const disposeContextPlugin: ApolloServerPlugin<DisposableContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        contextValue.dispose?.();
      },
    };
  },
};

export function buildSubgraphServer<TContext extends DisposableContext>(
  typeDefs: DocumentNode,
  resolvers: GraphQLResolverMap<TContext>,
): ApolloServer<TContext> {
  return new ApolloServer<TContext>({
    schema: buildSubgraphSchema([{ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> }]),
    formatError,
    includeStacktraceInErrorResponses: false,
    // The gateway introspects nothing (static composition), but the schema is public by design.
    introspection: true,
    // No Apollo usage reporting and no HTTP caching of answers: neither federated traces nor
    // cache hints are worth their per-field cost (the cache-control plugin wraps every resolver).
    plugins: [
      disposeContextPlugin as ApolloServerPlugin<TContext>,
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
}

/**
 * Builds a subgraph's Apollo Server from its definition (never listens: see listenSubgraph): the
 * schema is the kit's part plus every module (buildSubgraphSchema takes them as modules), with
 * the shared scalars' resolvers, the self-scope rules and global ids applied.
 */
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import {
  AppError,
  mapDatabaseError,
  formatError,
  logErrorsPlugin,
  traceOf,
  DateScalar,
  DateTimeScalar,
  DecimalScalar,
} from '@syncad/platform';
import { OPERATION_PARSE_OPTIONS, silentLogger, type Logger } from '@syncad/platform';
import { KIT_SDL, type SubgraphDefinition } from '../subgraph/defineSubgraph';
import type { RequestContext, SchoolRequestContext } from '../subgraph/RequestContext';
import { applySelfScope } from '../subgraph/selfScope';
import { applyGlobalIds, nodeTypesOf } from '../ids/applyGlobalIds';

/** A module's resolver map, as buildSubgraphSchema's public signature types it (the type itself is not exported). */
type GraphQLResolverMap = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { resolvers?: unknown }>['resolvers']>;

/** Records the operation for the access line, and releases what the context holds once the answer is sent. */
const requestContextPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operationName, operation, contextValue }) {
        // For the access line and the metrics (listenSubgraph).
        const trace = traceOf(contextValue);
        if (trace) {
          trace.operationName = operationName ?? null;
          trace.operationType = operation?.operation ?? null;
        }
      },
      // An Idempotency-Key seen before: the stored answer, and nothing runs (data/idempotentWrite.ts).
      async responseForOperation({ contextValue }) {
        const { replay } = contextValue as Partial<SchoolRequestContext>;
        return replay ? { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: replay } } : null;
      },
      async willSendResponse({ contextValue, response }) {
        const { finish } = contextValue as Partial<SchoolRequestContext>;
        try {
          if (finish && response.body.kind === 'single') await finish(response.body.singleResult);
        } catch (err) {
          // Not committed (late, or the database failed): the answer must not claim what did not happen.
          const mapped = mapDatabaseError(err);
          const error = mapped instanceof AppError ? mapped : new AppError('INTERNAL_SERVER_ERROR', 'the changes could not be saved');
          response.body = { kind: 'single', singleResult: { errors: [{ message: error.message, extensions: { code: error.code } }] } };
        } finally {
          contextValue.dispose?.();
        }
      },
    };
  },
};

/** `logger` receives the internal errors (with their stacks) and unavailable databases of requests. */
export function buildSubgraphServer(
  definition: Pick<SubgraphDefinition, 'modules'>,
  logger: Logger = silentLogger(),
): ApolloServer<RequestContext> {
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(KIT_SDL),
      resolvers: { Date: DateScalar, DateTime: DateTimeScalar, Decimal: DecimalScalar } as GraphQLResolverMap,
    },
    ...definition.modules.map((m) => ({ typeDefs: m.typeDefs, resolvers: m.resolvers as GraphQLResolverMap })),
  ]);
  applySelfScope(schema, definition.modules);
  // After the self-scope rules: a reference's global id is opened before they see it.
  applyGlobalIds(schema, nodeTypesOf(definition.modules.map((m) => m.typeDefs)));
  return new ApolloServer<RequestContext>({
    schema,
    formatError,
    parseOptions: OPERATION_PARSE_OPTIONS,
    includeStacktraceInErrorResponses: false,
    // runSubgraph handles SIGTERM (drain, then close pools): Apollo Server's own handler would race it.
    stopOnTerminationSignals: false,
    // The gateway introspects nothing (static composition), but the schema is public by design.
    introspection: true,
    // No Apollo usage reporting and no HTTP caching of answers: neither federated traces nor
    // cache hints are worth their per-field cost (the cache-control plugin wraps every resolver).
    plugins: [
      requestContextPlugin,
      logErrorsPlugin(logger, mapDatabaseError) as ApolloServerPlugin<RequestContext>,
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      // Only the gateway is for people (its playground); a subgraph has no page to show.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
}

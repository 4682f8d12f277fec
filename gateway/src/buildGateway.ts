/**
 * Wires the gateway's stages together, and only that (never listens: main.ts does, tests listen
 * on port 0): auth/ (who is calling), permissions/ (what the operation may do), execution/
 * (@apollo/gateway over the static supergraph, the subgraph calls), http/ (the HTTP surface),
 * ops/ (metrics, readiness). docs/architecture.md walks one request through them.
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import {
  closeGracefully,
  listenForInvalidations,
  OPERATION_PARSE_OPTIONS,
  silentLogger,
  type InvalidationListener,
} from '@syncad/platform';
import {
  API_KEY_REVOKED_CHANNEL,
  createCentralDb,
  DEFAULT_CENTRAL_POOL,
  DEFAULT_SERVER,
  PERMISSIONS_CHANGED_CHANNEL,
  SESSION_REVOKED_CHANNEL,
  schoolsBySchemaVersion,
} from '@syncad/shared-db';
import { formatGatewayError } from './http/formatGatewayError';
import { ApiKeys } from './auth/ApiKeys';
import { ANONYMOUS_MAX_BODY_BYTES, requestAuthenticator } from './auth/authenticateRequest';
import { HostSchools } from './auth/HostSchools';
import { SessionCheck } from './auth/SessionCheck';
import { VerifiedTokens } from './auth/VerifiedTokens';
import { subgraphNames, type GatewayConfig } from './GatewayConfig';
import type { GatewayContext } from './GatewayContext';
import { GatewayMetrics } from './ops/GatewayMetrics';
import { handleHttp } from './http/handleHttp';
import { ScopedPersistedQueries } from './http/ScopedPersistedQueries';
import { observeOperations } from './ops/observeOperations';
import { handleOpsHttp } from './ops/opsHttp';
import { knownOperationTypes } from './permissions/knownOperationTypes';
import { reservedAliases } from './permissions/reservedAliases';
import { authorizeOperation } from './permissions/authorizeOperation';
import { statusByMediaType } from './http/responseStatus';
import { LoadedRules } from './permissions/LoadedRules';
import type { RuleMap } from './permissions/rules';
import { RolePermissions } from './permissions/RolePermissions';
import { DEFAULT_SUBGRAPH_LIMITS } from './execution/subgraphFetcher';
import { executingGateway } from './execution/executingGateway';
import { answerText } from './execution/rawAnswers';
import { hideSuggestionsFromStrangers } from './execution/hideSuggestions';
import { gatewayReports } from './ops/readiness';

/** How the gateway's connections are named in pg_stat_activity. */
export const GATEWAY_APPLICATION_NAME = 'syncad-gateway';

export interface GatewayServer {
  /** Not listening yet: call start(), then listen. */
  httpServer: http.Server;
  /** GET /health, /ready and /metrics: to listen on a private address (SYNCAD_OPS_PORT). */
  opsServer: http.Server;
  /** Loads the schema and its rules (throws, naming every unruled field, if any), then LISTENs. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The rules of the loaded schema (null until loaded). */
  rules(): RuleMap | null;
  /** The API schema clients see (null until loaded). */
  apiSchema(): GraphQLSchema | null;
  /** What /metrics serves. */
  metrics: GatewayMetrics;
}

export function buildGateway(config: GatewayConfig): GatewayServer {
  const logger = config.logger ?? silentLogger();
  const centralPool = config.centralPool ?? DEFAULT_CENTRAL_POOL;
  const central = createCentralDb(
    config.centralUrl,
    centralPool.maxConnections,
    GATEWAY_APPLICATION_NAME,
    centralPool.acquireTimeoutMillis,
  );
  const sessions = new SessionCheck(central.db, Math.min(config.sessionCacheMillis ?? 2_000, 2_000));
  const apiKeys = new ApiKeys(central.db, Math.min(config.sessionCacheMillis ?? 2_000, 2_000));
  const permissions = new RolePermissions(central.db, Math.min(config.permissionCacheMillis ?? 3_000, 3_000));
  let listener: InvalidationListener | null = null;
  let stopping = false;
  const hostSchools = new HostSchools(central.db, config.baseDomain);
  const tokens = new VerifiedTokens(config.jwtSecret);
  const metrics = new GatewayMetrics({
    pools: () => [
      {
        pool: 'central',
        server: DEFAULT_SERVER,
        total: central.pool.totalCount,
        idle: central.pool.idleCount,
        waiting: central.pool.waitingCount,
      },
    ],
    caches: () => [
      { cache: 'verified_tokens', ...tokens.counts },
      { cache: 'sessions', ...sessions.cache.counts },
      { cache: 'role_permissions', ...permissions.cache.counts },
      { cache: 'host_schools', ...hostSchools.cache.counts },
      { cache: 'persisted_queries', ...persistedQueries.texts.counts },
    ],
    inFlight: () => Object.fromEntries([...dataSources].map(([name, source]) => [name, source.inFlight()])),
    schoolSchema: () => schoolsBySchemaVersion(central.db),
  });
  if (config.processMetrics) metrics.collectProcessMetrics();
  const { gateway, dataSources } = executingGateway({
    supergraphSdl: config.supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    limits: { ...DEFAULT_SUBGRAPH_LIMITS, ...config.subgraphLimits },
    dedupeInflight: config.dedupeInflight !== false,
    rootFetches: config.rootFetches !== false,
    onSubgraphRequest: config.onSubgraphRequest,
    observe: { subgraphCall: metrics.observeSubgraphCall, join: metrics.observeJoin, execution: metrics.observeExecution },
  });
  const loaded = new LoadedRules(gateway);

  const persistedQueries = new ScopedPersistedQueries();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    persistedQueries: { cache: persistedQueries.cache },
    formatError: formatGatewayError,
    // Subgraph data passed through as text is spliced in, not parsed and stringified again.
    stringifyResult: answerText,
    parseOptions: OPERATION_PARSE_OPTIONS,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // The process entry (main.ts) handles SIGTERM: Apollo Server's own handler races it and hangs the shutdown.
    stopOnTerminationSignals: false,
    validationRules: [knownOperationTypes, reservedAliases],
    // A GET (queries only) runs only with a header no cross-site form or image can send without a
    // CORS preflight: a signed-in client's Authorization qualifies, as do Apollo's own two.
    csrfPrevention: { requestHeaders: ['authorization', 'x-apollo-operation-name', 'apollo-require-preflight'] },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Answers are per caller: no cache hints to compute for every field.
      ApolloServerPluginCacheControlDisabled(),
      authorizeOperation({
        rules: () => loaded.current()?.rules ?? null,
        permissions,
        internalKey: config.internalKey,
        limits: config.operationLimits,
        unauthorized: config.unauthorized,
      }),
      hideSuggestionsFromStrangers(),
      statusByMediaType(),
      observeOperations(logger),
    ],
  });

  const identify = requestAuthenticator({
    schema: () => {
      const current = loaded.current();
      return current && { schema: current.apiSchema, rules: current.rules };
    },
    sessions,
    apiKeys,
    hostSchools,
    tokens,
    trustedProxies: config.trustedProxies ?? 0,
  });
  const isReady = () => loaded.current() !== null;
  const reports = gatewayReports({
    centralAlive: () => central.pool.query('SELECT 1'),
    schemaLoaded: isReady,
    subgraphUrls: subgraphNames(config.supergraphSdl).flatMap((name) =>
      config.subgraphUrls[name] ? [[name, config.subgraphUrls[name]] as const] : [],
    ),
    circuit: (name) => dataSources.get(name)?.circuit() ?? 'unknown',
    stopping: () => stopping,
  });
  const opsServer = http.createServer((req, res) => void handleOpsHttp(req, res, { isReady, metrics, reports, logger }));
  const httpServer = http.createServer((req, res) => {
    void handleHttp(req, res, {
      identify,
      persistedQueries,
      logger,
      metrics,
      apollo,
      isReady,
      maxBodyBytes: config.maxBodyBytes ?? 1024 * 1024,
      anonymousMaxBodyBytes: config.anonymousMaxBodyBytes ?? ANONYMOUS_MAX_BODY_BYTES,
      routes: config.routes ?? {},
      corsOrigins: config.corsOrigins ?? '*',
      playground: config.playground ?? true,
    });
  });

  return {
    httpServer,
    opsServer,
    rules: () => loaded.current()?.rules ?? null,
    apiSchema: () => loaded.current()?.apiSchema ?? null,
    metrics,
    async start() {
      try {
        await apollo.start();
        loaded.assertLoaded();
      } catch (err) {
        await apollo.stop().catch(() => {});
        await central.close();
        throw err;
      }
      listener = await listenForInvalidations(
        config.centralUrl,
        {
          // A role or membership change may suspend API keys (their creator's user:write): keys are read again.
          [SESSION_REVOKED_CHANNEL]: (sessionId) => {
            if (sessionId) sessions.forget(sessionId);
            else sessions.forgetAll();
            apiKeys.forgetAll();
          },
          [PERMISSIONS_CHANGED_CHANNEL]: (roleId) => {
            if (roleId) permissions.forget(roleId);
            else permissions.forgetAll();
            apiKeys.forgetAll();
          },
          [API_KEY_REVOKED_CHANNEL]: (keyId) => (keyId ? apiKeys.forget(keyId) : apiKeys.forgetAll()),
        },
        () => {
          sessions.forgetAll();
          permissions.forgetAll();
          apiKeys.forgetAll();
        },
      );
    },
    async stop() {
      stopping = true;
      await closeGracefully(httpServer, config.drainMillis);
      opsServer.closeAllConnections();
      if (opsServer.listening) await new Promise((resolve) => opsServer.close(resolve));
      await apollo.stop();
      await listener?.close();
      await central.close();
    },
  };
}

/**
 * Builds the gateway (never listens: index.ts does, tests listen on port 0): @apollo/gateway over
 * the static supergraph, the permission rules built at schema load, the auth plugin, the signed
 * context for subgraphs, bounded subgraph calls, and the HTTP surface with its logs, metrics and
 * readiness check.
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import { AppError, checkReadiness, closeGracefully, mapCentralOutage, silentLogger, type ReadyReport } from '@syncad/platform';
import { API_KEY_REVOKED_CHANNEL, createCentralDb, DEFAULT_CENTRAL_POOL, DEFAULT_SERVER, PERMISSIONS_CHANGED_CHANNEL, SESSION_REVOKED_CHANNEL } from '@syncad/shared-db';
import { formatGatewayError } from './formatGatewayError';
import { ApiKeys } from './auth/ApiKeys';
import { requestAuthenticator } from './auth/authenticateRequest';
import { HostSchools } from './auth/HostSchools';
import { listenForInvalidations, type InvalidationListener } from './auth/listenForInvalidations';
import { SessionCheck } from './auth/SessionCheck';
import { VerifiedTokens } from './auth/VerifiedTokens';
import { subgraphNames, type GatewayConfig } from './GatewayConfig';
import type { GatewayContext } from './GatewayContext';
import { GatewayMetrics } from './GatewayMetrics';
import { handleHttp } from './handleHttp';
import { observeOperations } from './observeOperations';
import { knownOperationTypes } from './operation/knownOperationTypes';
import { authorizeOperation } from './permissions/authorizeOperation';
import { buildRuleMap } from './permissions/buildRuleMap';
import type { RuleMap } from './permissions/rules';
import { RolePermissions } from './permissions/RolePermissions';
import { InflightQueries } from './InflightQueries';
import { SignedContextDataSource } from './SignedContextDataSource';
import { withRootFetches } from './rootFetches';
import { useStrictScalars } from './strictScalars';
import { DEFAULT_SUBGRAPH_LIMITS } from './subgraphFetcher';

/** How the gateway's connections are named in pg_stat_activity. */
export const GATEWAY_APPLICATION_NAME = 'syncad-gateway';

export interface GatewayServer {
  /** Not listening yet: call start(), then listen. */
  httpServer: http.Server;
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

/** How long /ready waits for the central database and each subgraph. */
const READY_TIMEOUT_MILLIS = 2_000;

/** A subgraph is reachable when its /health answers 200. */
async function subgraphAlive(url: string): Promise<void> {
  const res = await fetch(new URL('health', url), { signal: AbortSignal.timeout(READY_TIMEOUT_MILLIS) });
  await res.body?.cancel();
  if (!res.ok) throw new Error(`/health answered ${res.status}`);
}

export function buildGateway(config: GatewayConfig): GatewayServer {
  const logger = config.logger ?? silentLogger();
  const centralPool = config.centralPool ?? DEFAULT_CENTRAL_POOL;
  const central = createCentralDb(config.centralUrl, centralPool.maxConnections, GATEWAY_APPLICATION_NAME, centralPool.acquireTimeoutMillis);
  const sessions = new SessionCheck(central.db, Math.min(config.sessionCacheMillis ?? 2_000, 2_000));
  const apiKeys = new ApiKeys(central.db, Math.min(config.sessionCacheMillis ?? 2_000, 2_000));
  const permissions = new RolePermissions(central.db, Math.min(config.permissionCacheMillis ?? 3_000, 3_000));
  let rules: RuleMap | null = null;
  let apiSchema: GraphQLSchema | null = null;
  let rulesError: Error | null = null;
  let listener: InvalidationListener | null = null;
  let stopping = false;
  const hostSchools = new HostSchools(central.db, config.baseDomain);
  const tokens = new VerifiedTokens(config.jwtSecret);
  const limits = { ...DEFAULT_SUBGRAPH_LIMITS, ...config.subgraphLimits };
  const dataSources = new Map<string, SignedContextDataSource>();
  const metrics = new GatewayMetrics({
    pools: () => [{ pool: 'central', server: DEFAULT_SERVER, total: central.pool.totalCount, idle: central.pool.idleCount, waiting: central.pool.waitingCount }],
    caches: () => [
      { cache: 'verified_tokens', ...tokens.counts },
      { cache: 'sessions', ...sessions.cache.counts },
      { cache: 'role_permissions', ...permissions.cache.counts },
      { cache: 'host_schools', ...hostSchools.cache.counts },
    ],
    inFlight: () => Object.fromEntries([...dataSources].map(([name, source]) => [name, source.inFlight()])),
  });
  // One for all subgraphs: a caller's mutation in one ends joining in every other.
  const inflight = config.dedupeInflight === false ? undefined : new InflightQueries(metrics.observeJoin);
  if (config.processMetrics) metrics.collectProcessMetrics();

  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    // Off whatever NODE_ENV says: otherwise any caller sending Apollo-Query-Plan-Experimental gets
    // the query plan (subgraph names and operations) in the answer's extensions.
    __exposeQueryPlanExperimental: false,
    buildService: ({ name, url }) => {
      const source = new SignedContextDataSource(name, config.subgraphUrls[name] ?? url ?? '', limits, config.onSubgraphRequest, metrics.observeSubgraphCall, inflight);
      dataSources.set(name, source);
      return source;
    },
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema, coreSupergraphSdl }) => {
    try {
      useStrictScalars(schema);
      rules = buildRuleMap(coreSupergraphSdl, schema);
      apiSchema = schema;
      rulesError = null;
    } catch (err) {
      // Deny by default: a schema with unruled fields serves nothing.
      rules = null;
      rulesError = err as Error;
    }
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway: config.rootFetches === false ? gateway : withRootFetches(gateway, dataSources, metrics.observeExecution),
    formatError: formatGatewayError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // The process entry (main.ts) handles SIGTERM: Apollo Server's own handler races it and hangs the shutdown.
    stopOnTerminationSignals: false,
    validationRules: [knownOperationTypes],
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Answers are per caller: no cache hints to compute for every field.
      ApolloServerPluginCacheControlDisabled(),
      authorizeOperation({
        rules: () => rules,
        permissions,
        internalKey: config.internalKey,
        limits: config.operationLimits,
        unauthorized: config.unauthorized,
      }),
      observeOperations(logger),
    ],
  });

  const authenticate = requestAuthenticator({
    schema: () => (rules && apiSchema ? { schema: apiSchema, rules } : null),
    sessions,
    apiKeys,
    hostSchools,
    tokens,
    trustedProxies: config.trustedProxies ?? 0,
  });
  // The central database down while authenticating: 503 TENANT_UNAVAILABLE, not a masked 500.
  const context = (req: http.IncomingMessage, body: unknown) =>
    authenticate(req, body).catch((err: unknown) => {
      const mapped = mapCentralOutage(err);
      throw mapped instanceof AppError ? mapped.withHttpStatus() : err;
    });
  const subgraphUrls = subgraphNames(config.supergraphSdl).flatMap((name) => (config.subgraphUrls[name] ? [[name, config.subgraphUrls[name]] as const] : []));
  const ready = async (): Promise<ReadyReport> => {
    if (stopping) return { ready: false, checks: { gateway: 'stopping' } };
    return checkReadiness(
      {
        'central database': () => central.pool.query('SELECT 1'),
        ...Object.fromEntries(subgraphUrls.map(([name, url]) => [name, () => subgraphAlive(url)])),
      },
      READY_TIMEOUT_MILLIS,
    );
  };
  const httpServer = http.createServer((req, res) => {
    void handleHttp(req, res, {
      context,
      logger,
      metrics,
      ready,
      apollo,
      isReady: () => rules !== null,
      maxBodyBytes: config.maxBodyBytes ?? 1024 * 1024,
      routes: config.routes ?? {},
      corsOrigins: config.corsOrigins ?? '*',
      playground: config.playground ?? true,
    });
  });

  return {
    httpServer,
    rules: () => rules,
    apiSchema: () => apiSchema,
    metrics,
    async start() {
      try {
        await apollo.start();
        if (rulesError || !rules) throw rulesError ?? new Error('the gateway loaded no schema');
      } catch (err) {
        await apollo.stop().catch(() => {});
        await central.close();
        throw err;
      }
      listener = await listenForInvalidations(
        config.centralUrl,
        {
          [SESSION_REVOKED_CHANNEL]: (sessionId) => (sessionId ? sessions.forget(sessionId) : sessions.forgetAll()),
          [PERMISSIONS_CHANGED_CHANNEL]: (roleId) => (roleId ? permissions.forget(roleId) : permissions.forgetAll()),
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
      await apollo.stop();
      await listener?.close();
      await central.close();
    },
  };
}

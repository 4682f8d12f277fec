/**
 * Builds the gateway (never listens: index.ts does, tests listen on port 0): @apollo/gateway over
 * the static supergraph, the permission rules built at schema load, the auth plugin, the signed
 * context for subgraphs, and the HTTP surface.
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import { closeGracefully } from '@syncad/subgraph-kit';
import { API_KEY_REVOKED_CHANNEL, createCentralDb, PERMISSIONS_CHANGED_CHANNEL, SESSION_REVOKED_CHANNEL } from '@syncad/shared-db';
import { formatGatewayError } from './formatGatewayError';
import { ApiKeys } from './auth/ApiKeys';
import { requestAuthenticator } from './auth/authenticateRequest';
import { HostSchools } from './auth/HostSchools';
import { listenForInvalidations, type InvalidationListener } from './auth/listenForInvalidations';
import { SessionCheck } from './auth/SessionCheck';
import { VerifiedTokens } from './auth/VerifiedTokens';
import type { GatewayConfig } from './GatewayConfig';
import type { GatewayContext } from './GatewayContext';
import { handleHttp } from './handleHttp';
import { authorizeOperation } from './permissions/authorizeOperation';
import { buildRuleMap } from './permissions/buildRuleMap';
import type { RuleMap } from './permissions/rules';
import { RolePermissions } from './permissions/RolePermissions';
import { SignedContextDataSource } from './SignedContextDataSource';
import { useStrictScalars } from './strictScalars';

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
}

export function buildGateway(config: GatewayConfig): GatewayServer {
  const central = createCentralDb(config.centralUrl, 10, GATEWAY_APPLICATION_NAME);
  const sessions = new SessionCheck(central.db, Math.min(config.sessionCacheMillis ?? 2_000, 2_000));
  const apiKeys = new ApiKeys(central.db, Math.min(config.sessionCacheMillis ?? 2_000, 2_000));
  const permissions = new RolePermissions(central.db, Math.min(config.permissionCacheMillis ?? 3_000, 3_000));
  let rules: RuleMap | null = null;
  let apiSchema: GraphQLSchema | null = null;
  let rulesError: Error | null = null;
  let listener: InvalidationListener | null = null;

  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    buildService: ({ name, url }) =>
      new SignedContextDataSource(name, config.subgraphUrls[name] ?? url ?? '', config.onSubgraphRequest),
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
    gateway,
    formatError: formatGatewayError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
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
    ],
  });

  const authenticate = requestAuthenticator({
    schema: () => (rules && apiSchema ? { schema: apiSchema, rules } : null),
    sessions,
    apiKeys,
    hostSchools: new HostSchools(central.db, config.baseDomain),
    tokens: new VerifiedTokens(config.jwtSecret),
    trustedProxies: config.trustedProxies ?? 0,
  });
  const httpServer = http.createServer((req, res) => {
    void handleHttp(req, res, {
      context: authenticate,
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
      await closeGracefully(httpServer);
      await apollo.stop();
      await listener?.close();
      await central.close();
    },
  };
}

/**
 * Starts a subgraph from its definition: its database clients, its Apollo Server and its HTTP
 * listener, with its logger, metrics (requests, pools per server, the school directory cache)
 * and readiness check (the central database). The process entry (runSubgraph) and the test stack
 * both start subgraphs this way.
 */
import {
  createCentralDb,
  DEFAULT_CENTRAL_POOL,
  DEFAULT_SERVER,
  SCHOOL_MIGRATED_CHANNEL,
  SchoolDatabases,
  type DbConfig,
} from '@syncad/shared-db';
import { readMigrationTags } from '@syncad/migrations';
import { SchoolSchemaCheck } from './schoolSchemaCheck';
import {
  listenForInvalidations,
  silentLogger,
  type InternalContext,
  type InvalidationListener,
  type Logger,
  ServiceMetrics,
  type PoolUsage,
} from '@syncad/platform';
import { buildSubgraphServer } from '../schema/buildSubgraphServer';
import type { SubgraphDefinition } from './defineSubgraph';
import { centralRequestContext, schoolRequestContext } from './createRequestContext';
import { listenSubgraph, type ListeningSubgraph, type SentOperation } from './listenSubgraph';
import type { RequestContext, SchoolRequestContext } from './RequestContext';

export interface StartOptions {
  /** 0 for any free port. */
  port: number;
  dbConfig: DbConfig;
  internalKey: string;
  jwtSecret?: string;
  /** Connections to the central database (default: dbConfig's central pool, else DEFAULT_CENTRAL_POOL's). */
  centralConnections?: number;
  /** Listen on this address (default 127.0.0.1: only the gateway on this machine calls a subgraph). */
  host?: string;
  /** Where its lines go (default: nowhere; runSubgraph passes the process's logger). */
  logger?: Logger;
  /** Also export process metrics (CPU, memory, event loop) at /metrics: for a process entry. */
  processMetrics?: boolean;
  /** How long stop() lets in-flight requests finish (default 10 s). */
  drainMillis?: number;
  /** The URLs of the subgraphs it calls (the definition's `calls`), looked up when a request needs one. */
  peerUrl?: (name: string) => string | undefined;
}

export interface StartedSubgraph extends ListeningSubgraph {
  metrics: ServiceMetrics;
}

export async function startSubgraph(definition: SubgraphDefinition, options: StartOptions): Promise<StartedSubgraph> {
  const applicationName = `syncad-${definition.name}`;
  const logger = options.logger ?? silentLogger();
  const centralPool = options.dbConfig.centralPool ?? DEFAULT_CENTRAL_POOL;
  const central = createCentralDb(
    options.dbConfig.centralUrl,
    options.centralConnections ?? centralPool.maxConnections,
    applicationName,
    centralPool.acquireTimeoutMillis,
  );
  const schoolTenancy = definition.tenancy === 'school';
  const schools =
    schoolTenancy || definition.schoolAccess ? SchoolDatabases.fromConfig(options.dbConfig, central.db, applicationName) : null;
  // Every school migration this code ships: a school missing one is answered TENANT_UNAVAILABLE.
  const schemaCheck = schoolTenancy ? new SchoolSchemaCheck(readMigrationTags('school'), logger) : undefined;
  const closeDatabases = async () => {
    await schools?.close();
    await central.close();
  };
  const metrics = new ServiceMetrics(`syncad_${definition.name.replace(/[^a-zA-Z0-9_]/g, '_')}`, {
    pools: () => {
      const { pool } = central;
      const usage: PoolUsage[] = [
        { pool: 'central', server: DEFAULT_SERVER, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount },
      ];
      for (const [server, s] of Object.entries(schools?.stats().byServer ?? {})) {
        usage.push({ pool: 'school', server, total: s.connections, idle: s.idle, waiting: s.waiting });
      }
      return usage;
    },
    caches: () => (schools ? [{ cache: 'school_directory', ...schools.stats().directory }] : []),
  });
  if (options.processMetrics) metrics.collectProcessMetrics();
  let migrated: InvalidationListener | null = null;
  try {
    const state = definition.setup?.({
      internalKey: options.internalKey,
      jwtSecret: options.jwtSecret,
      metrics,
      logger,
      peerUrl: options.peerUrl ?? (() => undefined),
    });
    const { internalKey } = options;
    const createContext = schoolTenancy
      ? async (internal: InternalContext, requestId: string, deadline: number, operation: SentOperation) => {
          const base = await schoolRequestContext(
            { internal, requestId, deadline, operation },
            { central: central.db, internalKey, schools: schools!, schemaCheck, subgraph: definition.name },
          );
          try {
            return (definition.context as (b: SchoolRequestContext, s: unknown) => RequestContext)(base, state);
          } catch (err) {
            await base.finish({ errors: [err] }).catch(() => {});
            base.dispose();
            throw err;
          }
        }
      : async (internal: InternalContext, requestId: string, deadline: number) =>
          (definition.context as (b: RequestContext, s: unknown) => RequestContext)(
            centralRequestContext({ internal, requestId, deadline }, { central: central.db, internalKey }, schools ?? undefined),
            state,
          );
    // One LISTEN connection per process (never one per school): the migrator's caught-up schools.
    migrated = schemaCheck
      ? await listenForInvalidations(
          options.dbConfig.centralUrl,
          { [SCHOOL_MIGRATED_CHANNEL]: (schoolId) => schemaCheck.forget(schoolId) },
          () => schemaCheck.forgetAll(),
        )
      : null;
    const listening = await listenSubgraph(buildSubgraphServer(definition, logger), {
      port: options.port,
      host: options.host,
      internalKey,
      createContext,
      logger,
      metrics,
      ready: { database: () => central.pool.query('SELECT 1') },
      drainMillis: options.drainMillis,
    });
    return {
      url: listening.url,
      metrics,
      async stop() {
        await listening.stop();
        await migrated?.close();
        await closeDatabases();
      },
    };
  } catch (err) {
    await migrated?.close();
    await closeDatabases();
    throw err;
  }
}

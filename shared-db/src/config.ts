/**
 * Database configuration from the environment.
 * - DATABASE_URL: the central database.
 * - SYNCAD_DB_SERVERS: optional JSON map of server name -> base URL (no database path needed),
 *   for schools whose database lives on another PostgreSQL server. The server named
 *   "default" is the central database's server unless the map overrides it.
 * - SYNCAD_DB_POOLERS: optional JSON map of server name -> base URL of a PgBouncer in transaction
 *   pooling in front of that server: requests reach the server's school databases through it
 *   (unnamed statements, no startup parameters; see pooledClient.ts), while migrations and
 *   provisioning, which hold session-level advisory locks, connect to the server directly.
 * - SYNCAD_SCHOOL_POOLS_MAX (default 50): open school pools at most (LRU beyond that).
 * - SYNCAD_SCHOOL_CONNECTIONS_MAX (default 200): connections across all school pools.
 * - SYNCAD_SCHOOL_POOL_SIZE (default 10): connections per school pool at most.
 * - SYNCAD_STATEMENT_TIMEOUT_MS (default 15000): a school query running longer is cancelled.
 * - SYNCAD_SCHOOL_ACQUIRE_TIMEOUT_MS (default 3000): how long a request waits for a school connection.
 * - SYNCAD_SCHOOL_POOL_IDLE_MS (default 60000): a school pool unused this long is closed.
 * - SYNCAD_CENTRAL_CONNECTIONS_MAX (default 10): each process's central database pool (the gateway
 *   and each school subgraph hold one more connection for LISTEN); with the school limits it bounds what a process opens.
 * - SYNCAD_CENTRAL_ACQUIRE_TIMEOUT_MS (default 3000): how long a request waits for a central connection.
 */
export interface SchoolPoolLimits {
  maxOpenPools: number;
  maxTotalConnections: number;
  maxConnectionsPerPool: number;
  /** Idle pools are closed after this long unused. */
  idleMillis: number;
  /** How long a request waits for room when every pool is busy. */
  acquireTimeoutMillis: number;
  /** The longest one SQL statement may run on a school database before PostgreSQL cancels it. */
  statementTimeoutMillis: number;
}

export interface DbConfig {
  centralUrl: string;
  servers: Record<string, string>;
  /** Server name -> base URL of a transaction-pooling PgBouncer in front of it (requests only). */
  poolers?: Record<string, string>;
  limits: SchoolPoolLimits;
  /** The central database pool (DEFAULT_CENTRAL_POOL when absent). */
  centralPool?: CentralPoolLimits;
}

/** Each process's pool on the central database. */
export interface CentralPoolLimits {
  maxConnections: number;
  /** How long a request waits for a connection. */
  acquireTimeoutMillis: number;
}

// The wait is below the gateway's subgraph time limit (5 s), so a central database that gives no
// connection (down, hung, saturated) answers TENANT_UNAVAILABLE, not a timeout.
export const DEFAULT_CENTRAL_POOL: CentralPoolLimits = { maxConnections: 10, acquireTimeoutMillis: 3_000 };

/** The central pool from the environment: every process reads it, the gateway too. */
export function centralPoolFromEnv(env: NodeJS.ProcessEnv = process.env): CentralPoolLimits {
  return {
    maxConnections: positiveInt(env, 'SYNCAD_CENTRAL_CONNECTIONS_MAX', DEFAULT_CENTRAL_POOL.maxConnections),
    acquireTimeoutMillis: positiveInt(env, 'SYNCAD_CENTRAL_ACQUIRE_TIMEOUT_MS', DEFAULT_CENTRAL_POOL.acquireTimeoutMillis),
  };
}

export const DEFAULT_SERVER = 'default';

export class DbConfigError extends Error {}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new DbConfigError(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

export function loadDbConfig(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const centralUrl = env.DATABASE_URL;
  if (!centralUrl) throw new DbConfigError('DATABASE_URL is not set (the central database URL)');
  let extra: Record<string, string> = {};
  if (env.SYNCAD_DB_SERVERS) {
    try {
      extra = JSON.parse(env.SYNCAD_DB_SERVERS);
    } catch {
      throw new DbConfigError('SYNCAD_DB_SERVERS must be a JSON object of server name to PostgreSQL URL');
    }
  }
  const servers = { [DEFAULT_SERVER]: centralUrl, ...extra };
  return {
    centralUrl,
    servers,
    poolers: poolersFromEnv(env, servers),
    centralPool: centralPoolFromEnv(env),
    limits: {
      maxOpenPools: positiveInt(env, 'SYNCAD_SCHOOL_POOLS_MAX', 50),
      maxTotalConnections: positiveInt(env, 'SYNCAD_SCHOOL_CONNECTIONS_MAX', 200),
      maxConnectionsPerPool: positiveInt(env, 'SYNCAD_SCHOOL_POOL_SIZE', 10),
      idleMillis: positiveInt(env, 'SYNCAD_SCHOOL_POOL_IDLE_MS', 60_000),
      // Below the gateway's subgraph time limit (5 s), so a saturated or unreachable school answers TENANT_UNAVAILABLE first.
      acquireTimeoutMillis: positiveInt(env, 'SYNCAD_SCHOOL_ACQUIRE_TIMEOUT_MS', 3_000),
      statementTimeoutMillis: positiveInt(env, 'SYNCAD_STATEMENT_TIMEOUT_MS', 15_000),
    },
  };
}

/** The URL of database `databaseName` on the configured server `serverName`. */
export function databaseUrlOn(servers: Record<string, string>, serverName: string, databaseName: string): string {
  const base = servers[serverName];
  if (!base) throw new DbConfigError(`no PostgreSQL server named "${serverName}" is configured`);
  const u = new URL(base);
  u.pathname = `/${databaseName}`;
  return u.toString();
}

function poolersFromEnv(env: NodeJS.ProcessEnv, servers: Record<string, string>): Record<string, string> | undefined {
  if (!env.SYNCAD_DB_POOLERS) return undefined;
  let poolers: unknown;
  try {
    poolers = JSON.parse(env.SYNCAD_DB_POOLERS);
  } catch {
    poolers = null;
  }
  if (!poolers || typeof poolers !== 'object' || Array.isArray(poolers)) {
    throw new DbConfigError('SYNCAD_DB_POOLERS must be a JSON object of server name to PgBouncer URL');
  }
  for (const [name, url] of Object.entries(poolers)) {
    if (!Object.hasOwn(servers, name)) throw new DbConfigError(`SYNCAD_DB_POOLERS names "${name}", which is not a configured server`);
    if (typeof url !== 'string') throw new DbConfigError(`SYNCAD_DB_POOLERS's "${name}" must be a URL`);
  }
  return poolers as Record<string, string>;
}

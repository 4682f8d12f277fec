/**
 * The school databases of one process: one pg.Pool per school database (keyed by server and
 * database name), bounded so the estate cannot exhaust PostgreSQL's connections.
 * - At most `maxOpenPools` pools, each at most min(maxConnectionsPerPool,
 *   floor(maxTotalConnections / maxOpenPools)) connections: the total never exceeds
 *   maxTotalConnections, counted by open sockets, not by what pg-pool believes.
 * - A new pool beyond the cap evicts the least recently used pool that is neither leased nor
 *   running a query; when every pool is busy the caller waits up to acquireTimeoutMillis.
 * - Pools unused for idleMillis are closed by an unref'd timer.
 * Callers lease a school for the length of a request: a leased pool is never evicted.
 */
import { once } from 'node:events';
import pg from 'pg';
import { DbConfigError, databaseUrlOn, type DbConfig, type SchoolPoolLimits } from './config';
import type { CentralDb } from './centralDb';
import { SchoolDirectory, type SchoolRecord } from './schoolDirectory';
import { UnnamedStatementClient } from './pooledClient';
import { schoolDbOver, type SchoolDb } from './schoolDb';
import { SchoolUnavailableError } from './tenantErrors';

export interface SchoolSummary {
  id: string;
  subdomain: string;
  name: string;
  /** IANA time zone: what "today" is for this school. */
  timezone: string;
}

export interface SchoolLease {
  db: SchoolDb;
  school: SchoolSummary;
  /** Lets the pool be evicted again; calling it twice is harmless. */
  release(): void;
}

export interface SchoolDatabasesOptions {
  central: CentralDb;
  /** Server name -> base URL, as in DbConfig.servers. */
  servers: Record<string, string>;
  /** Server name -> base URL of a transaction-pooling PgBouncer in front of it, as in DbConfig.poolers. */
  poolers?: Record<string, string>;
  limits: SchoolPoolLimits;
  /** How long a school's metadata (database name, server) is cached; default 30 s. */
  metadataTtlMillis?: number;
  /** Names the service in pg_stat_activity. */
  applicationName?: string;
}

export interface SchoolDatabasesStats {
  openPools: number;
  /** Pools being ended after eviction or idleness; they still hold a slot until their sockets close. */
  closingPools: number;
  leasedPools: number;
  /** Connections of open pools plus sockets of closing pools not yet closed. */
  totalConnections: number;
  idleConnections: number;
  /** Leases waiting for a pool slot. */
  waitingLeases: number;
  evictions: number;
  maxConnectionsPerPool: number;
  /** The same by PostgreSQL server (its configured name): pools, connections, idle ones, queries waiting for one. */
  byServer: Record<string, { pools: number; connections: number; idle: number; waiting: number }>;
  /** School metadata lookups answered from the cache, and those that queried the central database. */
  directory: { hits: number; misses: number };
}

interface PoolEntry {
  key: string;
  /** The configured name of the PostgreSQL server the database is on. */
  server: string;
  pool: pg.Pool;
  db: SchoolDb;
  leases: number;
  lastUsed: number;
  /** Settles when the first connection proved the database reachable. */
  ready: Promise<void>;
  /** Sockets opened and not yet closed ('connect' minus 'remove' events). */
  sockets: number;
  /** Set once the pool is being ended. */
  closed?: Promise<void>;
}

export class SchoolDatabases {
  private readonly directory: SchoolDirectory;
  private readonly servers: Record<string, string>;
  private readonly poolers: Record<string, string>;
  private readonly limits: SchoolPoolLimits;
  private readonly applicationName: string;
  private readonly poolSize: number;
  /** Open pools in least- to most-recently-used order (a Map keeps insertion order). */
  private readonly entries = new Map<string, PoolEntry>();
  private readonly closing = new Set<PoolEntry>();
  private readonly waiters = new Set<() => void>();
  private readonly sweeper: NodeJS.Timeout;
  private evictions = 0;
  private closed = false;

  constructor(options: SchoolDatabasesOptions) {
    const { limits } = options;
    this.poolSize = Math.min(limits.maxConnectionsPerPool, Math.floor(limits.maxTotalConnections / limits.maxOpenPools));
    if (this.poolSize < 1) {
      throw new DbConfigError('the school connection limit must be at least the number of open school pools');
    }
    this.directory = new SchoolDirectory(options.central, options.metadataTtlMillis ?? 30_000);
    this.servers = options.servers;
    this.poolers = options.poolers ?? {};
    this.limits = limits;
    this.applicationName = options.applicationName ?? 'syncad';
    this.sweeper = setInterval(() => this.closeIdlePools(), Math.max(50, Math.min(limits.idleMillis / 2, 30_000)));
    this.sweeper.unref();
  }

  static fromConfig(config: DbConfig, central: CentralDb, applicationName?: string): SchoolDatabases {
    return new SchoolDatabases({ central, servers: config.servers, poolers: config.poolers, limits: config.limits, applicationName });
  }

  /**
   * The request path: the school's database, held open until release().
   * Throws UnknownSchoolError (NOT_FOUND) or SchoolUnavailableError (TENANT_UNAVAILABLE).
   */
  async lease(schoolId: string): Promise<SchoolLease> {
    this.assertOpen();
    const school = await this.directory.find(schoolId);
    const throughPooler = Object.hasOwn(this.poolers, school.dbServer);
    let url: string;
    try {
      url = databaseUrlOn(throughPooler ? this.poolers : this.servers, school.dbServer, school.databaseName);
    } catch {
      throw new SchoolUnavailableError(school, `its database server "${school.dbServer}" is not configured`);
    }
    const entry = await this.acquire(`${school.dbServer}/${school.databaseName}`, url, school, throughPooler);
    try {
      await entry.ready;
    } catch (err) {
      this.unlease(entry);
      throw err;
    }
    let released = false;
    return {
      db: entry.db,
      school: { id: school.id, subdomain: school.subdomain, name: school.name, timezone: school.timezone },
      release: () => {
        if (released) return;
        released = true;
        this.unlease(entry);
      },
    };
  }

  /** For scripts: runs `work` with the school's database leased, releasing it afterwards. */
  async withSchool<T>(schoolId: string, work: (db: SchoolDb, school: SchoolSummary) => Promise<T>): Promise<T> {
    const lease = await this.lease(schoolId);
    try {
      return await work(lease.db, lease.school);
    } finally {
      lease.release();
    }
  }

  stats(): SchoolDatabasesStats {
    let totalConnections = 0;
    let idleConnections = 0;
    let leasedPools = 0;
    const byServer: SchoolDatabasesStats['byServer'] = {};
    const onServer = (server: string) => (byServer[server] ??= { pools: 0, connections: 0, idle: 0, waiting: 0 });
    for (const e of this.entries.values()) {
      const connections = Math.max(e.pool.totalCount, e.sockets);
      totalConnections += connections;
      idleConnections += e.pool.idleCount;
      if (e.leases > 0) leasedPools++;
      const s = onServer(e.server);
      s.pools++;
      s.connections += connections;
      s.idle += e.pool.idleCount;
      s.waiting += e.pool.waitingCount;
    }
    for (const e of this.closing) {
      totalConnections += e.sockets;
      onServer(e.server).connections += e.sockets;
    }
    return {
      openPools: this.entries.size,
      closingPools: this.closing.size,
      leasedPools,
      totalConnections,
      idleConnections,
      waitingLeases: this.waiters.size,
      evictions: this.evictions,
      maxConnectionsPerPool: this.poolSize,
      byServer,
      directory: { ...this.directory.counts },
    };
  }

  /** Ends every pool; leases still waiting for a slot fail. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.sweeper);
    this.wakeWaiters();
    await Promise.all([...this.entries.values(), ...this.closing].map((e) => this.closeEntry(e)));
  }

  /** A leased pool entry for `key`, opening one (and evicting or waiting) if needed. */
  private async acquire(key: string, url: string, school: SchoolRecord, throughPooler: boolean): Promise<PoolEntry> {
    const deadline = Date.now() + this.limits.acquireTimeoutMillis;
    for (;;) {
      this.assertOpen();
      const existing = this.entries.get(key);
      if (existing) {
        // Leased before any await, so a concurrent caller cannot evict it in between.
        existing.leases++;
        this.touch(existing);
        return existing;
      }
      if (this.entries.size + this.closing.size < this.limits.maxOpenPools) return this.openEntry(key, url, school, throughPooler);
      const victim = this.leastRecentlyUsedIdle();
      if (victim) {
        this.evictions++;
        await this.closeEntry(victim);
        continue;
      }
      if (!(await this.waitForRoom(deadline))) {
        throw new SchoolUnavailableError(school, `all ${this.limits.maxOpenPools} school database pools are busy`);
      }
    }
  }

  private openEntry(key: string, url: string, school: SchoolRecord, throughPooler: boolean): PoolEntry {
    const pool = new pg.Pool({
      connectionString: url,
      application_name: this.applicationName,
      max: this.poolSize,
      // Connections live as long as their pool: pg-pool's own idle reaping would close sockets
      // asynchronously and let a replacement connect before the old one is gone.
      idleTimeoutMillis: 0,
      connectionTimeoutMillis: this.limits.acquireTimeoutMillis,
      // One runaway query must not hold a connection (and the school) hostage. PgBouncer refuses
      // this startup parameter: its server connections take it from the pooler's connect_query.
      ...(throughPooler ? { Client: UnnamedStatementClient } : { statement_timeout: this.limits.statementTimeoutMillis }),
    });
    const entry: PoolEntry = {
      key,
      server: school.dbServer,
      pool,
      db: schoolDbOver(pool),
      leases: 1,
      lastUsed: Date.now(),
      ready: Promise.resolve(),
      sockets: 0,
    };
    // An idle client's error (server restart, terminated backend) must not crash the process;
    // pg-pool has already discarded that client.
    pool.on('error', () => {});
    pool.on('connect', (client) => {
      entry.sockets++;
      // Nor may a checked-out client's (the backend terminated between two queries): its next
      // query fails instead, and the pool drops it on release.
      client.on('error', () => {});
    });
    pool.on('remove', () => entry.sockets--);
    // A returned client may make this pool evictable for someone waiting for a slot.
    pool.on('release', () => this.wakeWaiters());
    entry.ready = pool.query('SELECT 1').then(
      () => undefined,
      async (err: unknown) => {
        if (this.entries.get(key) === entry) await this.closeEntry(entry);
        throw new SchoolUnavailableError(school, 'its database cannot be reached', { cause: err });
      },
    );
    this.entries.set(key, entry);
    return entry;
  }

  private unlease(entry: PoolEntry): void {
    entry.leases--;
    entry.lastUsed = Date.now();
    this.wakeWaiters();
  }

  private touch(entry: PoolEntry): void {
    entry.lastUsed = Date.now();
    this.entries.delete(entry.key);
    this.entries.set(entry.key, entry);
  }

  private isIdle(entry: PoolEntry): boolean {
    const { pool } = entry;
    return entry.leases === 0 && pool.idleCount === pool.totalCount && pool.waitingCount === 0;
  }

  private leastRecentlyUsedIdle(): PoolEntry | undefined {
    for (const e of this.entries.values()) if (this.isIdle(e)) return e;
    return undefined;
  }

  /** Ends the pool and resolves once its sockets are closed: only then is its slot free. */
  private closeEntry(entry: PoolEntry): Promise<void> {
    if (this.entries.get(entry.key) === entry) this.entries.delete(entry.key);
    entry.closed ??= (async () => {
      this.closing.add(entry);
      try {
        await entry.pool.end();
        while (entry.sockets > 0) await once(entry.pool, 'remove');
      } finally {
        this.closing.delete(entry);
        this.wakeWaiters();
      }
    })();
    return entry.closed;
  }

  private closeIdlePools(): void {
    const cutoff = Date.now() - this.limits.idleMillis;
    for (const e of [...this.entries.values()]) {
      if (e.lastUsed <= cutoff && this.isIdle(e)) void this.closeEntry(e);
    }
  }

  /** Resolves true when something may have freed a slot, false at the deadline. */
  private waitForRoom(deadline: number): Promise<boolean> {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return Promise.resolve(false);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        resolve(false);
      }, remaining);
      this.waiters.add(wake);
    });
  }

  private wakeWaiters(): void {
    for (const wake of [...this.waiters]) wake();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('SchoolDatabases is closed');
  }
}

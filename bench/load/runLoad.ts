/**
 * One load run, shared by `npm run bench -- load` and its short version in the test suite: an
 * estate of N schools seeded by SQL, every service a real process with its pool limits set
 * explicitly, one session per client, the clients in a process of their own for the given
 * seconds, then the figures: requests and latencies by kind, failures, lost writes (every
 * school's rows against the acknowledged writes), each process's RSS and the peak PostgreSQL
 * connections against the cap those limits allow.
 */
import { fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { central as centralSchema } from '@syncad/shared-db';
import { loadSubgraphs, today } from '@syncad/subgraph-kit';
import { signAccessToken } from '@syncad/platform';
import { createTestEstate, databaseUrl, startProcessStack, testAdminUrl, type ProcessStack, type TestEstate } from '@syncad/test-support';
import pg from 'pg';
import type { ClientsJob, ClientsResult } from './clients';
import { clientPlace, KINDS, planClients, seedSize, type Kind, type WriteKind } from './plan';
import { sampleConnections, sampleMemory, type ConnectionFigures, type MemorySeries } from './samplers';
import { seedSchool } from './seed';
import { verifyWrites, type WriteCheck } from './verify';
import { percentile } from '../stats';

export interface LoadOptions {
  clients: number;
  schools: number;
  seconds: number;
  /** The clients start evenly spread over the first this many seconds (default 5). */
  rampSeconds?: number;
  /** Connections each school pool of each school subgraph may hold (default 1). */
  connectionsPerSchool?: number;
  /** Each process's central pool (default 10, production's). */
  centralConnections?: number;
  /** More environment for every service (e.g. longer time limits). */
  env?: Record<string, string>;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

/**
 * Time limits far above production's (5 s per subgraph call, 3 s for a pool connection): a run
 * that must show correctness, not speed, on a starved machine (the test; the bench's --patient).
 */
export const PATIENT_LIMITS: Record<string, string> = {
  SYNCAD_SUBGRAPH_TIMEOUT_MS: '30000',
  SYNCAD_SCHOOL_ACQUIRE_TIMEOUT_MS: '20000',
  SYNCAD_CENTRAL_ACQUIRE_TIMEOUT_MS: '20000',
};

/** A log line shortened to what tells it apart: service, level, code, message and its error's message. */
function logGist(line: string): string {
  try {
    const l = JSON.parse(line);
    const err =
      typeof l.err?.message === 'string' ? ` (${l.err.message.length > 240 ? `...${l.err.message.slice(-240)}` : l.err.message})` : '';
    return `${l.service} ${l.level} ${l.code ?? ''} ${l.msg}${err}`;
  } catch {
    return line.slice(0, 300);
  }
}

export interface KindFigures {
  kind: Kind;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

export interface LoadReport {
  options: Required<Omit<LoadOptions, 'log' | 'env'>>;
  /** The most connections the configured pools allow, and how that is made up. */
  cap: { connections: number; formula: string };
  serverMaxConnections: number;
  setupSeconds: { provision: number; seed: number; start: number };
  elapsedSeconds: number;
  kinds: KindFigures[];
  total: { requests: number; perSecond: number; failures: number };
  failureSamples: string[];
  failureCauses: ClientsResult['failureCauses'];
  writes: Record<WriteKind, WriteCheck>;
  /** Writes replaced by reads because a client ran out of days or trips. */
  exhausted: number;
  timeline: ClientsResult['timeline'];
  memory: Record<string, MemorySeries>;
  connections: ConnectionFigures;
  /** The warning, error and fatal log lines the services printed during the run, by kind (logGist): how many of each. */
  serviceErrors: Array<{ count: number; example: string }>;
  /** Services that were no longer running after the run. */
  exitedServices: string[];
  /** From each service's request log lines of the run: how many, and their p99 and longest time (ms). */
  serviceRequests: Record<string, { requests: number; p99: number; max: number }>;
}

/** Runs `work` for each item with at most `concurrency` at once. */
async function fanOut<T, R>(items: T[], concurrency: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i], i);
      }
    }),
  );
  return results;
}

/** Forks the load generator (clients.ts under tsx) and waits for its result. */
function runClients(job: ClientsJob): Promise<ClientsResult> {
  const child = fork(path.join(__dirname, 'clients.ts'), [], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (result) => resolve(result as ClientsResult));
    child.once('exit', (code) => reject(new Error(`the load generator exited (code ${code}) without a result`)));
    child.send(job);
  });
}

/** One session per client, as its role's user in its school, and its access token. */
async function openSessions(estate: TestEstate, clients: number, jwtSecret: string): Promise<string[]> {
  const db = new pg.Client({ connectionString: estate.centralUrl, application_name: 'load-sessions' });
  await db.connect();
  try {
    const callers = Array.from({ length: clients }, (_, i) => {
      const { school, role } = clientPlace(i, estate.schools.length);
      const s = estate.schools[school];
      const user = s.users[role];
      return { userId: user.id, schoolId: s.id, roleId: user.roleId, roleName: role, selfScoped: false, sessionId: randomUUID() };
    });
    await db.query(
      `INSERT INTO "Session" (id, "userId", "schoolId", "roleId", "expiresAt")
       SELECT s.id, s.u, s.sc, s.r, now() + interval '1 hour' FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[]) AS s(id, u, sc, r)`,
      [callers.map((c) => c.sessionId), callers.map((c) => c.userId), callers.map((c) => c.schoolId), callers.map((c) => c.roleId)],
    );
    return callers.map((c) => signAccessToken(c, jwtSecret, 3600));
  } finally {
    await db.end();
  }
}

/** The server's connection limit, and whether it leaves room for `cap` beside what is open now. */
async function checkServerRoom(adminUrl: string, cap: number): Promise<number> {
  const db = new pg.Client({ connectionString: adminUrl });
  await db.connect();
  try {
    const { rows } = await db.query(
      `SELECT current_setting('max_connections')::int AS max, (SELECT count(*)::int FROM pg_stat_activity WHERE backend_type = 'client backend') AS used`,
    );
    const { max, used } = rows[0];
    if (max - used < cap)
      throw new Error(`PostgreSQL allows ${max} connections and ${used} are open: no room for the load's cap of ${cap}`);
    return max;
  } finally {
    await db.end();
  }
}

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const opts = { connectionsPerSchool: 1, centralConnections: 10, rampSeconds: 5, ...options };
  const log = options.log ?? (() => {});
  const adminUrl = testAdminUrl();
  const definitions = loadSubgraphs();
  const schoolSubgraphs = definitions.filter((d) => d.tenancy === 'school').length;
  const processes = definitions.length + 1;
  // Every school pool open at once (no eviction): SYNCAD_SCHOOL_CONNECTIONS_MAX / SYNCAD_SCHOOL_POOLS_MAX per pool.
  const schoolConnections = opts.schools * opts.connectionsPerSchool;
  // One LISTEN connection each: the gateway's, and each school subgraph's (caught-up schools).
  const cap = schoolSubgraphs * schoolConnections + processes * opts.centralConnections + 1 + schoolSubgraphs;
  const formula =
    `${schoolSubgraphs} school subgraphs x ${schoolConnections} school connections (${opts.schools} pools x ${opts.connectionsPerSchool})` +
    ` + ${processes} processes x ${opts.centralConnections} central + ${1 + schoolSubgraphs} LISTEN (the gateway and each school subgraph)`;
  let estate: TestEstate | null = null;
  let stack: ProcessStack | null = null;
  try {
    let started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    estate = await createTestEstate({ schools: opts.schools, concurrency: 4 });
    const provision = seconds();
    log(`provisioned ${opts.schools} schools in ${provision.toFixed(1)} s`);
    started = performance.now();
    const schoolUrls = estate.schools.map((s) => databaseUrl(adminUrl, s.databaseName));
    const size = seedSize(opts.clients, opts.schools, opts.seconds);
    const seeds = await fanOut(estate.schools, 4, (s, i) => seedSchool(schoolUrls[i], s.id, size));
    const seed = seconds();
    log(`seeded ${size.students} students and ${size.trips} trips per school in ${seed.toFixed(1)} s`);

    const serverMaxConnections = await checkServerRoom(adminUrl, cap);
    started = performance.now();
    stack = await startProcessStack(estate, {
      env: {
        SYNCAD_SCHOOL_POOLS_MAX: String(opts.schools),
        SYNCAD_SCHOOL_CONNECTIONS_MAX: String(schoolConnections),
        SYNCAD_SCHOOL_POOL_SIZE: String(opts.connectionsPerSchool),
        SYNCAD_CENTRAL_CONNECTIONS_MAX: String(opts.centralConnections),
        ...options.env,
      },
    });
    const start = seconds();
    log(`started ${Object.keys(stack.services).length} processes in ${start.toFixed(1)} s`);

    const tokens = await openSessions(estate, opts.clients, stack.jwtSecret);
    const day = today(centralSchema.DEFAULT_SCHOOL_TIMEZONE);
    const clients = planClients(
      tokens,
      estate.schools.map((s, i) => ({ seed: seeds[i], subdomain: s.subdomain })),
      day,
    );
    const services = Object.values(stack.services);
    const outputMarks = new Map(services.map((s) => [s.name, s.output.length]));
    const connectionSampler = await sampleConnections(adminUrl, [
      new URL(estate.centralUrl).pathname.slice(1),
      ...estate.schools.map((s) => s.databaseName),
    ]);
    const memorySampler = sampleMemory(Object.fromEntries(services.map((s) => [s.name, s.pid])));
    log(`${opts.clients} clients over ${opts.schools} schools for ${opts.seconds} s (starting over the first ${opts.rampSeconds} s) ...`);
    const result = await runClients({
      url: stack.gatewayUrl,
      seconds: opts.seconds,
      rampSeconds: opts.rampSeconds,
      runId: randomBytes(4).toString('hex'),
      today: day,
      clients,
    });
    const memory = memorySampler.stop();
    const connections = await connectionSampler.stop();

    const exitedServices: string[] = [];
    for (const s of services) {
      const exited = await Promise.race([s.exited.then(() => true), new Promise<boolean>((resolve) => setImmediate(() => resolve(false)))]);
      if (exited) exitedServices.push(s.name);
    }
    const runLines = (s: (typeof services)[number]) => s.output.slice(outputMarks.get(s.name));
    const serviceErrors = new Map<string, { count: number; example: string }>();
    for (const line of services.flatMap((s) => runLines(s).filter((l) => /"level":"(warn|error|fatal)"/.test(l) || !l.startsWith('{')))) {
      // Alike: the same service, level, code and message (a line that is not JSON is its own kind).
      const kind = logGist(line);
      const seen = serviceErrors.get(kind) ?? serviceErrors.set(kind, { count: 0, example: kind }).get(kind)!;
      seen.count++;
    }
    const serviceRequests = Object.fromEntries(
      services.map((s) => {
        const times = runLines(s)
          .map((line) => /"durationMs":([\d.]+)/.exec(line)?.[1])
          .filter((d): d is string => d !== undefined)
          .map(Number)
          .sort((a, b) => a - b);
        return [s.name, { requests: times.length, p99: percentile(times, 99), max: times[times.length - 1] ?? NaN }];
      }),
    );
    const writes = await verifyWrites(schoolUrls, result.writes);

    const kinds = KINDS.map((kind): KindFigures => {
      const { latencies, failures } = result.kinds[kind];
      const sorted = [...latencies].sort((a, b) => a - b);
      return {
        kind,
        requests: sorted.length,
        perSecond: sorted.length / result.elapsedSeconds,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        failures,
      };
    });
    const requests = kinds.reduce((sum, k) => sum + k.requests, 0);
    return {
      options: {
        clients: opts.clients,
        schools: opts.schools,
        seconds: opts.seconds,
        rampSeconds: opts.rampSeconds,
        connectionsPerSchool: opts.connectionsPerSchool,
        centralConnections: opts.centralConnections,
      },
      cap: { connections: cap, formula },
      serverMaxConnections,
      setupSeconds: { provision, seed, start },
      elapsedSeconds: result.elapsedSeconds,
      kinds,
      total: { requests, perSecond: requests / result.elapsedSeconds, failures: kinds.reduce((sum, k) => sum + k.failures, 0) },
      failureSamples: result.failureSamples,
      failureCauses: result.failureCauses,
      writes,
      exhausted: result.exhausted,
      timeline: result.timeline,
      memory,
      connections,
      serviceErrors: [...serviceErrors.values()].slice(0, 20),
      exitedServices,
      serviceRequests,
    };
  } finally {
    await stack?.stop().catch(() => {});
    await estate?.drop().catch(() => {});
  }
}

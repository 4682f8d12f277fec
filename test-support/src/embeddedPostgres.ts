/** Starts a throwaway embedded PostgreSQL 15 on a free port, for tests and second-server checks. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface EmbeddedServer {
  /** URL of the server's `postgres` database, for creating and dropping test databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedPostgres(): Promise<EmbeddedServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'syncad-pg-'));
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(__dirname, 'embeddedPostgresProcess.mjs'), dir, String(port)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited with code ${code} before it was ready`)));
    child.stdout.once('data', () => resolve());
  });
  child.removeAllListeners('exit');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

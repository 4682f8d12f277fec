/** Starts a throwaway embedded PostgreSQL 15 on a free port, for tests and second-server checks. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface EmbeddedServer {
  /** URL of the server's `postgres` database, for creating and dropping test databases. */
  adminUrl: string;
  /** Shuts the server down (fast: sessions are terminated), keeping its data and port (fault tests). */
  halt(): Promise<void>;
  /** Starts a halted server again on the same port with the same data. */
  resume(): Promise<void>;
  /** Stops the server for good and removes its data. */
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

export interface EmbeddedOptions {
  /** The server's max_connections (default 300). */
  maxConnections?: number;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'syncad-pg-'));
  const port = await freePort();
  const args = [path.join(__dirname, 'embeddedPostgresProcess.mjs'), dir, String(port), String(options.maxConnections ?? 300)];
  const child = spawn(process.execPath, args, {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  // Every line the process prints, in order: {"port":N} once, then one per halt/resume.
  const lines: string[] = [];
  const waiting: Array<() => void> = [];
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts);
    for (const wake of waiting.splice(0)) wake();
  });
  const nextLine = async (containing: string): Promise<void> => {
    for (;;) {
      const i = lines.findIndex((l) => l.includes(containing));
      if (i >= 0) {
        lines.splice(i, 1);
        return;
      }
      if (child.exitCode !== null) throw new Error('embedded PostgreSQL exited');
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited with code ${code} before it was ready`)));
    nextLine('"port"').then(resolve, reject);
  });
  child.removeAllListeners('exit');
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      for (const wake of waiting.splice(0)) wake();
      resolve();
    }),
  );
  return {
    adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    async halt() {
      child.stdin.write('halt\n');
      await nextLine('"halted"');
    },
    async resume() {
      child.stdin.write('resume\n');
      await nextLine('"resumed"');
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

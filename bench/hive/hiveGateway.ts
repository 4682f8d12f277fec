/**
 * Hive Gateway as shipped (@graphql-hive/gateway, a pinned dev dependency) as its own process,
 * serving the committed supergraph over running subgraphs: `hive-gateway supergraph <file> -c
 * <config.mjs> --fork 1`, the config generated into a temporary folder. It deduplicates identical
 * in-flight subgraph requests, its default. Each subgraph request carries the signed internal
 * context (signedContextHeaders.ts, bundled beside the config); the secrets travel in its
 * environment, never in a file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SUPERGRAPH_FILE } from '@syncad/gateway';
import { bundleModule } from '@syncad/scripts/build';

const HIVE_BIN = path.join(path.dirname(require.resolve('@graphql-hive/gateway/package.json')), 'dist', 'bin.js');
const READY_MILLIS = 60_000;

export interface HiveGateway {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export interface HiveOptions {
  subgraphUrls: Record<string, string>;
  jwtSecret: string;
  internalKey: string;
  /** Plan with the Rust query planner (@graphql-hive/router-runtime, `--hive-router-runtime`), Hive's fastest documented setting. */
  rustPlanner?: boolean;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function configSource(subgraphUrls: Record<string, string>): string {
  const transportEntries = Object.fromEntries(Object.entries(subgraphUrls).map(([name, location]) => [name, { location }]));
  return `import { createRequire } from 'node:module';
const { signedContextHeaders } = createRequire(import.meta.url)('./signedContextHeaders.cjs');

export const gatewayConfig = {
  transportEntries: ${JSON.stringify(transportEntries, null, 2)},
  propagateHeaders: {
    fromClientToSubgraphs: signedContextHeaders(process.env.SYNCAD_JWT_SECRET, process.env.SYNCAD_INTERNAL_KEY),
  },
};
`;
}

export async function startHiveGateway(options: HiveOptions): Promise<HiveGateway> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'syncad-hive-'));
  await bundleModule('signedContextHeaders', path.join(__dirname, 'signedContextHeaders.ts'), dir);
  const config = path.join(dir, 'gateway.config.mjs');
  fs.writeFileSync(config, configSource(options.subgraphUrls));
  const port = await freePort();
  const args = [HIVE_BIN, 'supergraph', SUPERGRAPH_FILE, '-c', config, '--port', String(port), '--host', '127.0.0.1', '--fork', '1'];
  if (options.rustPlanner) args.push('--hive-router-runtime');
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      SYNCAD_JWT_SECRET: options.jwtSecret,
      SYNCAD_INTERNAL_KEY: options.internalKey,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(kill);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + READY_MILLIS;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`Hive Gateway exited before it was ready:\n${output}`);
    }
    const ready = await fetch(`http://127.0.0.1:${port}/readiness`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Hive Gateway was not ready within ${READY_MILLIS / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url: `http://127.0.0.1:${port}/graphql`, pid: child.pid!, stop };
}

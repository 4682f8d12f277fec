/** `npm start` as a test runs it: a child process whose output is collected, stopped with SIGINT like Ctrl-C. */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export interface StartRun {
  output: string;
  exitCode: number | null;
  /** Milliseconds from SIGINT to the exit. */
  stopMillis: number;
}

/** Runs npm start with `env` until `until(output)` holds, runs `whileUp`, then sends SIGINT and waits for the exit. */
export async function runStart(
  env: NodeJS.ProcessEnv,
  until: (output: string) => boolean,
  whileUp?: (output: () => string) => Promise<void>,
): Promise<StartRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, SYNCAD_JWT_SECRET: 'x'.repeat(40), SYNCAD_INTERNAL_KEY: 'y'.repeat(40), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 90_000;
  while (!until(output) && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  try {
    if (whileUp && until(output)) await whileUp(() => output);
  } finally {
    child.kill('SIGINT');
  }
  const signalled = Date.now();
  const exitCode = await exited;
  return { output, exitCode, stopMillis: Date.now() - signalled };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether 127.0.0.1:`port` can be bound right now. */
function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * A port base in [low, high) whose `span` ports (the gateway, the subgraphs, ops, the embedded
 * server at +20) are all free now. The range must lie below the kernel's ephemeral ports
 * (32768 and up here): a port there can be taken at any moment by any test's outgoing connection.
 */
export async function freePortBase(low: number, high: number, span = 25): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = low + Math.floor(Math.random() * Math.floor((high - low - span) / span)) * span;
    const ports = Array.from({ length: span }, (_, i) => base + i);
    if ((await Promise.all(ports.map(canBind))).every(Boolean)) return base;
  }
  throw new Error(`no free run of ${span} ports in [${low}, ${high})`);
}

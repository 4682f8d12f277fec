/** `npm start` as a test runs it: a child process whose output is collected, stopped with SIGINT like Ctrl-C. */
import { spawn } from 'node:child_process';
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

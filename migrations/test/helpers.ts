/** Shared by the migrations tests: databases by name prefix, and running the CLIs as real processes. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { adminQuery } from '@syncad/test-support';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export async function databasesWithPrefix(prefix: string): Promise<string[]> {
  const { rows } = await adminQuery(
    `SELECT datname FROM pg_database WHERE starts_with(datname, '${prefix.replace(/'/g, "''")}') ORDER BY datname`,
  );
  return rows.map((r) => r.datname as string);
}

export async function dropDatabasesWithPrefix(prefix: string): Promise<void> {
  for (const name of await databasesWithPrefix(prefix)) {
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node --import tsx migrations/src/<script>` from the repository root, as the npm scripts do. */
export function runCli(script: string, args: string[], env: Record<string, string | undefined>): Promise<CliRun> {
  const childEnv = { ...process.env, ...env };
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('migrations', 'src', script), ...args], {
      cwd: REPO_ROOT,
      env: childEnv,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

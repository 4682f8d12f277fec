/**
 * Secrets may come as files (Docker and compose secrets mount them under /run/secrets): for each
 * variable below, NAME_FILE=/path sets NAME to the file's content (trimmed) unless NAME is set.
 * PGPASSWORD is the one node-postgres itself reads for every URL without a password, so one
 * secret serves the central database and every school database on the same credentials.
 */
import fs from 'node:fs';

export const SECRET_VARIABLES = [
  'DATABASE_URL',
  'SYNCAD_DB_SERVERS',
  'SYNCAD_DB_POOLERS',
  'PGPASSWORD',
  'SYNCAD_JWT_SECRET',
  'SYNCAD_INTERNAL_KEY',
  'SYNCAD_ADMIN_PASSWORD',
];

/** Fills each secret variable from its NAME_FILE (call first thing in a process entry); throws naming the variable if a file cannot be read. */
export function readSecretFiles(env: NodeJS.ProcessEnv = process.env): void {
  for (const name of SECRET_VARIABLES) {
    const file = env[`${name}_FILE`];
    if (!file || env[name]) continue;
    let value: string;
    try {
      value = fs.readFileSync(file, 'utf8').trim();
    } catch (err) {
      throw new Error(`${name}_FILE names a file that cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { cause: err });
    }
    if (value === '') throw new Error(`${name}_FILE names an empty file`);
    env[name] = value;
  }
}

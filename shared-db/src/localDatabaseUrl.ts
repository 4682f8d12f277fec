/**
 * While `npm start` runs its embedded PostgreSQL, it writes the central database URL here, so
 * the command-line tools work without DATABASE_URL. An explicit DATABASE_URL always wins.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Where `npm start` keeps local state: SYNCAD_DATA_DIR, or `.data` at the repository root. */
export function localDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SYNCAD_DATA_DIR ?? path.resolve(__dirname, '..', '..', '.data');
}

export function localUrlFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(localDataDir(env), 'database-url');
}

export function envWithLocalDatabaseUrl(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const file = localUrlFile(env);
  if (env.DATABASE_URL || !fs.existsSync(file)) return env;
  return { ...env, DATABASE_URL: fs.readFileSync(file, 'utf8').trim() };
}

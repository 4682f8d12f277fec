/**
 * While `npm start` runs its embedded PostgreSQL, it writes the central database URL here, so
 * the command-line tools work without DATABASE_URL. An explicit DATABASE_URL always wins.
 */
import fs from 'node:fs';
import path from 'node:path';

export const LOCAL_URL_FILE = path.resolve(__dirname, '..', '..', '.data', 'database-url');

export function envWithLocalDatabaseUrl(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (env.DATABASE_URL || !fs.existsSync(LOCAL_URL_FILE)) return env;
  return { ...env, DATABASE_URL: fs.readFileSync(LOCAL_URL_FILE, 'utf8').trim() };
}

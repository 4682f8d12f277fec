/**
 * The database name of a new school: `<central database name>_<subdomain, - as _>`, so every
 * deployment (and every test run) gets its own names. PostgreSQL truncates identifiers at 63
 * bytes, so a longer name is cut and given a hash of the full name to stay unique.
 */
import { createHash } from 'node:crypto';

const MAX_IDENTIFIER = 63;

export function databaseNameFromUrl(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

export function schoolDatabaseName(centralDatabaseName: string, subdomain: string): string {
  const prefix = centralDatabaseName.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const full = `${prefix}_${subdomain.replace(/-/g, '_')}`;
  if (full.length <= MAX_IDENTIFIER) return full;
  const hash = createHash('sha256').update(full).digest('hex').slice(0, 10);
  return `${full.slice(0, MAX_IDENTIFIER - hash.length - 1)}_${hash}`;
}

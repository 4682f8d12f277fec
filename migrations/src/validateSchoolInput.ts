/** Checks and normalises the input of provisionSchool; bad input is a BAD_USER_INPUT ProvisionError. */
import { central } from '@syncad/shared-db';
import { ProvisionError } from './provisionError';

export interface SchoolInput {
  name: string;
  subdomain: string;
  /** A server name from configuration; "default" (the central server) when absent. */
  dbServer?: string;
  district?: string | null;
  board?: string | null;
  /** IANA time zone, e.g. "Asia/Kolkata" (the default). */
  timezone?: string | null;
}

export interface ValidSchoolInput {
  name: string;
  subdomain: string;
  dbServer: string;
  district: string | null;
  board: string | null;
  timezone: string;
}

/** The same rule as the School table's CHECK constraint: a DNS label. */
export const SUBDOMAIN_PATTERN = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Host names the platform itself uses or that would confuse users and operators. */
export const RESERVED_SUBDOMAINS: ReadonlySet<string> = new Set([
  'www',
  'api',
  'admin',
  'app',
  'auth',
  'login',
  'graphql',
  'gateway',
  'playground',
  'static',
  'assets',
  'cdn',
  'mail',
  'smtp',
  'ftp',
  'status',
  'docs',
  'help',
  'support',
  'dev',
  'staging',
  'localhost',
  'root',
  'system',
  'syncad',
  'central',
  'postgres',
  'template0',
  'template1',
]);

function optionalText(value: string | null | undefined, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new ProvisionError('BAD_USER_INPUT', `${field} must be a string`);
  const trimmed = value.trim();
  if (trimmed.length > 200) throw new ProvisionError('BAD_USER_INPUT', `${field} must be at most 200 characters`);
  return trimmed === '' ? null : trimmed;
}

/**
 * A time zone the runtime knows (an IANA name), as given, in the runtime's letter case: never
 * swapped for another name of the same zone (the runtime's ICU resolves "Asia/Kolkata" to its
 * older alias "Asia/Calcutta", which is not what the school chose).
 */
function timeZone(value: string | null | undefined): string {
  if (value === undefined || value === null || value.trim() === '') return central.DEFAULT_SCHOOL_TIMEZONE;
  const given = value.trim();
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: given }).resolvedOptions().timeZone;
    return resolved.toLowerCase() === given.toLowerCase() ? resolved : given;
  } catch {
    throw new ProvisionError('BAD_USER_INPUT', `timezone "${value}" is not an IANA time zone such as "Asia/Kolkata"`);
  }
}

export function validateSchoolInput(input: SchoolInput, defaultServer: string): ValidSchoolInput {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name.length < 2 || name.length > 200) {
    throw new ProvisionError('BAD_USER_INPUT', 'name must be 2 to 200 characters (after trimming)');
  }
  // Host names are case-insensitive, so "GreenValley" is the school "greenvalley".
  const subdomain = typeof input.subdomain === 'string' ? input.subdomain.trim().toLowerCase() : '';
  if (!SUBDOMAIN_PATTERN.test(subdomain)) {
    throw new ProvisionError(
      'BAD_USER_INPUT',
      `subdomain "${subdomain}" is invalid: use 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen`,
    );
  }
  if (RESERVED_SUBDOMAINS.has(subdomain)) {
    throw new ProvisionError('BAD_USER_INPUT', `subdomain "${subdomain}" is reserved`);
  }
  const dbServer = input.dbServer === undefined ? defaultServer : String(input.dbServer).trim();
  if (dbServer === '') throw new ProvisionError('BAD_USER_INPUT', 'dbServer must not be empty');
  return {
    name,
    subdomain,
    dbServer,
    district: optionalText(input.district, 'district'),
    board: optionalText(input.board, 'board'),
    timezone: timeZone(input.timezone),
  };
}

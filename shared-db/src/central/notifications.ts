/**
 * Cache invalidations on the central database: identity and the migrator NOTIFY, the gateways and
 * the school subgraphs LISTEN. Inside a
 * transaction PostgreSQL delivers a NOTIFY at COMMIT, and not at all on ROLLBACK, so listeners
 * never hear of a change that did not happen.
 */
import { sql } from 'drizzle-orm';
import type { CentralExecutor } from './CentralExecutor';

/** Payload: the revoked session's id (empty: forget every session). */
export const SESSION_REVOKED_CHANNEL = 'syncad_session_revoked';
/** Payload: the role whose flags changed (empty: every role). */
export const PERMISSIONS_CHANGED_CHANNEL = 'syncad_permissions_changed';

/** Payload: the revoked API key's id. */
export const API_KEY_REVOKED_CHANNEL = 'syncad_api_key_revoked';

/** Payload: the school whose database the migrator just brought up to date (the school subgraphs LISTEN). */
export const SCHOOL_MIGRATED_CHANNEL = 'syncad_school_migrated';

export type InvalidationChannel =
  typeof SESSION_REVOKED_CHANNEL | typeof PERMISSIONS_CHANGED_CHANNEL | typeof API_KEY_REVOKED_CHANNEL | typeof SCHOOL_MIGRATED_CHANNEL;

export async function notifyInvalidation(db: CentralExecutor, channel: InvalidationChannel, payload: string): Promise<void> {
  await db.execute(sql`SELECT pg_notify(${channel}, ${payload})`);
}

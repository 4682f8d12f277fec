/**
 * NOTIFY on the central database. Inside a transaction PostgreSQL delivers it at COMMIT, and not
 * at all on ROLLBACK, so listeners (the gateway's caches) never hear of a change that did not happen.
 */
import { sql } from 'drizzle-orm';
import type { CentralExecutor } from './CentralExecutor';

export type NotifyChannel = 'syncad_session_revoked' | 'syncad_permissions_changed';

export async function notify(db: CentralExecutor, channel: NotifyChannel, payload: string): Promise<void> {
  await db.execute(sql`SELECT pg_notify(${channel}, ${payload})`);
}

/**
 * LISTENs on the central database for cache invalidations (identity's revocations and permission
 * changes for the gateway; the migrator's caught-up schools for the school subgraphs). One
 * connection per process. A dropped connection is re-opened after a second; since notifications
 * sent meanwhile are lost, `onReconnect` lets the caller forget everything it cached.
 */
import pg from 'pg';

export interface InvalidationListener {
  close(): Promise<void>;
}

export async function listenForInvalidations(
  url: string,
  handlers: Record<string, (payload: string) => void>,
  onReconnect: () => void,
): Promise<InvalidationListener> {
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => handlers[n.channel]?.(n.payload ?? ''));
    c.on('error', () => lost(c));
    c.on('end', () => lost(c));
    try {
      await c.connect();
      for (const channel of Object.keys(handlers)) await c.query(`LISTEN ${c.escapeIdentifier(channel)}`);
    } catch (err) {
      c.end().catch(() => {});
      throw err;
    }
    // close() may have run while this connection was being made: it must not outlive the listener.
    if (closed) {
      await c.end().catch(() => {});
      return;
    }
    client = c;
  };

  const reconnectLater = () => {
    if (closed) return;
    retry = setTimeout(() => connect().then(onReconnect, reconnectLater), 1_000);
    retry.unref();
  };

  const lost = (c: pg.Client) => {
    if (closed || client !== c) return;
    client = null;
    c.end().catch(() => {});
    reconnectLater();
  };

  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}

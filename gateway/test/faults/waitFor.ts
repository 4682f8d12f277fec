/** Small helpers for fault tests: polling until something holds, timing, raw connection checks. */
import net from 'node:net';
import pg from 'pg';

/** Calls `probe` every `everyMillis` until it returns true; returns how long that took; throws after `withinMillis`. */
export async function waitFor(probe: () => Promise<boolean> | boolean, withinMillis: number, everyMillis = 100): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (
      await Promise.resolve()
        .then(probe)
        .catch(() => false)
    )
      return Date.now() - started;
    if (Date.now() - started > withinMillis) throw new Error(`still not true after ${withinMillis} ms`);
    await new Promise((r) => setTimeout(r, everyMillis));
  }
}

/** Runs `work` and returns its result with the milliseconds it took. */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; millis: number }> {
  const started = Date.now();
  const value = await work();
  return { value, millis: Date.now() - started };
}

/** Whether a TCP connection to the port is accepted (false when refused). */
export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Holds an exclusive lock on a table of a database until release(): queries touching it wait. */
export async function lockTable(url: string, table: string): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`);
  return {
    async release() {
      await client.query('COMMIT').catch(() => {});
      await client.end().catch(() => {});
    },
  };
}

/** Resolves once some backend waits on a lock in the database (the request under test is in flight). */
export async function someoneWaitsForLock(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await waitFor(
      async () => {
        const r = await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`, [
          database,
        ]);
        return r.rows[0].n > 0;
      },
      15_000,
      50,
    );
  } finally {
    await client.end();
  }
}

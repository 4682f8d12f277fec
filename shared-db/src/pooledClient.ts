/**
 * The client for school connections made through a transaction-pooling PgBouncer (1.18, what
 * Debian ships): between two transactions the pooler may hand the client's next statement to
 * another server connection, where a named prepared statement made on the first does not exist
 * (1.21 added `max_prepared_statements`; 1.18 has nothing of the kind). node-postgres prepares a
 * named statement whenever a query config has a `name` (Drizzle's `.prepare(name)`, the kit's
 * namedQuery), so this client sends every statement unnamed: parsed and planned on each execution,
 * in the same round trip as before (Parse/Bind/Execute/Sync travel together).
 */
import pg from 'pg';

export class UnnamedStatementClient extends pg.Client {
  // Every overload of pg.Client#query passes through: only a config object's name is dropped.
  query(...args: unknown[]): any {
    const [config] = args;
    if (config && typeof config === 'object' && (config as pg.QueryConfig).name) {
      args[0] = { ...(config as pg.QueryConfig), name: undefined };
    }
    return (super.query as (...a: unknown[]) => unknown)(...args);
  }
}

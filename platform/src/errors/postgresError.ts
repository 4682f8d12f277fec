/** The one place that digs PostgreSQL's error out of what drizzle and pg throw. */
export interface PostgresError {
  /** SQLSTATE, e.g. "23505", or a socket error code such as "ECONNREFUSED". */
  code: string;
  constraint?: string;
}

/** The driver's error (drizzle wraps it as `cause`), or null when `err` carries no code. */
export function postgresErrorOf(err: unknown): PostgresError | null {
  for (let e = err as { code?: unknown; constraint?: unknown; cause?: unknown } | null | undefined, depth = 0; e && depth < 3; depth++) {
    if (typeof e.code === 'string') return { code: e.code, constraint: typeof e.constraint === 'string' ? e.constraint : undefined };
    e = e.cause as typeof e;
  }
  return null;
}

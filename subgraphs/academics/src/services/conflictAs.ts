/** Turns a unique violation into a CONFLICT with a message that names what collided. */
import { AppError } from '@syncad/subgraph-kit';

interface PgError {
  code?: unknown;
  constraint?: unknown;
}

/** The driver's error, which drizzle may wrap as `cause`. */
function pgErrorOf(err: unknown): PgError | null {
  const e = err as (PgError & { cause?: PgError }) | null;
  if (e?.code === '23505') return e;
  if (e?.cause?.code === '23505') return e.cause;
  return null;
}

/**
 * `message` is one message, or messages by the name of the violated constraint (unique index)
 * when a table has several.
 */
export async function conflictAs<T>(work: Promise<T>, message: string | Record<string, string>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    const violation = pgErrorOf(err);
    if (!violation) throw err;
    if (typeof message === 'string') throw AppError.conflict(message);
    const byConstraint = typeof violation.constraint === 'string' ? message[violation.constraint] : undefined;
    throw AppError.conflict(byConstraint ?? 'a record with the same unique value already exists');
  }
}

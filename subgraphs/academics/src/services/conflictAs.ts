/** Turns a unique violation into a CONFLICT with a message that names what collided. */
import { AppError } from '@syncad/subgraph-kit';

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}

export async function conflictAs<T>(work: Promise<T>, message: string): Promise<T> {
  try {
    return await work;
  } catch (err) {
    throw isUniqueViolation(err) ? AppError.conflict(message) : err;
  }
}

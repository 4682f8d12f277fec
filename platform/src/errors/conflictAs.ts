/** Turns a unique violation into a CONFLICT with a message that names what collided. */
import { AppError } from './AppError';
import { postgresErrorOf } from './postgresError';

/**
 * `message` is one message, or messages by the name of the violated constraint (unique index)
 * when a table has several.
 */
export async function conflictAs<T>(work: Promise<T>, message: string | Record<string, string>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    const violation = postgresErrorOf(err);
    if (violation?.code !== '23505') throw err;
    if (typeof message === 'string') throw AppError.conflict(message);
    const byConstraint = violation.constraint ? message[violation.constraint] : undefined;
    throw AppError.conflict(byConstraint ?? 'a record with the same unique value already exists');
  }
}

/**
 * The gateway's one "must be signed in" decision: an operation that selects anything but public
 * fields (its analysis says `authenticated`) needs a caller. authenticateRequest applies it before
 * any GraphQL step (401 before validation or cost limits); the permission check applies it again to
 * the operation Apollo Server resolved, with the variables execution will use.
 */
import { AppError, type Caller } from '@syncad/platform';

export const SIGN_IN_REQUIRED = 'authentication required: send Authorization: Bearer <access token>';

/** Refuses (401) an operation that needs a signed-in caller when there is none. */
export function requireSignIn(operationNeedsSignIn: boolean, caller: Caller | null): void {
  if (operationNeedsSignIn && !caller) throw AppError.unauthenticated(SIGN_IN_REQUIRED).withHttpStatus();
}

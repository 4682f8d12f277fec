/**
 * The gateway's deadline, passed to the subgraph it calls: the instant (epoch milliseconds) after
 * which the gateway no longer waits for the answer. Past it the gateway has answered its client
 * "unavailable, try again", so the subgraph must not start, or commit, anything more: a write that
 * lands after that answer is one the client will make twice. An instant, not a duration: a request
 * that sat in a stopped process's socket buffer must still be found late when it is read. The
 * hosts' clocks must agree to well within the subgraph time limit (NTP keeps them within ms).
 */
import { AppError } from '../errors/AppError';

export const DEADLINE_HEADER = 'x-syncad-deadline';

/** When the request's time runs out (epoch ms), from its header; Infinity without one. */
export function deadlineOf(header: string | string[] | undefined): number {
  const text = Array.isArray(header) ? header[0] : header;
  const at = Number(text);
  return text !== undefined && Number.isSafeInteger(at) && at > 0 ? at : Infinity;
}

/** Past the deadline: nothing was (or will be) done; the gateway has answered already. */
export function timeRanOut(): AppError {
  return new AppError('SUBGRAPH_UNAVAILABLE', 'the gateway stopped waiting for this request: nothing was done', {
    http: { status: 503 },
  });
}

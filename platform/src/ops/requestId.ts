/**
 * Request ids: the gateway takes a well-formed `x-request-id` from the caller (a load balancer may
 * set one) or makes one, returns it in the answer's header and in every error's
 * `extensions.requestId`, and forwards it to every subgraph, which logs it too.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Letters, digits and . _ : - only (nothing that could forge a log line), at most 100 characters. */
const WELL_FORMED = /^[A-Za-z0-9._:-]{1,100}$/;

/** The request's id: its well-formed `x-request-id` header, or a new UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const header = req.headers[REQUEST_ID_HEADER];
  const value = Array.isArray(header) ? header[0] : header;
  return value && WELL_FORMED.test(value) ? value : randomUUID();
}

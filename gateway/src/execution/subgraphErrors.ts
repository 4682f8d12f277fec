/**
 * How a subgraph's errors reach the gateway's answer: relayed as @apollo/gateway relays them
 * (their message, path and extensions, the code kept or DOWNSTREAM_SERVICE_ERROR, the service named
 * in `serviceName` for formatGatewayError to check and strip), and SUBGRAPH_UNAVAILABLE when the
 * subgraph did not answer as a subgraph. Both ways of executing (plans and root fetches) use these.
 */
import { AppError } from '@syncad/platform';
import { GraphQLError } from 'graphql';
import { DEFAULT_SUBGRAPH_LIMITS, type SubgraphCallLimits, type SubgraphUnavailableError } from './subgraphFetcher';

export interface SubgraphErrorShape {
  message?: unknown;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/** A subgraph's error as the gateway relays it. */
export function relayedError(error: SubgraphErrorShape, service: string): GraphQLError {
  const message =
    typeof error.message === 'string' && error.message ? error.message : `Error while fetching subquery from service "${service}"`;
  return new GraphQLError(message, {
    path: error.path,
    extensions: { ...error.extensions, code: error.extensions?.code ?? 'DOWNSTREAM_SERVICE_ERROR', serviceName: service },
  });
}

/** The first error of an HTTP error answer's body, when it is a coded one (a subgraph refusing a request says why). */
export function codedErrorOf(body: unknown): SubgraphErrorShape | null {
  const errors = (body as { errors?: unknown } | null)?.errors;
  const first = Array.isArray(errors) ? (errors[0] as SubgraphErrorShape | undefined) : undefined;
  return typeof first?.message === 'string' && typeof first.extensions?.code === 'string'
    ? { message: first.message, extensions: first.extensions }
    : null;
}

const REASONS: Record<SubgraphUnavailableError['reason'], (limits: SubgraphCallLimits) => string> = {
  timeout: (l) => `no answer within ${l.timeoutMillis} ms`,
  unreachable: () => 'it cannot be reached',
  busy: (l) => `${l.maxInFlight} requests to it are already in flight`,
  open: (l) =>
    `it did not answer within ${l.timeoutMillis} ms ${l.breakAfterTimeouts ?? DEFAULT_SUBGRAPH_LIMITS.breakAfterTimeouts} times in a row: ` +
    `requests fail at once until it answers again (tried every ${(l.halfOpenAfterMillis ?? DEFAULT_SUBGRAPH_LIMITS.halfOpenAfterMillis) / 1000} s)`,
};

/** SUBGRAPH_UNAVAILABLE at each response key a fetch would have filled, or once when they are not known (an entity fetch). */
export function unavailableErrors(
  service: string,
  reason: SubgraphUnavailableError['reason'],
  limits: SubgraphCallLimits,
  keys: string[] | null,
) {
  const { message, extensions } = AppError.subgraphUnavailable(service, REASONS[reason](limits));
  return keys ? keys.map((key) => ({ message, path: [key], extensions })) : [{ message, extensions }];
}

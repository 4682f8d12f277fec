/**
 * The gateway's error formatting: the platform's masking for its own errors, plus errors relayed from
 * subgraphs. Those arrive as plain GraphQLErrors (not AppError instances), already masked by the
 * subgraph's own formatError, so a code from the closed set passes with its message and known
 * extensions; anything else is masked by the platform's formatError.
 */
import type { GraphQLFormattedError } from 'graphql';
import { formatGatewayLevelError, HTTP_STATUS, type ErrorCode } from '@syncad/platform';

/**
 * Extensions a subgraph error may carry to the client (no serviceName: topology is internal;
 * `service` names the part that is down in a SUBGRAPH_UNAVAILABLE error, which operators and
 * clients need to know).
 */
const RELAYED_EXTENSIONS = ['code', 'field', 'missing', 'retryAfter', 'service'];

export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const relayed = typeof formatted.extensions?.serviceName === 'string';
  if (relayed && typeof code === 'string' && code in HTTP_STATUS) {
    const extensions = Object.fromEntries(
      RELAYED_EXTENSIONS.filter((k) => k in formatted.extensions!).map((k) => [k, formatted.extensions![k]]),
    );
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...extensions, code: code as ErrorCode },
    };
  }
  return formatGatewayLevelError(formatted, error);
}

/**
 * The gateway's public HTTP surface on a plain node:http server: POST /graphql and GET /graphql
 * for queries (with CORS for browser apps on other origins; a GET must carry a header a browser
 * cannot send cross-site without a preflight, such as Authorization: Apollo Server's CSRF
 * prevention, configured in buildGateway), GET /health (alive), extra pages from the configuration
 * (the playground), 405 for other methods on /graphql, 404 for anything else (/ready and /metrics are
 * on the operations port: ops/opsHttp.ts). Every request gets an id (x-request-id, in and out)
 * and one access line; /metrics counts operations by name for signed-in callers only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import {
  accessLogger,
  AppError,
  internalHttpError,
  REQUEST_ID_HEADER,
  requestIdOf,
  runGraphqlHttp,
  sendError,
  sendJson,
  silentLogger,
  type Logger,
  type ServiceMetrics,
} from '@syncad/platform';
import type { IdentifiedRequest } from '../auth/authenticateRequest';
import type { GatewayContext, GatewayTrace } from '../GatewayContext';
import type { ScopedPersistedQueries } from './ScopedPersistedQueries';
import { servePlayground } from '../playground/playgroundRoutes';

export interface HttpOptions {
  apollo: ApolloServer<GatewayContext>;
  isReady(): boolean;
  maxBodyBytes: number;
  /** The body cap of a request without a bearer token (sign-in only: far below maxBodyBytes). */
  anonymousMaxBodyBytes: number;
  routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void>;
  corsOrigins: '*' | string[];
  /** Serve the playground at / (and GET /graphql from a browser). */
  playground: boolean;
  /** Authentication, before the body is read; its context() is made before any GraphQL step. */
  identify(req: IncomingMessage): Promise<IdentifiedRequest>;
  /** Access lines and unexpected failures (default: none). */
  logger?: Logger;
  /** Automatic persisted queries, scoped by the request's caller (default: Apollo Server's own, if any). */
  persistedQueries?: ScopedPersistedQueries;
  /** Requests by operation and outcome (served on the operations port). */
  metrics?: ServiceMetrics;
}

/** Sets the CORS headers for an allowed Origin; false when the request's Origin is not allowed. */
function allowOrigin(req: IncomingMessage, res: ServerResponse, allowed: '*' | string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (allowed !== '*' && !allowed.includes(origin)) return false;
  res.setHeader('access-control-allow-origin', allowed === '*' ? '*' : origin);
  res.setHeader('access-control-expose-headers', 'x-request-id, retry-after');
  res.setHeader('vary', 'Origin');
  return true;
}

function preflight(req: IncomingMessage, res: ServerResponse, allowed: '*' | string[]): void {
  if (!allowOrigin(req, res, allowed)) {
    sendError(res, 403, 'FORBIDDEN', 'this origin may not call the API (SYNCAD_CORS_ORIGINS)');
    return;
  }
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    // What common clients add: Apollo Client's name/version, W3C trace context, Sentry's trace header.
    'access-control-allow-headers': [
      'content-type',
      'authorization',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'apollographql-client-name',
      'apollographql-client-version',
      'x-request-id',
      'idempotency-key',
      'traceparent',
      'tracestate',
      'baggage',
      'sentry-trace',
    ].join(', '),
    'access-control-max-age': '600',
  });
  res.end();
}

/** A retried mutation's key (the Idempotency-Key header): 1 to 100 visible ASCII characters, or BAD_USER_INPUT. */
function idempotencyKeyOf(req: IncomingMessage): string | undefined {
  const header = req.headers['idempotency-key'];
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !/^[\x21-\x7e]{1,100}$/.test(header))
    throw AppError.badInput('Idempotency-Key must be 1 to 100 visible ASCII characters (e.g. a UUID)', 'Idempotency-Key').withHttpStatus();
  return header;
}

export async function handleHttp(req: IncomingMessage, res: ServerResponse, options: HttpOptions): Promise<void> {
  const started = process.hrtime.bigint();
  const logger = options.logger ?? silentLogger();
  const requestId = requestIdOf(req);
  res.setHeader(REQUEST_ID_HEADER, requestId);
  // The API's own path as it nearly always comes needs no URL parse (~0.5% of the gateway's CPU).
  const path = req.url === '/graphql' ? req.url : new URL(req.url ?? '/', 'http://gateway').pathname;
  const trace: GatewayTrace = { requestId, operationName: null, operationType: null, schoolId: null, role: null, subgraphs: new Set() };
  let graphql: { errorCodes: string[]; operationName: string | null } | null = null;
  try {
    if (req.method === 'GET' && path === '/health') {
      if (options.isReady()) sendJson(res, 200, { status: 'ok' });
      else sendJson(res, 503, { status: 'starting' });
    } else if (options.routes[`${req.method} ${path}`]) {
      options.routes[`${req.method} ${path}`](req, res);
    } else if (options.playground && servePlayground(req, res, path)) {
      // the playground's pages and files
    } else if (path === '/graphql' && req.method === 'OPTIONS') {
      preflight(req, res, options.corsOrigins);
    } else if (path === '/graphql' && (req.method === 'POST' || req.method === 'GET')) {
      if (!allowOrigin(req, res, options.corsOrigins)) {
        sendError(res, 403, 'FORBIDDEN', 'this origin may not call the API (SYNCAD_CORS_ORIGINS)');
      } else {
        const identified = await options.identify(req);
        const run = () =>
          runGraphqlHttp(req, res, {
            apollo: options.apollo,
            maxBodyBytes: identified.caller ? options.maxBodyBytes : options.anonymousMaxBodyBytes,
            requestId,
            context: async (body) => {
              const context = await identified.context(body);
              const idempotencyKey = idempotencyKeyOf(req);
              if (idempotencyKey) context.idempotencyKey = idempotencyKey;
              trace.schoolId = context.caller?.schoolId ?? context.hostSchoolId;
              trace.role = context.caller?.roleName ?? null;
              return Object.assign(context, { requestId, trace });
            },
          });
        graphql = await (options.persistedQueries ? options.persistedQueries.within(identified.caller, run) : run());
      }
    } else if (path === '/graphql') {
      sendError(res, 405, 'BAD_REQUEST', 'send GraphQL operations with POST (queries also with GET)', { allow: 'GET, POST, OPTIONS' });
    } else {
      sendError(res, 404, 'NOT_FOUND', `nothing is served at ${path}: the API is POST /graphql`);
    }
  } catch (err) {
    internalHttpError(res, logger, err, requestId);
    if (path === '/graphql') graphql = { errorCodes: ['INTERNAL_SERVER_ERROR'], operationName: null };
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const line: Record<string, unknown> = {
    requestId,
    method: req.method,
    path,
    status: res.statusCode,
    durationMs: Math.round(seconds * 1e4) / 10,
  };
  if (graphql) {
    // Names are the client's: a valid one may still be long. Only a signed-in caller's name takes
    // one of the metric's bounded names (anonymous traffic must not push real ones into "other").
    const operation = (trace.operationName ?? graphql.operationName)?.slice(0, 100) ?? null;
    options.metrics?.observe(trace.role === null ? null : operation, trace.operationType, graphql.errorCodes, seconds);
    Object.assign(line, {
      operation,
      type: trace.operationType,
      school: trace.schoolId,
      role: trace.role,
      errorCodes: graphql.errorCodes,
      subgraphs: [...trace.subgraphs],
    });
    // This request's id did not reach these subgraphs: the fetch that served it carried another's.
    if (trace.sharedFetches) line.sharedFetches = [...trace.sharedFetches];
  }
  // Liveness probes come every few seconds: their access lines are at debug level.
  const access = accessLogger(logger);
  if (path === '/health') access.debug(line, 'request');
  else access.info(line, 'request');
}

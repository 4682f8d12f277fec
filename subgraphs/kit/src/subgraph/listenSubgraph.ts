/**
 * Serves a built subgraph on a port (0 = any free one) with a plain node:http server: POST /
 * runs GraphQL with a context built from the gateway's signed header; GET /health (alive),
 * GET /ready (its databases reachable) and GET /metrics (Prometheus) are for operators; nothing
 * else is served. Every GraphQL request gets one access line with the gateway's request id.
 * stop() is graceful: no new connections, in-flight requests finish (bounded), then it closes.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import {
  DEADLINE_HEADER,
  deadlineOf,
  INTERNAL_CONTEXT_HEADER,
  verifyInternalContext,
  mapDatabaseError,
  internalHttpError,
  accessLogger,
  runGraphqlHttp,
  sendError,
  sendJson,
  silentLogger,
  logRequestError,
  checkReadiness,
  REQUEST_ID_HEADER,
  requestIdOf,
  attachTrace,
  closeGracefully,
  DRAIN_MILLIS,
} from '@syncad/platform';
import type { ServiceMetrics, InternalContext, Logger, ReadyChecks, RequestTrace } from '@syncad/platform';

const MAX_BODY_BYTES = 1024 * 1024;
/** How long an idle gateway connection stays open. */
const KEEP_ALIVE_MILLIS = 60_000;
const READY_TIMEOUT_MILLIS = 2_000;

export interface ListeningSubgraph {
  url: string;
  stop(): Promise<void>;
}

export interface ListenOptions<TContext> {
  port: number;
  host?: string;
  internalKey: string;
  /** `deadline`: when the gateway stops waiting (epoch ms; Infinity for a request without one). */
  createContext(internal: InternalContext, requestId: string, deadline: number, operation: SentOperation): Promise<TContext>;
  logger?: Logger;
  metrics?: ServiceMetrics;
  /** What GET /ready checks (each must settle within 2 s); none: always ready. */
  ready?: ReadyChecks;
  drainMillis?: number;
}

function elapsedMillis(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export async function listenSubgraph<TContext extends object>(
  server: ApolloServer<TContext>,
  options: ListenOptions<TContext>,
): Promise<ListeningSubgraph> {
  const logger = options.logger ?? silentLogger();
  const access = accessLogger(logger);
  let stopping = false;
  await server.start();

  const serveGraphql = async (req: http.IncomingMessage, res: http.ServerResponse, requestId: string): Promise<void> => {
    const started = process.hrtime.bigint();
    const trace: RequestTrace = { requestId, operationName: null, operationType: null };
    const outcome = await runGraphqlHttp(req, res, {
      apollo: server,
      maxBodyBytes: MAX_BODY_BYTES,
      requestId,
      context: async (body) => {
        try {
          const header = req.headers[INTERNAL_CONTEXT_HEADER];
          const internal = verifyInternalContext(Array.isArray(header) ? header[0] : header, options.internalKey);
          const deadline = deadlineOf(req.headers[DEADLINE_HEADER]);
          const context = await options.createContext(internal, requestId, deadline, operationOf(body));
          attachTrace(context, trace);
          return context;
        } catch (err) {
          // Refused before execution (no plugin sees it): log it here if it is ours to look into.
          logRequestError(logger, err, mapDatabaseError, requestId);
          throw err;
        }
      },
    });
    const durationMs = elapsedMillis(started);
    const operation = (trace.operationName ?? outcome.operationName)?.slice(0, 150) ?? null;
    options.metrics?.observe(operation, trace.operationType, outcome.errorCodes, durationMs / 1000);
    access.info(
      {
        requestId,
        operation,
        type: trace.operationType,
        status: outcome.status,
        durationMs: Math.round(durationMs * 10) / 10,
        errorCodes: outcome.errorCodes,
      },
      'request',
    );
  };

  const httpServer = http.createServer((req, res) => {
    const requestId = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const path = new URL(req.url ?? '/', 'http://subgraph').pathname;
    if (req.method === 'GET' && path === '/health') return sendJson(res, 200, { status: 'ok' });
    if (req.method === 'GET' && path === '/ready') {
      if (stopping) return sendJson(res, 503, { status: 'stopping', checks: {} });
      void checkReadiness(options.ready ?? {}, READY_TIMEOUT_MILLIS).then((report) =>
        sendJson(res, report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'unavailable', checks: report.checks }),
      );
      return;
    }
    if (req.method === 'GET' && path === '/metrics' && options.metrics) {
      const { registry } = options.metrics;
      void registry.metrics().then(
        (text) => {
          res.writeHead(200, { 'content-type': registry.contentType });
          res.end(text);
        },
        (err: unknown) => internalHttpError(res, logger, err, requestId),
      );
      return;
    }
    if (req.method !== 'POST' || path !== '/') return sendError(res, 404, 'NOT_FOUND', 'a subgraph answers POST / from the gateway only');
    serveGraphql(req, res, requestId).catch((err: unknown) => internalHttpError(res, logger, err, requestId));
  });
  // The gateway is the only client and keeps its sockets: a long idle time (node's default is
  // 5 s) leaves fewer closes to race with a request the gateway is sending on that socket.
  httpServer.keepAliveTimeout = KEEP_ALIVE_MILLIS;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`,
    async stop() {
      stopping = true;
      await closeGracefully(httpServer, options.drainMillis ?? DRAIN_MILLIS);
      await server.stop();
    },
  };
}

/** The operation a subgraph request carries, as the gateway sent it. */
export interface SentOperation {
  query: string;
  variables: unknown;
  /** A mutation (the gateway writes `mutation` first in every mutation it sends). */
  mutation: boolean;
}

function operationOf(body: unknown): SentOperation {
  const { query, variables } = (body ?? {}) as { query?: unknown; variables?: unknown };
  const text = typeof query === 'string' ? query : '';
  return { query: text, variables: variables ?? {}, mutation: /^\s*mutation\b/.test(text) };
}

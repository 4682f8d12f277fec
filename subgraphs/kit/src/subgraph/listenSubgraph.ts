/**
 * Serves a built subgraph on a port (0 = any free one) with a plain node:http server: POST /
 * runs GraphQL with a context built from the gateway's signed header; nothing else is served.
 * stop() is graceful: no new connections, in-flight requests finish (bounded), then it closes.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { INTERNAL_CONTEXT_HEADER, verifyInternalContext, type InternalContext } from '../auth/callerContext';
import { internalHttpError, runGraphqlHttp, sendError } from '../http/runGraphqlHttp';

const MAX_BODY_BYTES = 1024 * 1024;
/** How long stop() lets in-flight requests finish before it cuts their connections. */
const DRAIN_MILLIS = 10_000;

export interface ListeningSubgraph {
  url: string;
  stop(): Promise<void>;
}

/** Stops accepting, lets in-flight requests finish for up to `drainMillis`, then closes every connection. */
export async function closeGracefully(server: http.Server, drainMillis = DRAIN_MILLIS): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const cut = setTimeout(() => server.closeAllConnections(), drainMillis);
  cut.unref();
  await closed;
  clearTimeout(cut);
}

export async function listenSubgraph<TContext extends object>(
  server: ApolloServer<TContext>,
  options: { port: number; host?: string; internalKey: string; createContext(internal: InternalContext): Promise<TContext> },
): Promise<ListeningSubgraph> {
  await server.start();
  const httpServer = http.createServer((req, res) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://subgraph').pathname !== '/') {
      sendError(res, 404, 'NOT_FOUND', 'a subgraph answers POST / from the gateway only');
      return;
    }
    runGraphqlHttp(req, res, {
      apollo: server,
      maxBodyBytes: MAX_BODY_BYTES,
      context: async () => {
        const header = req.headers[INTERNAL_CONTEXT_HEADER];
        const internal = verifyInternalContext(Array.isArray(header) ? header[0] : header, options.internalKey);
        return options.createContext(internal);
      },
    }).catch((err: unknown) => internalHttpError(res, 'subgraph', err));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`,
    async stop() {
      await closeGracefully(httpServer);
      await server.stop();
    },
  };
}

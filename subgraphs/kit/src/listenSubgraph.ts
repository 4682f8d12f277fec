/**
 * Starts a built subgraph on a port (0 = any free one) with a plain node:http server: POST /
 * runs GraphQL with a context built from the gateway's signed header; nothing else is served.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { INTERNAL_CONTEXT_HEADER, verifyInternalContext, type InternalContext } from './callerContext';
import { internalHttpError, runGraphqlHttp, sendJson } from './http/runGraphqlHttp';

const MAX_BODY_BYTES = 1024 * 1024;

export interface ListeningSubgraph {
  url: string;
  stop(): Promise<void>;
}

export async function listenSubgraph<TContext extends object>(
  server: ApolloServer<TContext>,
  options: { port: number; internalKey: string; createContext(internal: InternalContext): Promise<TContext> },
): Promise<ListeningSubgraph> {
  await server.start();
  const httpServer = http.createServer((req, res) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://subgraph').pathname !== '/') {
      sendJson(res, 404, { error: 'not found' });
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
  await new Promise<void>((resolve) => httpServer.listen(options.port, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await server.stop();
    },
  };
}

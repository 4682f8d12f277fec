/**
 * The gateway's HTTP surface on a plain node:http server: POST /graphql, GET /health, extra
 * pages from the configuration (the playground), 404 for anything else.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { internalHttpError, runGraphqlHttp, sendJson } from '@syncad/subgraph-kit';
import type { GatewayContext } from './GatewayContext';

export interface HttpOptions {
  apollo: ApolloServer<GatewayContext>;
  isReady(): boolean;
  maxBodyBytes: number;
  routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void>;
}

export async function handleHttp(req: IncomingMessage, res: ServerResponse, options: HttpOptions): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://gateway').pathname;
  try {
    if (req.method === 'GET' && path === '/health') {
      if (options.isReady()) sendJson(res, 200, { status: 'ok' });
      else sendJson(res, 503, { status: 'starting' });
      return;
    }
    const route = options.routes[`${req.method} ${path}`];
    if (route) return route(req, res);
    if (path === '/graphql' && req.method === 'POST') {
      return await runGraphqlHttp(req, res, {
        apollo: options.apollo,
        maxBodyBytes: options.maxBodyBytes,
        context: async () => ({ authorization: req.headers.authorization, host: req.headers.host }),
      });
    }
    sendJson(res, 404, { error: 'not found' });
  } catch (err) {
    internalHttpError(res, 'gateway', err);
  }
}

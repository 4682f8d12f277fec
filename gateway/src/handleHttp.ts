/**
 * The gateway's HTTP surface on a plain node:http server: POST /graphql (with CORS for browser
 * apps on other origins), GET /health, extra pages from the configuration (the playground),
 * 405 for other methods on /graphql, 404 for anything else.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { internalHttpError, runGraphqlHttp, sendError, sendJson } from '@syncad/subgraph-kit';
import type { GatewayContext } from './GatewayContext';
import { servePlayground } from './playground/playgroundRoutes';

export interface HttpOptions {
  apollo: ApolloServer<GatewayContext>;
  isReady(): boolean;
  maxBodyBytes: number;
  routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void>;
  corsOrigins: '*' | string[];
  /** Serve the playground at / (and GET /graphql from a browser). */
  playground: boolean;
  /** The request's context (authentication), made before any GraphQL step. */
  context(req: IncomingMessage, body: unknown): Promise<GatewayContext>;
}

/** Sets the CORS headers for an allowed Origin; false when the request's Origin is not allowed. */
function allowOrigin(req: IncomingMessage, res: ServerResponse, allowed: '*' | string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (allowed !== '*' && !allowed.includes(origin)) return false;
  res.setHeader('access-control-allow-origin', allowed === '*' ? '*' : origin);
  res.setHeader('vary', 'Origin');
  return true;
}

function preflight(req: IncomingMessage, res: ServerResponse, allowed: '*' | string[]): void {
  if (!allowOrigin(req, res, allowed)) {
    sendError(res, 403, 'FORBIDDEN', 'this origin may not call the API (SYNCAD_CORS_ORIGINS)');
    return;
  }
  res.writeHead(204, {
    'access-control-allow-methods': 'POST, OPTIONS',
    'access-control-allow-headers': 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name',
    'access-control-max-age': '600',
  });
  res.end();
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
    if (options.playground && servePlayground(req, res, path)) return;
    if (path === '/graphql' && req.method === 'OPTIONS') return preflight(req, res, options.corsOrigins);
    if (path === '/graphql' && req.method === 'POST') {
      if (!allowOrigin(req, res, options.corsOrigins)) return sendError(res, 403, 'FORBIDDEN', 'this origin may not call the API (SYNCAD_CORS_ORIGINS)');
      return await runGraphqlHttp(req, res, {
        apollo: options.apollo,
        maxBodyBytes: options.maxBodyBytes,
        context: (body) => options.context(req, body),
      });
    }
    if (path === '/graphql') return sendError(res, 405, 'BAD_REQUEST', 'send GraphQL operations with POST', { allow: 'POST, OPTIONS' });
    sendError(res, 404, 'NOT_FOUND', `nothing is served at ${path}: the API is POST /graphql`);
  } catch (err) {
    internalHttpError(res, 'gateway', err);
  }
}

/**
 * The gateway's HTTP surface on a plain node:http server: POST /graphql, GET /health, extra
 * pages from the configuration (the playground), 404 for anything else. Oversized bodies get
 * 413 and malformed JSON 400 before Apollo Server sees them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GatewayContext } from './GatewayContext';
import { BodyTooLargeError, readBody } from './readBody';

export interface HttpOptions {
  apollo: ApolloServer<GatewayContext>;
  isReady(): boolean;
  maxBodyBytes: number;
  routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function requestError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }, headers);
}

async function handleGraphql(req: IncomingMessage, res: ServerResponse, options: HttpOptions): Promise<void> {
  let raw: string;
  try {
    raw = await readBody(req, options.maxBodyBytes);
  } catch (err) {
    if (err instanceof BodyTooLargeError) {
      // Closing the connection stops the client from streaming the rest of an endless body.
      requestError(res, 413, err.message, { connection: 'close' });
      res.on('finish', () => req.destroy());
      return;
    }
    throw err;
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = raw;
  if (/^application\/(graphql-response\+)?json\b/i.test(headers.get('content-type') ?? '')) {
    try {
      body = JSON.parse(raw);
    } catch {
      requestError(res, 400, 'the request body is not valid JSON');
      return;
    }
  }
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: '', body },
    context: async () => ({ authorization: req.headers.authorization, host: req.headers.host }),
  });
  for (const [name, value] of result.headers) res.setHeader(name, value);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
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
    if (path === '/graphql' && req.method === 'POST') return await handleGraphql(req, res, options);
    sendJson(res, 404, { error: 'not found' });
  } catch (err) {
    console.error('[gateway http]', err);
    if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    else res.destroy();
  }
}

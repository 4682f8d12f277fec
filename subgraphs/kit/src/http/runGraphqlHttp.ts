/**
 * Serves one GraphQL-over-HTTP request on a plain node:http server through Apollo Server's
 * executeHTTPGraphQLRequest (no Express: the gateway and every subgraph answer this way).
 * Oversized bodies get 413 and malformed JSON 400 before Apollo Server sees them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { BodyTooLargeError, readBody } from './readBody';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** An HTTP-level refusal in the same shape as any GraphQL error: `errors[].extensions.code`. */
export function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, headers);
}

function requestError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  sendError(res, status, 'BAD_REQUEST', message, headers);
}

export async function runGraphqlHttp<TContext extends BaseContext>(
  req: IncomingMessage,
  res: ServerResponse,
  options: {
    apollo: ApolloServer<TContext>;
    maxBodyBytes: number;
    /** The request's context, given the parsed body (the gateway authenticates with it before any GraphQL step). */
    context(body: unknown): Promise<TContext>;
  },
): Promise<void> {
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
    context: () => options.context(body),
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

/** The last resort for an unexpected failure in a handler: log it, answer a masked 500. */
export function internalHttpError(res: ServerResponse, label: string, err: unknown): void {
  console.error(`[${label} http]`, err);
  if (!res.headersSent) {
    sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  } else {
    res.destroy();
  }
}

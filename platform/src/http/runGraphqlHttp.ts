/**
 * Serves one GraphQL-over-HTTP request on a plain node:http server through Apollo Server's
 * executeHTTPGraphQLRequest (no Express: the gateway and every subgraph answer this way): a POST's
 * JSON body, or a GET's URL parameters (Apollo Server runs only queries from a GET).
 * Oversized bodies get 413 and malformed JSON 400 before Apollo Server sees them. Every error of
 * the answer carries the request's id in `extensions.requestId`; the answer's status and error
 * codes are returned for the access log and the metrics.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from '../log/logger';
import { BodyTooLargeError, readBody } from './readBody';

/** What the access log and the metrics learn about an answered request. */
export interface GraphqlHttpOutcome {
  status: number;
  /** extensions.code of each error of the answer, in order. */
  errorCodes: string[];
  /** The body's operationName, or the name of the query's first operation (the operation actually run is known to plugins). */
  operationName: string | null;
}

/**
 * A body over the limit is read to its end and dropped before the 413 is sent, up to
 * DISCARD_BYTES or DISCARD_MILLIS: answering while the client still sends, then closing, makes
 * most clients report a reset instead of the answer, and a keep-alive connection left mid-body
 * would swallow the client's next request. Past those bounds (or an announced length past
 * them) the answer says `connection: close` and the connection is cut once it is sent.
 */
const DISCARD_BYTES = 64 * 1024 * 1024;
const DISCARD_MILLIS = 10_000;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * An HTTP-level refusal in the same shape as any GraphQL error: `errors[].extensions.code`, and
 * the request's id when the answer already carries it in x-request-id.
 */
export function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  const requestId = res.getHeader('x-request-id');
  sendJson(res, status, { errors: [{ message, extensions: { code, ...(typeof requestId === 'string' ? { requestId } : {}) } }] }, headers);
}

function requestError(res: ServerResponse, status: number, message: string, requestId: string | undefined): GraphqlHttpOutcome {
  sendJson(res, status, { errors: [{ message, extensions: { code: 'BAD_REQUEST', ...(requestId ? { requestId } : {}) } }] });
  return { status, errorCodes: ['BAD_REQUEST'], operationName: null };
}

function refuseTooLarge(
  req: IncomingMessage,
  res: ServerResponse,
  err: BodyTooLargeError,
  requestId: string | undefined,
): Promise<GraphqlHttpOutcome> {
  return new Promise((resolve) => {
    let discarded = 0;
    // answer() may run before the timer is set (a body already complete): not const.
    // eslint-disable-next-line prefer-const
    let timer: NodeJS.Timeout | undefined;
    const answer = (close: boolean) => {
      if (res.headersSent) return;
      clearTimeout(timer);
      if (close) {
        res.setHeader('connection', 'close');
        res.once('finish', () => req.destroy());
      }
      resolve(requestError(res, 413, err.message, requestId));
    };
    if (Number(req.headers['content-length']) > DISCARD_BYTES || req.complete) return answer(!req.complete);
    timer = setTimeout(() => answer(true), DISCARD_MILLIS);
    timer.unref();
    req.on('data', (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > DISCARD_BYTES) answer(true);
    });
    req.once('end', () => answer(false));
    req.once('close', () => answer(true));
    req.resume();
  });
}

/** A GET's parameters as a POST body would carry them (variables and extensions are JSON text; kept as text when they are not JSON). */
function paramsOf(search: URLSearchParams): Record<string, unknown> {
  const json = (text: string | null) => {
    if (text === null) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  };
  const params: Record<string, unknown> = {};
  for (const name of ['query', 'operationName']) if (search.has(name)) params[name] = search.get(name);
  for (const name of ['variables', 'extensions']) if (search.has(name)) params[name] = json(search.get(name));
  return params;
}

/** Adds the request id to every error of a JSON answer and returns the answer with its error codes. */
function stampErrors(text: string, requestId: string | undefined): { text: string; codes: string[] } {
  // Answers without errors (nearly all) are passed through untouched. Apollo Server writes `errors`
  // first (runHttpQuery's orderExecutionResultFields; the gateway's answerText keeps that order).
  if (!text.startsWith('{"errors":')) return { text, codes: [] };
  let parsed: { errors?: Array<{ extensions?: Record<string, unknown> }> };
  try {
    parsed = JSON.parse(text);
  } catch {
    return { text, codes: [] };
  }
  if (!Array.isArray(parsed?.errors)) return { text, codes: [] };
  const codes = parsed.errors.map((e) => String(e?.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
  if (!requestId) return { text, codes };
  for (const e of parsed.errors) if (e && typeof e === 'object') e.extensions = { ...e.extensions, requestId };
  return { text: JSON.stringify(parsed), codes };
}

/** The first operation's name in a query text (cheap; only a guess for the access line of a request refused before parsing). */
const FIRST_OPERATION = /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]{0,99})/;

/** The body's operationName, or the name the query text gives its first operation; null if none. */
function operationNameOf(body: unknown): string | null {
  const { operationName, query } = (body ?? {}) as { operationName?: unknown; query?: unknown };
  if (typeof operationName === 'string') return /^[_A-Za-z][_0-9A-Za-z]*$/.test(operationName) ? operationName.slice(0, 100) : null;
  if (typeof query !== 'string') return null;
  return FIRST_OPERATION.exec(query.slice(0, 2_000))?.[1] ?? null;
}

export async function runGraphqlHttp<TContext extends BaseContext>(
  req: IncomingMessage,
  res: ServerResponse,
  options: {
    apollo: ApolloServer<TContext>;
    maxBodyBytes: number;
    /** Added to every error's extensions (and returned in x-request-id by the caller). */
    requestId?: string;
    /** The request's context, given the parsed body (the gateway authenticates with it before any GraphQL step). */
    context(body: unknown): Promise<TContext>;
  },
): Promise<GraphqlHttpOutcome> {
  const { requestId } = options;
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'POST';
  let search = '';
  let body: unknown;
  if (method === 'GET') {
    search = new URL(req.url ?? '/', 'http://graphql').search;
    body = paramsOf(new URLSearchParams(search));
  } else {
    let raw: string;
    try {
      raw = await readBody(req, options.maxBodyBytes);
    } catch (err) {
      if (err instanceof BodyTooLargeError) return await refuseTooLarge(req, res, err, requestId);
      throw err;
    }
    body = raw;
    if (/^application\/(graphql-response\+)?json\b/i.test(headers.get('content-type') ?? '')) {
      try {
        body = JSON.parse(raw);
      } catch {
        return requestError(res, 400, 'the request body is not valid JSON', requestId);
      }
    }
  }
  const operationName = operationNameOf(body);
  const result = await options.apollo.executeHTTPGraphQLRequest({
    // A GET's parameters reach Apollo Server in `search`; its context sees them as a body would carry them.
    httpGraphQLRequest: { method, headers, search, body: method === 'GET' ? undefined : body },
    context: () => options.context(body),
  });
  for (const [name, value] of result.headers) res.setHeader(name, value);
  const status = result.status ?? 200;
  res.statusCode = status;
  if (result.body.kind === 'complete') {
    const { text, codes } = stampErrors(result.body.string, requestId);
    if (text !== result.body.string) res.removeHeader('content-length');
    res.end(text);
    return { status, errorCodes: codes, operationName };
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
  return { status, errorCodes: [], operationName };
}

/** The last resort for an unexpected failure in a handler: log it, answer a masked 500. */
export function internalHttpError(res: ServerResponse, logger: Logger, err: unknown, requestId?: string): void {
  logger.error({ requestId, err }, 'unexpected failure while answering a request');
  if (!res.headersSent) {
    const extensions = { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) };
    sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions }] });
  } else {
    res.destroy();
  }
}

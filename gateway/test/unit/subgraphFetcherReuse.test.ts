/**
 * A kept-alive socket that the subgraph closes just as the gateway sends on it: a query is sent
 * again on a fresh socket; a mutation is not (it might have been half-processed elsewhere).
 * A real HTTP server that answers the first request on a connection and resets that connection
 * when a second request arrives on it.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { isQueryText } from '../../src/execution/InflightQueries';
import { createSubgraphFetcher, QUERY_MARK_HEADER, SubgraphUnavailableError } from '../../src/execution/subgraphFetcher';

let server: http.Server;
let url: string;
const requestsBySocket = new Map<Socket, number>();
/** The query marks that reached the subgraph (there must be none: the fetcher removes them). */
const marksSeen: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const seen = (requestsBySocket.get(req.socket) ?? 0) + 1;
    requestsBySocket.set(req.socket, seen);
    if (req.headers[QUERY_MARK_HEADER] !== undefined) marksSeen.push(String(req.headers[QUERY_MARK_HEADER]));
    if (seen > 1) {
      req.socket.resetAndDestroy();
      return;
    }
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data":{"ok":true}}');
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Until the answered connection is idle in the pool again (undici frees it just after the answer's end). */
const idle = () => new Promise((resolve) => setImmediate(resolve));

/** As the data source sends an operation: a query is marked as one (SignedContextDataSource.send). */
const send = (fetcher: ReturnType<typeof createSubgraphFetcher>, query: string) =>
  fetcher(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(isQueryText(query) ? { [QUERY_MARK_HEADER]: '1' } : {}) },
    body: JSON.stringify({ query }),
  });

test('a query reset on a reused socket is sent again on a fresh one and answered', async () => {
  const fetcher = createSubgraphFetcher('fixture', { timeoutMillis: 5_000, maxInFlight: 4 });
  const first = await send(fetcher, '{ ok }');
  expect(await first.json()).toEqual({ data: { ok: true } });
  await idle();
  const second = await send(fetcher, 'query Again { ok }');
  expect(second.status).toBe(200);
  expect(await second.json()).toEqual({ data: { ok: true } });
  // The first connection answered one and was reset at the second; the second answered it again.
  expect([...requestsBySocket.values()]).toEqual([2, 1]);
  expect(marksSeen).toEqual([]);
});

test('a mutation reset on a reused socket is not sent again: SUBGRAPH_UNAVAILABLE', async () => {
  requestsBySocket.clear();
  const fetcher = createSubgraphFetcher('fixture', { timeoutMillis: 5_000, maxInFlight: 4 });
  await send(fetcher, '{ ok }');
  await idle();
  const error = await send(fetcher, 'mutation { ok }').catch((err: unknown) => err);
  expect(error).toBeInstanceOf(SubgraphUnavailableError);
  expect((error as SubgraphUnavailableError).reason).toBe('unreachable');
  expect([...requestsBySocket.values()]).toEqual([2]);
});

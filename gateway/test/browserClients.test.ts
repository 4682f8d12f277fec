/**
 * The common GraphQL clients, as a frontend team uses them: Apollo Client, urql with its defaults
 * and graphql-request, bundled by esbuild into a page served from another origin and run in
 * Chromium against the real gateway over the demo estate. Every call crosses origins, so the
 * browser's own CORS preflight (with Apollo's client-name headers and tracing headers) must pass.
 * (Relay refetching a node waits for the Node interface.)
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { DEMO_PASSWORD, launchChromium, startDemoStack } from '@syncad/test-support';
import type { Browser, Page } from 'playwright-core';

let demo: Awaited<ReturnType<typeof startDemoStack>>;
let browser: Browser;
let page: Page;
let site: http.Server;
let gatewayUrl: string;
/** Requests the page sent to the gateway: "METHOD pathname?query-present". */
const sent: string[] = [];

beforeAll(async () => {
  demo = await startDemoStack();
  // The API on "localhost" (the base domain), the page on 127.0.0.1: two origins.
  gatewayUrl = demo.stack.gatewayUrl.replace('127.0.0.1', 'localhost');
  const bundle = await build({
    entryPoints: [path.join(__dirname, 'browser', 'clients.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0].text;
  site = http.createServer((req, res) => {
    if (req.url === '/clients.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>app</title><script src="/clients.js"></script>');
    }
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.href.startsWith(gatewayUrl.split('/graphql')[0])) sent.push(`${request.method()} ${url.pathname}${url.search ? '?query' : ''}`);
  });
  await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => 'syncadClients' in window);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  await demo?.stop();
});

async function inBrowser(scenario: string, ...args: string[]): Promise<any> {
  return page.evaluate(([name, values]) => (window as any).syncadClients[name](...values), [scenario, args] as const);
}

const accountantToken = () => demo.stack.login('accountant@demo.test', DEMO_PASSWORD, 'demo');

test('Apollo Client: a field the caller may not read is a GraphQL error with its code, not a network error', async () => {
  sent.length = 0;
  const answer = await inBrowser('apolloForbidden', gatewayUrl, await accountantToken());
  expect(answer).toEqual({
    allowed: { me: { __typename: 'Me', email: 'accountant@demo.test' } },
    graphQLError: true,
    networkError: false,
    codes: ['FORBIDDEN'],
  });
  expect(sent).toEqual(['POST /graphql', 'POST /graphql']);
});

test('Apollo Client: a stale token is refreshed with the refresh token and the operation retried (its documented ErrorLink)', async () => {
  const login = await demo.stack.graphql(
    'mutation { login(login: "accountant@demo.test", password: "demo-password", school: "demo") { refreshToken } }',
  );
  const answer = await inBrowser('apolloRefresh', gatewayUrl, 'not-a-valid-token', login.body.data.login.refreshToken);
  expect(answer).toEqual({ data: { me: { __typename: 'Me', email: 'accountant@demo.test' } }, refreshes: 1 });
});

test('urql with its defaults: queries go as GET, mutations as POST, a refusal carries its code', async () => {
  sent.length = 0;
  const answer = await inBrowser('urqlDefaults', gatewayUrl, await accountantToken());
  expect(answer).toEqual({
    query: { me: { __typename: 'Me', email: 'accountant@demo.test' } },
    queryError: null,
    refusedCodes: ['FORBIDDEN'],
    refusedNetworkError: null,
    mutation: { logout: true },
    mutationError: null,
  });
  expect(sent).toEqual(['GET /graphql?query', 'GET /graphql?query', 'POST /graphql']);
});

test('graphql-request: a query answers, a refusal is a ClientError with the GraphQL errors', async () => {
  const answer = await inBrowser('graphqlRequest', gatewayUrl, await accountantToken());
  expect(answer).toEqual({ data: { me: { email: 'accountant@demo.test' } }, refusedCodes: ['FORBIDDEN'], status: 403 });
});

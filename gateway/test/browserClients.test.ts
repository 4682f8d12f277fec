/**
 * The common GraphQL clients, as a frontend team uses them: Apollo Client, urql with its defaults,
 * graphql-request and a Relay environment (its artifacts made by relay-compiler from the committed
 * API schema, here and now), bundled by esbuild into a page served from another origin and run in
 * Chromium against the real gateway over the demo estate. Every call crosses origins, so the
 * browser's own CORS preflight (with Apollo's client-name headers and tracing headers) must pass.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
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
  const scripts: Record<string, string> = {
    '/clients.js': await bundle(path.join(__dirname, 'browser', 'clients.ts')),
    '/relay.js': await bundle(relayEntry()),
  };
  site = http.createServer((req, res) => {
    const script = scripts[req.url ?? ''];
    if (script) {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else {
      const tags = Object.keys(scripts).map((src) => `<script src="${src}"></script>`);
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>app</title>${tags.join('')}`);
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
  await page.waitForFunction(() => 'syncadClients' in window && 'syncadRelay' in window);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  await demo?.stop();
  if (relayDir) fs.rmSync(relayDir, { recursive: true, force: true });
});

async function bundle(entry: string): Promise<string> {
  const built = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return built.outputFiles[0].text;
}

let relayDir: string | undefined;

/**
 * What a Relay app's build does: relay-compiler over the app's operations and the API schema
 * (gateway/api-schema.graphql), in a scratch folder; returns an entry that hands the artifacts to
 * the browser scenario. relay-compiler validates the schema's Node interface and node(id:) too.
 */
function relayEntry(): string {
  relayDir = fs.mkdtempSync(path.join(os.tmpdir(), 'syncad-relay-'));
  const source = path.join(__dirname, 'browser', 'relay');
  fs.mkdirSync(path.join(relayDir, 'src', '__generated__'), { recursive: true });
  fs.copyFileSync(path.join(source, 'relay.graphql.ts'), path.join(relayDir, 'src', 'relay.ts'));
  fs.copyFileSync(path.join(__dirname, '..', 'api-schema.graphql'), path.join(relayDir, 'schema.graphql'));
  const config = {
    src: './src',
    schema: './schema.graphql',
    language: 'typescript',
    artifactDirectory: './src/__generated__',
    customScalarTypes: { Date: 'string', DateTime: 'string', Decimal: 'string' },
  };
  fs.writeFileSync(path.join(relayDir, 'relay.config.json'), JSON.stringify(config));
  const compiler = path.join(path.dirname(require.resolve('relay-compiler/package.json')), 'cli.js');
  execFileSync(process.execPath, [compiler], { cwd: relayDir, stdio: 'pipe' });
  const entry = path.join(relayDir, 'entry.ts');
  fs.writeFileSync(
    entry,
    [
      `import studentsQuery from './src/__generated__/relayStudentsQuery.graphql';`,
      `import refetchQuery from './src/__generated__/relayStudentRefetchQuery.graphql';`,
      `import { relayScenario } from ${JSON.stringify(path.join(source, 'scenario'))};`,
      `Object.assign(window, { syncadRelay: relayScenario({ studentsQuery, refetchQuery }) });`,
    ].join('\n'),
  );
  return entry;
}

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

test('Relay: a record refetched by its global id with the node(id:) query relay-compiler made from @refetchable', async () => {
  const token = await demo.stack.login('admin@demo.test', DEMO_PASSWORD, 'demo');
  const loaded = await page.evaluate(([url, t]) => (window as any).syncadRelay.load(url, t), [gatewayUrl, token] as const);
  expect(loaded.ids).toHaveLength(2);
  expect(loaded.stored.typename).toBe('Student');
  const [id] = loaded.ids;
  // The student changes on the server; refetching the node brings the change into Relay's store under the same id.
  const renamed = await demo.stack.graphql(
    'mutation($id: ID!) { updateStudent(input: { id: $id, firstName: "Refetched" }) { fullName } }',
    { id },
    token,
  );
  const fullName = renamed.body.data.updateStudent.fullName;
  expect(fullName).not.toBe(loaded.stored.fullName);
  const refetched = await page.evaluate((nodeId) => (window as any).syncadRelay.refetch(nodeId), id);
  expect(refetched).toEqual({ rootLink: id, stored: { __typename: 'Student', id, fullName } });
});

/// <reference lib="dom" />
/**
 * The playground as an analyst meets it, over the demo estate: served by the gateway with no
 * internet (every request stays on the gateway), sign-in, the examples (each one also run through
 * the API as the admin, so none can rot), docs, history and explorer, token refresh and sign-out.
 * Screenshots go to .artifacts/playground/ (git-ignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, postJson, startDemoStack, type Stack } from '@syncad/test-support';
import type { Browser, Page } from 'playwright-core';
import { loadExamples } from '../src/playground/playgroundRoutes';

const SHOTS = path.resolve(__dirname, '../../.artifacts/playground');
let demo: Awaited<ReturnType<typeof startDemoStack>>;
let stack: Stack;
let base: string;
let browser: Browser;
let page: Page;
const external: string[] = [];

beforeAll(async () => {
  demo = await startDemoStack();
  stack = demo.stack;
  base = stack.gatewayUrl.replace(/graphql$/, '');
  browser = await launchChromium();
  page = await browser.newPage();
  // Nothing may leave the gateway: a closed network must not break the playground.
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== new URL(base).origin) {
      external.push(url.href);
      return route.abort();
    }
    // GraphiQL's history records a run from a React effect that must see it fetching, so an answer
    // landing before a render can leave no entry (the likely cause of one CI failure here; not
    // reproduced). A network's latency, here 150 ms per operation, is what it is built for.
    if (route.request().method() === 'POST') await new Promise((resolve) => setTimeout(resolve, 150));
    return route.continue();
  });
  fs.mkdirSync(SHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

/** The text of GraphiQL's response pane once it holds `expected`. */
async function responseContaining(expected: string): Promise<string> {
  await page.waitForFunction((text) => (document.querySelector('.graphiql-response')?.textContent ?? '').includes(text), expected, {
    timeout: 20_000,
  });
  return (await page.textContent('.graphiql-response')) ?? '';
}

async function runExample(name: string): Promise<void> {
  await page.click(`[data-example="${name}"]`);
  await page.waitForFunction((n) => (document.querySelector('.graphiql-query-editor')?.textContent ?? '').includes(`query ${n}`), name);
  await page.click('.graphiql-execute-button');
}

it('every example runs through the API for the school admin without errors', async () => {
  const admin = await stack.login('admin@demo.test', 'demo-password', 'demo');
  const examples = loadExamples();
  expect(examples.length).toBeGreaterThanOrEqual(5);
  for (const example of examples) {
    const answer = await stack.graphql(example.query, {}, admin);
    expect({ example: example.name, errors: answer.body.errors }).toEqual({ example: example.name, errors: undefined });
  }
});

it('a browser on / gets the playground; GET /graphql from a browser too, while POST /graphql is the API', async () => {
  const html = await fetch(base, { headers: { accept: 'text/html' } });
  expect(html.status).toBe(200);
  expect(html.headers.get('content-type')).toMatch(/text\/html/);
  // No other site may frame it (clickjacking a signed-in analyst).
  expect(html.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  expect(html.headers.get('x-frame-options')).toBe('DENY');
  expect(await html.text()).toContain('/playground/graphiql.js');
  const fromBrowser = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
  expect(fromBrowser.status).toBe(200);
  // Not a browser: GET /graphql is the API's (a query with a preflight-forcing header), here refused as a possible CSRF.
  expect((await fetch(stack.gatewayUrl)).status).toBe(400);
  expect((await fetch(stack.gatewayUrl, { method: 'PUT' })).status).toBe(405);
});

it('signs in as the demo teacher, runs the roster example and sees rows; a fee-less role meets FORBIDDEN', async () => {
  await page.goto(base);
  await page.fill('input[name=school]', 'demo');
  await page.fill('input[name=login]', 'teacher@demo.test');
  await page.fill('input[name=password]', 'demo-password');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=who]');
  expect(await page.textContent('[data-testid=who]')).toBe('Tara (teacher@demo.test) · Demo Public School · TEACHER');

  await page.click('[aria-label="Show Examples"]');
  await runExample('RosterWithAttendance');
  const roster = await responseContaining('"fullName"');
  expect(roster).toMatch(/"rollNo": 1/);
  expect(roster).not.toMatch(/"errors"/);
  await page.screenshot({ path: path.join(SHOTS, 'roster.png') });

  await runExample('SchoolUsers');
  expect(await responseContaining('FORBIDDEN')).toContain('user:read');
  await page.screenshot({ path: path.join(SHOTS, 'forbidden.png') });
});

it('docs, history and the explorer work', async () => {
  await page.click('[aria-label="Show Documentation Explorer"]');
  await page.waitForSelector('.graphiql-doc-explorer');
  expect(await page.textContent('.graphiql-doc-explorer')).toContain('Query');
  await page.click('[aria-label="Show History"]');
  await page.waitForFunction(() => (document.querySelector('.graphiql-history')?.textContent ?? '').includes('RosterWithAttendance'));
  await page.click('[aria-label="Show GraphiQL Explorer"]');
  const listsStudents = (timeout: number) =>
    page.waitForFunction(
      () => (document.querySelector('.graphiql-explorer-root, .docExplorerWrap')?.textContent ?? '').includes('students'),
      undefined,
      { timeout },
    );
  // Once in some ten CI passes the pane stayed without the schema's fields (not seen locally in 8
  // runs under load): what the page showed goes to the log, the pane is opened once more, and only
  // a second miss fails.
  const missed = await listsStudents(10_000).then(
    () => null,
    async () =>
      page.evaluate(() => ({
        buttons: Array.from(document.querySelectorAll('.graphiql-sidebar button'), (b) => b.getAttribute('aria-label')),
        pane: document.querySelector('.graphiql-plugin')?.textContent?.slice(0, 300) ?? null,
      })),
  );
  if (missed) {
    console.warn(`the explorer did not list the schema's fields at first: ${JSON.stringify(missed)}`);
    if (await page.$('[aria-label="Hide GraphiQL Explorer"]')) await page.click('[aria-label="Hide GraphiQL Explorer"]');
    await page.click('[aria-label="Show GraphiQL Explorer"]');
    await listsStudents(20_000);
  }
  await page.screenshot({ path: path.join(SHOTS, 'explorer.png') });
});

it('refreshes the access token before it expires, and signs out', async () => {
  const before = await page.evaluate(() => JSON.parse(sessionStorage.getItem('syncad.playground.auth')!));
  // As if the token were a minute from expiry: the page refreshes it at once.
  await page.evaluate(() => {
    const auth = JSON.parse(sessionStorage.getItem('syncad.playground.auth')!);
    sessionStorage.setItem('syncad.playground.auth', JSON.stringify({ ...auth, expiresAt: Date.now() + 30_000 }));
  });
  await page.reload();
  await page.waitForFunction(
    (old) => JSON.parse(sessionStorage.getItem('syncad.playground.auth') ?? '{}').refreshToken !== old,
    before.refreshToken,
  );
  const after = await page.evaluate(() => JSON.parse(sessionStorage.getItem('syncad.playground.auth')!));
  expect(after.accessToken).not.toBe(before.accessToken);
  expect((await stack.graphql('{ me { email } }', undefined, after.accessToken)).status).toBe(200);

  await page.click('text=Sign out');
  await page.waitForSelector('input[name=login]');
  expect(await page.evaluate(() => sessionStorage.getItem('syncad.playground.auth'))).toBeNull();
  const deadline = Date.now() + 5000;
  while ((await stack.graphql('{ me { email } }', undefined, after.accessToken)).status !== 401 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  expect((await stack.graphql('{ me { email } }', undefined, after.accessToken)).status).toBe(401);
  expect(external).toEqual([]);
});

it('an analyst: the accountant sees a fee aggregate’s cost and table, fetches all pages of 200 students with a progress bar, and downloads the CSV', async () => {
  await page.goto(base);
  await page.fill('input[name=school]', 'demo');
  await page.fill('input[name=login]', 'accountant@demo.test');
  await page.fill('input[name=password]', 'demo-password');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=who]');
  await page.click('[aria-label="Show Examples"]');

  // The cost is shown before the operation runs: the gateway's own estimate, against its limit.
  const token = await stack.login('accountant@demo.test', 'demo-password', 'demo');
  const costLabel = async (example: string) => {
    const { query } = loadExamples().find((e) => e.name === example)!;
    const dryRun = await postJson(stack.gatewayUrl, { query, extensions: { dryRun: true } }, { authorization: `Bearer ${token}` });
    return `Estimated cost: ${dryRun.body.extensions.cost.estimated.toLocaleString('en-US')} of 50,000 values`;
  };
  const showsCost = (label: string) =>
    page.waitForFunction((text) => document.querySelector('[data-testid=cost]')?.textContent === text, label);
  await page.click('[data-example="FeesByClassAndMode"]');
  await showsCost(await costLabel('FeesByClassAndMode'));
  await page.click('.graphiql-execute-button');
  await responseContaining('"outstanding"');
  await page.click('[data-testid=table-toggle]');
  await page.waitForSelector('[data-testid=table] tbody tr');
  const headers = await page.$$eval('[data-testid=table] th', (ths) => ths.map((th) => th.textContent));
  expect(headers).toEqual(['key.class.name', 'key.mode', 'vouchers', 'charged', 'paid', 'discounted', 'reversed', 'outstanding']);
  const example = loadExamples().find((e) => e.name === 'FeesByClassAndMode')!;
  const groups = (await stack.graphql(example.query, {}, token)).body.data.feeAggregate.groups;
  const cells = await page.$$eval('[data-testid=table] tbody tr', (trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)),
  );
  expect(cells).toEqual(
    groups.map((g: any) => [
      g.key.class.name,
      g.key.mode ?? '',
      String(g.vouchers),
      g.charged,
      g.paid,
      g.discounted,
      g.reversed,
      g.outstanding,
    ]),
  );
  await page.screenshot({ path: path.join(SHOTS, 'table-view.png') });

  // All pages of a 200-student list, 25 a page, with the progress bar visible while it runs.
  await page.click('[data-example="AllStudents"]');
  await page.waitForFunction(() => (document.querySelector('.graphiql-query-editor')?.textContent ?? '').includes('query AllStudents'));
  await showsCost(await costLabel('AllStudents'));
  await page.click('.graphiql-execute-button');
  await responseContaining('"totalCount": 200');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=table] tbody tr').length === 25);
  await page.click('[data-testid=all-pages]');
  await page.waitForSelector('[data-testid=progress]', { state: 'visible' });
  await page.screenshot({ path: path.join(SHOTS, 'all-pages.png') });
  await page.waitForFunction(() => (document.querySelector('[data-testid=paging]')?.textContent ?? '').includes('All 8 pages'), undefined, {
    timeout: 30_000,
  });
  expect(await page.$$eval('[data-testid=table] tbody tr', (trs) => trs.length)).toBe(200);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=csv]')]);
  expect(download.suggestedFilename()).toBe('AllStudents.csv');
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\ufeff')).toBe(true); // so spreadsheets read UTF-8
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('admissionNo,fullName,class.name,division.name');
  expect(lines).toHaveLength(201);
  const all: string[] = [];
  for (let after: string | null = null, more = true; more;) {
    const d: any = (
      await stack.graphql(
        'query($a: String) { students(first: 100, after: $a) { pageInfo { endCursor hasNextPage } nodes { admissionNo } } }',
        { a: after },
        token,
      )
    ).body.data;
    all.push(...d.students.nodes.map((s: any) => s.admissionNo));
    ({ endCursor: after, hasNextPage: more } = d.students.pageInfo);
  }
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(all);

  // Cancel stops between pages and keeps what came.
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=table] tbody tr').length === 25);
  await page.click('[data-testid=all-pages]');
  await page.click('[data-testid=cancel]');
  await page.waitForFunction(() => (document.querySelector('[data-testid=paging]')?.textContent ?? '').includes('Cancelled'));
  expect(await page.$$eval('[data-testid=table] tbody tr', (trs) => trs.length)).toBeLessThan(200);
});

it('saves the open tab as a shared query, lists it next to the examples, and opens it again', async () => {
  await page.fill('input[name=savedName]', 'Students, all pages');
  await page.fill('input[name=savedDescription]', 'Every student with class and division');
  await page.check('input[name=savedShared]');
  await page.click('text=Save this tab');
  await page.waitForSelector('[data-saved="Students, all pages"]');
  expect(await page.textContent('[data-saved="Students, all pages"]')).toContain('yours, shared');
  // Another person of the school sees it.
  const admin = await stack.login('admin@demo.test', 'demo-password', 'demo');
  const listed = (await stack.graphql('{ savedQueries { name query shared authorName } }', undefined, admin)).body.data.savedQueries;
  expect(listed).toEqual([expect.objectContaining({ name: 'Students, all pages', shared: true, authorName: expect.stringContaining('') })]);
  expect(listed[0].query).toContain('query AllStudents');
  await page.click('[data-saved="Students, all pages"]');
  await page.waitForFunction(() => (document.querySelector('.graphiql-query-editor')?.textContent ?? '').includes('query AllStudents'));
  await page.click('[aria-label="delete Students, all pages"]');
  await page.waitForSelector('[data-saved="Students, all pages"]', { state: 'detached' });
  expect(external).toEqual([]);
});

/**
 * The service bundles (scripts/build) as npm start, the process stack and the image run them:
 * files read at run time beside the sources are found from dist/ (the playground's page, its
 * examples and the node_modules assets it serves), and a stack trace logged by a bundle names our
 * TypeScript files and lines, not dist/.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { subgraphFolders } from '@syncad/subgraph-kit';
import { subgraphUrlVariable } from '@syncad/platform';
import { createTestDatabase, spawnService, type ServiceProcess, type TestDatabase } from '@syncad/test-support';
import { bundleArgs, ensureBundles } from '../build/serviceBundles';

const ROOT = path.resolve(__dirname, '..', '..');

beforeAll(async () => {
  await ensureBundles();
}, 300_000);

test('a fatal error logged by a bundle shows the TypeScript file and line it came from', () => {
  const run = spawnSync(process.execPath, bundleArgs('gateway'), {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, SYNCAD_LOG_FORMAT: 'json' },
  });
  expect(run.status).toBe(1);
  const fatal = run.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l))
    .find((l) => l.level === 'fatal');
  expect(fatal.err.message).toContain('DATABASE_URL is not set');
  expect(fatal.err.stack[0]).toMatch(/^at gatewayConfigFromEnv \(.*gateway\/src\/GatewayConfig\.ts:\d+:\d+\)$/);
});

test("Apollo's hashes use node's crypto in every bundle, not the pure-JavaScript fallback (nodeHashPlugin)", () => {
  for (const name of [...subgraphFolders(), 'gateway']) {
    const bundle = fs.readFileSync(path.join(ROOT, 'dist', `${name}.cjs`), 'utf8');
    expect({ name, fallback: bundle.includes('node_modules/sha.js/') }).toEqual({ name, fallback: false });
    expect(bundle).toContain('require("node:crypto").createHash(kind)');
  }
});

describe('the gateway bundle', () => {
  let db: TestDatabase;
  let gateway: ServiceProcess;

  beforeAll(async () => {
    db = await createTestDatabase('bundles');
    // Nothing listens at the subgraphs' addresses: the playground needs none of them.
    const subgraphs = Object.fromEntries(subgraphFolders().map((name) => [subgraphUrlVariable(name), 'http://127.0.0.1:1/']));
    gateway = await spawnService('gateway', {
      PATH: process.env.PATH,
      DATABASE_URL: db.url,
      SYNCAD_JWT_SECRET: 'j'.repeat(40),
      SYNCAD_INTERNAL_KEY: 'k'.repeat(40),
      SYNCAD_LOG_FORMAT: 'json',
      PORT: '0',
      ...subgraphs,
    });
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await db?.drop();
  });

  it('serves the playground page with its examples, and its assets from node_modules and gateway/playground', async () => {
    const base = `http://127.0.0.1:${gateway.port}`;
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain('__EXAMPLES__');
    expect(html).toContain('"query"');
    for (const asset of ['graphiql.js', 'react.js', 'explorer.css', 'playground.js']) {
      const res = await fetch(`${base}/playground/${asset}`);
      expect({ asset, status: res.status }).toEqual({ asset, status: 200 });
      expect((await res.text()).length).toBeGreaterThan(100);
    }
  });
});

test('negotiator is the remembering one in every bundle (negotiatorPlugin)', () => {
  for (const name of [...subgraphFolders(), 'gateway']) {
    const bundle = fs.readFileSync(path.join(ROOT, 'dist', `${name}.cjs`), 'utf8');
    // The package itself is loaded once: by the remembering one, which every importer gets.
    const loads = bundle.match(/\brequire_negotiator\d*\(\)/g)?.length;
    expect({ name, remembering: bundle.includes('// scripts/build/rememberingNegotiator.ts'), loads }).toEqual({
      name,
      remembering: true,
      loads: 1,
    });
  }
});

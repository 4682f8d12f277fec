/**
 * `npm start` end to end against the test server, as the README tells a new user: it creates the
 * missing central database, migrates, seeds the demo estate, starts every service, and while it
 * runs every README command is run (curl examples, the school CLIs) or checked to exist; it stops
 * cleanly on SIGINT. A second start finds the estate already seeded.
 * A service killed while it runs is started again (logged, after a delay) and serves again, and
 * Ctrl-C still stops everything.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, validate } from 'graphql';
import { adminQuery, databaseUrl, dropDatabase, testAdminUrl, uniqueDatabaseName } from '@syncad/test-support';
import { planFor, readmeBlocks, shellCommands } from './readmeCommands';
import { freePortBase, isAlive, runStart as runStartProcess } from './startProcess';

const ROOT = path.resolve(__dirname, '..', '..');
// The central database does not exist yet: npm start creates it, as on a first run against a real server.
const central = { name: uniqueDatabaseName('start'), url: '' };
central.url = databaseUrl(testAdminUrl(), central.name);

afterAll(async () => {
  const schools = await adminQuery(`SELECT datname FROM pg_database WHERE datname LIKE '${central.name}\\_%'`);
  for (const { datname } of schools.rows) await dropDatabase(datname);
  await dropDatabase(central.name);
});

/** npm start against the test server's (not yet existing) central database. */
const runStart = (
  portBase: number,
  until: (output: string) => boolean,
  whileUp?: (output: () => string) => Promise<void>,
  env: NodeJS.ProcessEnv = {},
) => runStartProcess({ DATABASE_URL: central.url, SYNCAD_PORT_BASE: String(portBase), ...env }, until, whileUp);

/** Runs the README's runnable commands in one bash session against the live system; returns each one's output. */
function runReadmeCommands(portBase: number): { command: string; output: string }[] {
  const commands = readmeBlocks()
    .filter((b) => b.lang === 'bash')
    .flatMap((b) => shellCommands(b.text));
  const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
  const runnable: string[] = [];
  for (const command of commands) {
    const plan = planFor(command);
    if ('script' in plan) expect({ command, exists: plan.script in scripts }).toEqual({ command, exists: true });
    if ('run' in plan) runnable.push(plan.run.replace(/localhost:4000/g, `127.0.0.1:${portBase}`));
  }
  expect(runnable.filter((c) => c.includes('curl')).length).toBeGreaterThanOrEqual(3);
  const marker = (i: number) => `\n::: ${i}\n`;
  const script = ['set -euo pipefail', ...runnable.map((c, i) => `printf '${marker(i)}'\n${c}`)].join('\n');
  const run = spawnSync('bash', ['-c', script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: central.url, CI: 'true' },
    timeout: 180_000,
  });
  expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ status: 0, stderr: '' });
  const parts = run.stdout.split(/\n::: (\d+)\n/);
  return runnable.map((command, i) => ({ command, output: parts[parts.indexOf(String(i)) + 1] ?? '' }));
}

test('every GraphQL example of the README is valid against the API schema', () => {
  const schema = buildSchema(fs.readFileSync(path.join(ROOT, 'gateway', 'api-schema.graphql'), 'utf8'));
  const examples = readmeBlocks().filter((b) => b.lang === 'graphql');
  expect(examples.length).toBeGreaterThan(0);
  for (const block of examples) {
    // A block may show a sequence of operations: each is checked on its own, with the block's fragments.
    const { definitions } = parse(block.text);
    const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    for (const operation of definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)) {
      const errors = validate(schema, { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }).map((e) => e.message);
      expect({ line: block.line, errors }).toEqual({ line: block.line, errors: [] });
    }
  }
});

test('npm start serves the demo estate, answers every README example, and stops cleanly on SIGINT', async () => {
  const portBase = await freePortBase(21_000, 32_000);
  const gateway = `http://127.0.0.1:${portBase}`;
  let loginBody: { data?: { login?: { accessToken?: string } } } = {};
  const first = await runStart(
    portBase,
    (out) => out.includes('is ready'),
    async () => {
      const res = await fetch(`${gateway}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($l: String!, $p: String!, $s: String) { login(login: $l, password: $p, school: $s) { accessToken } }',
          variables: { l: 'admin@demo.test', p: 'demo-password', s: 'demo' },
        }),
      });
      loginBody = (await res.json()) as typeof loginBody;
      for (const { command, output } of runReadmeCommands(portBase)) {
        // A curl example answers JSON without errors (an assignment keeps its answer to itself).
        if (command.startsWith('curl')) expect({ command, errors: JSON.parse(output).errors }).toEqual({ command, errors: undefined });
      }
    },
  );
  expect(first.output).toContain(`created database ${central.name}`);
  expect(first.output).toContain('seeded demo schools: demo, riverside');
  expect(first.output).toContain('is ready');
  expect(typeof loginBody.data?.login?.accessToken).toBe('string');
  expect(first.exitCode).toBe(0);
  const students = await adminQuery(`SELECT count(*)::int AS n FROM "Student"`, central.url.replace(central.name, `${central.name}_demo`));
  expect(students.rows[0].n).toBe(200);

  const second = await runStart(portBase, (out) => out.includes('is ready'));
  expect(second.output).not.toContain('seeded demo schools');
  expect(second.output).not.toContain('created database');
  expect(second.output).toContain('is ready');
  expect(second.exitCode).toBe(0);
}, 240_000);

test('a crashed service, or a hung one, is restarted with a logged delay and serves again; Ctrl-C then stops every process', async () => {
  const portBase = await freePortBase(21_000, 32_000);
  const gateway = `http://127.0.0.1:${portBase}/graphql`;
  const pids: number[] = [];
  const ask = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> };
  };
  const run = await runStart(
    portBase,
    (out) => out.includes('is ready'),
    async (output) => {
      const login = await ask('mutation ($l: String!, $p: String!) { login(login: $l, password: $p, school: "demo") { accessToken } }', {
        l: 'admin@demo.test',
        p: 'demo-password',
      });
      const token = login.data.login.accessToken as string;
      const students = () => ask('{ students(first: 1) { totalCount } }', {}, token);
      expect((await students()).data.students.totalCount).toBe(200);
      const started = [...output().matchAll(/academics started \(pid (\d+)\)/g)].map((m) => Number(m[1]));
      expect(started).toHaveLength(1);
      process.kill(started[0], 'SIGKILL');
      // While it is down the rest answers; then it is back on its own.
      const down = await students();
      expect(down.errors?.map((e) => e.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
      const servedAgain = async () => {
        const deadline = Date.now() + 30_000;
        let back = false;
        while (!back && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 250));
          back = (await students().catch(() => ({ data: null }))).data?.students?.totalCount === 200;
        }
        return back;
      };
      expect(await servedAgain()).toBe(true);
      expect(output()).toMatch(/academics exited unexpectedly \(SIGKILL\); restarting in 1 s/);
      // Hung (stopped, not exited): its health check fails past the limit, it is killed and started again.
      const restarted = [...output().matchAll(/academics started \(pid (\d+)\)/g)].map((m) => Number(m[1]));
      expect(restarted).toHaveLength(2);
      process.kill(restarted[1], 'SIGSTOP');
      expect(await servedAgain()).toBe(true);
      expect(output()).toMatch(/academics has not answered its health check for \d+ s; killing it to start it again/);
      expect([...output().matchAll(/academics started \(pid (\d+)\)/g)]).toHaveLength(3);
      pids.push(...[...output().matchAll(/started \(pid (\d+)\)/g)].map((m) => Number(m[1])));
    },
    { SYNCAD_HEALTH_RESTART_MS: '3000' },
  );
  expect(run.exitCode).toBe(0);
  // Every service process ever started is gone.
  expect(pids.length).toBeGreaterThanOrEqual(3);
  expect(pids.filter(isAlive)).toEqual([]);
}, 180_000);

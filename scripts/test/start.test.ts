/**
 * `npm start` end to end against the test server: migrates, seeds the demo estate, starts every
 * service, answers a login through the gateway, and stops cleanly on SIGINT. A second start
 * finds the estate already seeded. A service killed while it runs is started again (logged,
 * after a delay) and serves again, and Ctrl-C still stops everything.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { adminQuery, createTestDatabase, dropDatabase, type TestDatabase } from '@syncad/test-support';

const ROOT = path.resolve(__dirname, '..', '..');
let central: TestDatabase;

beforeAll(async () => {
  central = await createTestDatabase('start');
});

afterAll(async () => {
  const schools = await adminQuery(`SELECT datname FROM pg_database WHERE datname LIKE '${central.name}\\_%'`);
  for (const { datname } of schools.rows) await dropDatabase(datname);
  await central.drop();
});

interface Run {
  output: string;
  exitCode: number | null;
}

/** Runs npm start until `until(output)` holds, then sends SIGINT and waits for the exit. */
async function runStart(portBase: number, until: (output: string) => boolean, whileUp?: (output: () => string) => Promise<void>): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: central.url,
      SYNCAD_PORT_BASE: String(portBase),
      SYNCAD_JWT_SECRET: 'x'.repeat(40),
      SYNCAD_INTERNAL_KEY: 'y'.repeat(40),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 90_000;
  while (!until(output) && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (whileUp && until(output)) await whileUp(() => output);
  child.kill('SIGINT');
  return { output, exitCode: await exited };
}

test('npm start serves the demo estate and stops cleanly on SIGINT', async () => {
  const portBase = 21000 + Math.floor(Math.random() * 2000) * 5;
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
    },
  );
  expect(first.output).toContain('seeded demo schools: demo, riverside');
  expect(first.output).toContain('is ready');
  expect(typeof loginBody.data?.login?.accessToken).toBe('string');
  expect(first.exitCode).toBe(0);
  const students = await adminQuery(`SELECT count(*)::int AS n FROM "Student"`, central.url.replace(central.name, `${central.name}_demo`));
  expect(students.rows[0].n).toBe(200);

  const second = await runStart(portBase, (out) => out.includes('is ready'));
  expect(second.output).not.toContain('seeded demo schools');
  expect(second.output).toContain('is ready');
  expect(second.exitCode).toBe(0);
}, 240_000);

test('a crashed service is restarted with a logged delay and serves again; Ctrl-C then stops every process', async () => {
  const portBase = 21000 + Math.floor(Math.random() * 2000) * 5;
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
      const login = await ask('mutation ($l: String!, $p: String!) { login(login: $l, password: $p, school: "demo") { accessToken } }', { l: 'admin@demo.test', p: 'demo-password' });
      const token = login.data.login.accessToken as string;
      const students = () => ask('{ students(first: 1) { totalCount } }', {}, token);
      expect((await students()).data.students.totalCount).toBe(200);
      const started = [...output().matchAll(/academics started \(pid (\d+)\)/g)].map((m) => Number(m[1]));
      expect(started).toHaveLength(1);
      process.kill(started[0], 'SIGKILL');
      // While it is down the rest answers; then it is back on its own.
      const down = await students();
      expect(down.errors?.map((e) => e.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
      const deadline = Date.now() + 30_000;
      let back = false;
      while (!back && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
        back = (await students().catch(() => ({ data: null }))).data?.students?.totalCount === 200;
      }
      expect(back).toBe(true);
      expect(output()).toMatch(/academics exited unexpectedly \(SIGKILL\); restarting in 1 s/);
      pids.push(...[...output().matchAll(/started \(pid (\d+)\)/g)].map((m) => Number(m[1])));
    },
  );
  expect(run.exitCode).toBe(0);
  // Every service process ever started is gone.
  expect(pids.length).toBeGreaterThanOrEqual(3);
  const alive = pids.filter((pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  });
  expect(alive).toEqual([]);
}, 180_000);

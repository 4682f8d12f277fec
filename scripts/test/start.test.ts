/**
 * `npm start` end to end against the test server: migrates, seeds the demo estate, starts every
 * service, answers a login through the gateway, and stops cleanly on SIGINT. A second start
 * finds the estate already seeded.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { adminQuery, databaseUrl, dropDatabase, testAdminUrl, uniqueDatabaseName } from '@syncad/test-support';

const ROOT = path.resolve(__dirname, '..', '..');
// The central database does not exist yet: npm start creates it, as on a first run against a real server.
const central = { name: uniqueDatabaseName('start'), url: '' };
central.url = databaseUrl(testAdminUrl(), central.name);

afterAll(async () => {
  const schools = await adminQuery(`SELECT datname FROM pg_database WHERE datname LIKE '${central.name}\\_%'`);
  for (const { datname } of schools.rows) await dropDatabase(datname);
  await dropDatabase(central.name);
});

interface Run {
  output: string;
  exitCode: number | null;
}

/** Runs npm start until `until(output)` holds, then sends SIGINT and waits for the exit. */
async function runStart(portBase: number, until: (output: string) => boolean, whileUp?: () => Promise<void>): Promise<Run> {
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
  if (whileUp && until(output)) await whileUp();
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

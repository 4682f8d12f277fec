/**
 * The deployment files: docker-compose.yml validated by Debian's docker-compose (installed with
 * apt-get when missing; nothing is built or run here: `npm run test:deployment` builds and starts
 * it, scripts/test/deployment) and checked for what a real deployment needs; the Dockerfile's stages; the one-shot migrate job (its bundle,
 * as the container runs it) against a real PostgreSQL (secrets from files, no demo accounts unless SYNCAD_DEMO=1); the health check.
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { subgraphUrlsFromEnv } from '@syncad/platform';
import { readSecretFiles } from '@syncad/shared-db';
import { loadSubgraphs, subgraphFolders } from '@syncad/subgraph-kit';
import { adminQuery, createTestDatabase } from '@syncad/test-support';
import { parse } from 'yaml';
import { bundleArgs, bundleEntries, ensureBundles } from '../build/serviceBundles';
import { aptInstall, hasCommand } from '../deploy/baseImages';

const ROOT = path.resolve(__dirname, '..', '..');
const SECRETS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'syncad-secrets-'));

/** Debian's docker-compose, installed with apt-get if missing; fails loudly if it cannot be. */
function dockerCompose(): string {
  if (!hasCommand('docker-compose')) aptInstall(['docker-compose'], () => undefined);
  return 'docker-compose';
}

function composeConfig(env: Record<string, string>, ...args: string[]) {
  const { SYNCAD_SECRETS_DIR: _unset, ...base } = process.env;
  return spawnSync(dockerCompose(), ['-f', path.join(ROOT, 'docker-compose.yml'), 'config', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...base, ...env },
  });
}

// The services docker-compose.yml must run: every subgraph of this repository and the two being built elsewhere.
const SUBGRAPHS = [...new Set([...subgraphFolders(), 'finance', 'transport'])].sort();
const APP_SERVICES = [...SUBGRAPHS, 'gateway'];

describe('docker-compose.yml', () => {
  let config: any;

  beforeAll(() => {
    const valid = composeConfig({ SYNCAD_SECRETS_DIR: SECRETS_DIR }, '-q');
    expect({ status: valid.status, stderr: valid.stderr }).toEqual({ status: 0, stderr: '' });
    config = parse(composeConfig({ SYNCAD_SECRETS_DIR: SECRETS_DIR }).stdout);
  }, 300_000);

  it('is refused without a secrets folder: secrets are never generated or defaulted', () => {
    const refused = composeConfig({}, '-q');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('set SYNCAD_SECRETS_DIR');
  });

  it('runs PostgreSQL 15 with a volume, PgBouncer, a one-shot migrate job, and one container per subgraph and the gateway, all from one image', () => {
    expect(Object.keys(config.services).sort()).toEqual(['migrate', 'pgbouncer', 'postgres', ...APP_SERVICES].sort());
    expect(config.services.postgres.image).toBe('postgres:15');
    expect(config.services.postgres.volumes).toEqual(['pgdata:/var/lib/postgresql/data:rw']);
    expect(Object.keys(config.volumes)).toEqual(['pgdata']);
    const images = new Set([...APP_SERVICES, 'migrate'].map((s) => config.services[s].image));
    expect(images.size).toBe(1);
    // Each runs its bundle, built in the image by `npm run build` (scripts/build/serviceBundles.ts).
    for (const name of [...APP_SERVICES, 'migrate']) {
      expect(config.services[name].command).toEqual(['node', '--no-warnings', '--enable-source-maps', `dist/${name}.cjs`]);
    }
    expect(Object.keys(bundleEntries()).sort()).toEqual([...APP_SERVICES, 'migrate'].sort());
  });

  it('starts services after the migration, with health checks on /health and restart policies', () => {
    expect(config.services.migrate.restart).toBe('no');
    expect(config.services.migrate.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    // Over TCP: the socket answers while the image's first boot is still making the cluster.
    expect(config.services.postgres.healthcheck.test).toEqual([
      'CMD',
      'pg_isready',
      '-h',
      '127.0.0.1',
      '-U',
      'syncad',
      '-d',
      'syncad_central',
    ]);
    for (const name of [...APP_SERVICES, 'postgres', 'pgbouncer']) expect(config.services[name].restart).toBe('unless-stopped');
    for (const name of APP_SERVICES) {
      expect(config.services[name].depends_on.migrate).toEqual({ condition: 'service_completed_successfully' });
      expect(config.services[name].healthcheck.test).toEqual(['CMD', 'node', 'scripts/deploy/healthcheck.js']);
    }
    expect(fs.readFileSync(path.join(ROOT, 'scripts/deploy/healthcheck.js'), 'utf8')).toContain('/health');
  });

  it('reaches school databases through PgBouncer, below max_connections; the migrate job connects directly', () => {
    const pgbouncer = config.services.pgbouncer;
    expect(pgbouncer.image).toBe('syncad-local/pgbouncer:1.18');
    expect(pgbouncer.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    const maxConnections = Number(config.services.postgres.command.join(' ').match(/max_connections=(\d+)/)[1]);
    expect(Number(pgbouncer.environment.PGBOUNCER_MAX_SERVER_CONNECTIONS)).toBeLessThan(maxConnections);
    for (const name of APP_SERVICES) {
      expect({ name, poolers: JSON.parse(config.services[name].environment.SYNCAD_DB_POOLERS) }).toEqual({
        name,
        poolers: { default: 'postgres://syncad@pgbouncer:6432' },
      });
    }
    for (const name of SUBGRAPHS) expect(config.services[name].depends_on.pgbouncer).toEqual({ condition: 'service_started' });
    // Migrations hold session-level advisory locks: never through a transaction pooler.
    expect(config.services.migrate.environment.SYNCAD_DB_POOLERS).toBeUndefined();
  });

  it('publishes only the gateway; everything else is on an internal network', () => {
    expect(config.networks.internal.internal).toBe(true);
    for (const [name, service] of Object.entries<any>(config.services)) {
      if (name === 'gateway') continue;
      expect({ name, ports: service.ports }).toEqual({ name, ports: undefined });
      expect({ name, networks: Object.keys(service.networks) }).toEqual({ name, networks: ['internal'] });
    }
    // Published on the host's loopback by default: a load balancer or TLS proxy goes in front (SYNCAD_PUBLISH).
    expect(config.services.gateway.ports).toEqual(['127.0.0.1:4000:4000/tcp']);
    expect(Object.keys(config.services.gateway.networks).sort()).toEqual(['edge', 'internal']);
    expect(config.services.gateway.environment.SYNCAD_SUBGRAPH_URL_TEMPLATE).toBe('http://{name}:4000/');
    // The subgraphs that call another (academics charges library fines to finance) find it the same way.
    for (const definition of loadSubgraphs().filter((d) => d.calls?.length)) {
      expect(config.services[definition.name].environment.SYNCAD_SUBGRAPH_URL_TEMPLATE).toBe('http://{name}:4000/');
    }
  });

  it('takes secrets from compose secrets (files outside the source tree), never from values in the file', () => {
    for (const secret of Object.values<any>(config.secrets)) expect(secret.file.startsWith(SECRETS_DIR)).toBe(true);
    for (const [name, service] of Object.entries<any>(config.services)) {
      const env = service.environment ?? {};
      for (const variable of ['SYNCAD_JWT_SECRET', 'SYNCAD_INTERNAL_KEY', 'PGPASSWORD', 'POSTGRES_PASSWORD']) {
        expect({ name, variable, value: env[variable] }).toEqual({ name, variable, value: undefined });
      }
      if (env.DATABASE_URL) expect(new URL(env.DATABASE_URL).password).toBe('');
    }
    expect(config.services.identity.environment.SYNCAD_JWT_SECRET_FILE).toBe('/run/secrets/jwt_secret');
    expect(config.services.academics.environment.SYNCAD_JWT_SECRET_FILE).toBeUndefined();
    expect(config.services.postgres.environment.POSTGRES_PASSWORD_FILE).toBe('/run/secrets/postgres_password');
    // Each service mounts every secret its environment names, and the migrate job no more than it needs.
    for (const [name, service] of Object.entries<any>(config.services)) {
      const named = Object.values<string>(service.environment ?? {})
        .filter((value) => value.startsWith('/run/secrets/'))
        .map((value) => value.slice('/run/secrets/'.length));
      const mounted = (service.secrets ?? []).map((secret: { source: string }) => secret.source);
      expect({ name, missing: named.filter((secret) => !mounted.includes(secret)) }).toEqual({ name, missing: [] });
    }
    expect(config.services.migrate.environment.SYNCAD_INTERNAL_KEY_FILE).toBeUndefined();
  });

  it('has no demo accounts unless SYNCAD_DEMO=1', () => {
    expect(config.services.migrate.environment.SYNCAD_DEMO).toBe('0');
    const demo = parse(composeConfig({ SYNCAD_SECRETS_DIR: SECRETS_DIR, SYNCAD_DEMO: '1' }).stdout);
    expect(demo.services.migrate.environment.SYNCAD_DEMO).toBe('1');
  });
});

describe('configuration the containers use', () => {
  it('the gateway derives subgraph URLs from SYNCAD_SUBGRAPH_URL_TEMPLATE; an explicit <NAME>_URL wins', () => {
    expect(
      subgraphUrlsFromEnv(['identity', 'academics'], {
        SYNCAD_SUBGRAPH_URL_TEMPLATE: 'http://{name}:4000/',
        ACADEMICS_URL: 'http://a.internal:9/',
      }),
    ).toEqual({
      identity: 'http://identity:4000/',
      academics: 'http://a.internal:9/',
    });
    expect(() => subgraphUrlsFromEnv(['identity'], {})).toThrow('set IDENTITY_URL');
  });

  it('secrets come from NAME_FILE when NAME is not set; an unreadable or empty file is refused, naming the variable only', () => {
    const file = path.join(SECRETS_DIR, 'jwt_secret');
    fs.writeFileSync(file, 'from-a-file\n');
    const env: NodeJS.ProcessEnv = { SYNCAD_JWT_SECRET_FILE: file, SYNCAD_INTERNAL_KEY: 'given', SYNCAD_INTERNAL_KEY_FILE: file };
    readSecretFiles(env);
    expect(env.SYNCAD_JWT_SECRET).toBe('from-a-file');
    expect(env.SYNCAD_INTERNAL_KEY).toBe('given');
    expect(() => readSecretFiles({ PGPASSWORD_FILE: path.join(SECRETS_DIR, 'missing') })).toThrow(
      'PGPASSWORD_FILE names a file that cannot be read (ENOENT)',
    );
    fs.writeFileSync(file, '\n');
    expect(() => readSecretFiles({ SYNCAD_JWT_SECRET_FILE: file })).toThrow('SYNCAD_JWT_SECRET_FILE names an empty file');
  });
});

describe('Dockerfile', () => {
  const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');

  it('builds the workspace once with npm ci and runs production dependencies only, as a non-root user', () => {
    expect(dockerfile.match(/^FROM node:24\S* AS \w+$/gm)).toEqual([
      'FROM node:24-bookworm-slim AS build',
      'FROM node:24-bookworm-slim AS runtime',
    ]);
    expect(dockerfile).toMatch(/^RUN npm ci$/m);
    expect(dockerfile).toMatch(/^RUN npm prune --omit=dev$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    // The bundles are built before the prune (esbuild is a dev dependency) and copied into the runtime stage.
    expect(dockerfile.indexOf('\nRUN npm run build\n')).toBeGreaterThan(dockerfile.indexOf('\nRUN npm ci\n'));
    expect(dockerfile.indexOf('\nRUN npm run build\n')).toBeLessThan(dockerfile.indexOf('\nRUN npm prune --omit=dev\n'));
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "--no-warnings", "--enable-source-maps", "dist\/gateway\.cjs"\]$/m);
    // The school CLIs (`docker-compose run ... migrate node --import tsx migrations/src/createSchoolCli.ts`) still use tsx.
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.dependencies.tsx).toBeDefined();
  });

  it('keeps dependencies, local data and dev secrets out of the build context', () => {
    const ignored = fs.readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', '.data', '.git']));
  });
});

describe('the migrate job', () => {
  it('migrates with the password from a secret file, and seeds demo schools only with SYNCAD_DEMO=1', async () => {
    const central = await createTestDatabase('deploy');
    const url = new URL(central.url);
    // The password (when the test server has one) travels as compose passes it: a file named by PGPASSWORD_FILE.
    const passwordFile = path.join(SECRETS_DIR, 'postgres_password');
    const secretEnv: Record<string, string> = {};
    if (url.password) {
      fs.writeFileSync(passwordFile, `${decodeURIComponent(url.password)}\n`, { mode: 0o600 });
      url.password = '';
      secretEnv.PGPASSWORD_FILE = passwordFile;
    }
    await ensureBundles();
    const run = (extra: Record<string, string>) =>
      spawnSync(process.execPath, bundleArgs('migrate'), {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          DATABASE_URL: url.toString(),
          SYNCAD_LOG_FORMAT: 'json',
          ...secretEnv,
          ...extra,
        },
      });
    const schools = async () =>
      (await adminQuery('SELECT subdomain FROM "School" ORDER BY subdomain', central.url)).rows.map((r) => r.subdomain);
    try {
      const plain = run({});
      expect({ status: plain.status, stderr: plain.stderr }).toEqual({ status: 0, stderr: '' });
      expect(plain.stdout).toContain('central database migrated');
      expect(await schools()).toEqual([]);

      const demo = run({ SYNCAD_DEMO: '1' });
      expect(demo.status).toBe(0);
      expect(await schools()).toEqual(['demo', 'riverside']);
      expect(demo.stdout).toContain('SYNCAD_DEMO=1');
    } finally {
      for (const { datname } of (await adminQuery(`SELECT datname FROM pg_database WHERE datname LIKE '${central.name}\\_%'`)).rows) {
        await adminQuery(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
      await central.drop();
    }
  }, 120_000);
});

describe('the health check', () => {
  it('exits 0 when /health answers 200 on PORT, 1 otherwise', async () => {
    let status = 200;
    const server = http.createServer((req, res) => {
      res.statusCode = req.url === '/health' ? status : 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // Asynchronous: the server answering it runs in this process.
    const check = () =>
      new Promise<number | null>((resolve) => {
        const child = execFile(process.execPath, [path.join(ROOT, 'scripts/deploy/healthcheck.js')], { env: { PORT: String(port) } });
        child.once('exit', (code) => resolve(code));
      });
    try {
      expect(await check()).toBe(0);
      status = 503;
      expect(await check()).toBe(1);
    } finally {
      server.close();
    }
  });
});

/**
 * `npm run docker:base-images`: the images the Dockerfile and docker-compose.yml name
 * (node:24-bookworm-slim, postgres:15, syncad-local/pgbouncer:1.18), built on this machine for one that cannot pull images
 * (only the npm registry and Debian's packages reachable): a Debian root filesystem made by
 * mmdebstrap and imported as syncad-local/debian:bookworm, Node and npm from this folder's
 * base-images lock file, PostgreSQL 15 from Debian's package with the official image's environment
 * contract, PgBouncer 1.18 from Debian's package. An image from a registry is kept; one built here is rebuilt when its inputs change
 * (a label records their digest). Also starts Docker's
 * daemon when none answers and this runs as root (Debian's docker.io, docker-compose and
 * mmdebstrap are installed with apt-get when missing).
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answerHelp } from '@syncad/platform';

const ROOT = path.resolve(__dirname, '..', '..');
const BASE_DIR = path.join(__dirname, 'base-images');
const DEBIAN_BASE = 'syncad-local/debian:bookworm';
const DEBIAN_MIRROR = 'http://deb.debian.org/debian';
// passwd for useradd (user node); the rest of minbase is Debian's essential set and apt.
const DEBIAN_PACKAGES = 'ca-certificates,passwd';
const DAEMON_WAIT_MS = 60_000;

export type Log = (line: string) => void;

/** Runs a command, its output to the log; throws with the output's tail when it fails. */
export function run(command: string, args: string[], log: Log, options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${output.slice(-4000)}`);
  }
  log(`$ ${command} ${args.join(' ')}`);
  return String(result.stdout ?? '');
}

const succeeds = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
export const hasCommand = (name: string) => succeeds('sh', ['-c', `command -v ${name}`]);

/** Debian packages installed with apt-get (refreshing the lists once if needed); throws when it cannot. */
export function aptInstall(packages: string[], log: Log): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], { encoding: 'utf8', env });
  let result = install();
  if (result.status !== 0) {
    spawnSync('apt-get', ['update', '-q'], { env });
    result = install();
  }
  if (result.status !== 0) throw new Error(`apt-get could not install ${packages.join(', ')}:\n${result.stderr.slice(-2000)}`);
  log(`installed with apt-get: ${packages.join(', ')}`);
}

/** Docker's daemon answering, docker-compose and mmdebstrap present: installed and started when root. */
export async function ensureDocker(log: Log): Promise<void> {
  const missing = [
    ['dockerd', 'docker.io'],
    ['docker-compose', 'docker-compose'],
    ['mmdebstrap', 'mmdebstrap'],
  ].filter(([command]) => !hasCommand(command));
  if (missing.length > 0)
    aptInstall(
      missing.map(([, pkg]) => pkg),
      log,
    );
  if (succeeds('docker', ['info'])) return;
  if (process.getuid?.() !== 0) throw new Error('Docker does not answer (`docker info` fails) and only root can start its daemon here');
  const logFile = path.join(ROOT, '.artifacts', 'dockerd.log');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.openSync(logFile, 'a');
  // Detached: the daemon outlives this process, as a system service would.
  spawn('dockerd', [], { detached: true, stdio: ['ignore', out, out] }).unref();
  fs.closeSync(out);
  const deadline = Date.now() + DAEMON_WAIT_MS;
  while (!succeeds('docker', ['info'])) {
    if (Date.now() > deadline) throw new Error(`dockerd did not answer within ${DAEMON_WAIT_MS} ms (its log: ${logFile})`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  log(`started dockerd (log: ${logFile})`);
}

export const imageExists = (name: string) => succeeds('docker', ['image', 'inspect', name]);

function buildDebianBase(log: Log): void {
  const tarball = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'syncad-rootfs-')), 'rootfs.tar');
  try {
    run(
      'mmdebstrap',
      ['--variant=minbase', `--include=${DEBIAN_PACKAGES}`, 'bookworm', tarball, `deb ${DEBIAN_MIRROR} bookworm main`],
      log,
    );
    run('docker', ['import', tarball, DEBIAN_BASE], log);
  } finally {
    fs.rmSync(path.dirname(tarball), { recursive: true, force: true });
  }
}

/**
 * The certificate authorities this machine trusts (Debian's bundle, with any local CA such as a
 * TLS-inspecting proxy's): the node image trusts them too, or `npm ci` inside the build could
 * not reach the registry the host reaches. An organisation's own base image does the same.
 */
const HOST_CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

interface BaseImage {
  tag: string;
  /** Files whose content decides the image: a locally built image made from others is rebuilt. */
  inputs: string[];
  build(tag: string, label: string, log: Log): void;
}

function buildNodeImage(tag: string, label: string, log: Log): void {
  run('npm', ['ci', '--prefix', BASE_DIR, '--no-bin-links', '--no-audit', '--no-fund'], log);
  const context = fs.mkdtempSync(path.join(os.tmpdir(), 'syncad-node-image-'));
  try {
    fs.copyFileSync(path.join(BASE_DIR, 'node_modules', 'node', 'bin', 'node'), path.join(context, 'node'));
    fs.chmodSync(path.join(context, 'node'), 0o755);
    fs.cpSync(path.join(BASE_DIR, 'node_modules', 'npm'), path.join(context, 'npm'), { recursive: true });
    if (fs.existsSync(HOST_CA_BUNDLE)) fs.copyFileSync(HOST_CA_BUNDLE, path.join(context, 'host-ca-certificates.crt'));
    else fs.writeFileSync(path.join(context, 'host-ca-certificates.crt'), '');
    run('docker', ['build', '--force-rm', '--label', label, '-f', path.join(BASE_DIR, 'node.Dockerfile'), '-t', tag, context], log, {
      env: legacyBuilder(),
    });
  } finally {
    fs.rmSync(context, { recursive: true, force: true });
  }
}

/** An image of Debian's packages from `<name>.Dockerfile` in base-images. */
const debianPackageImage = (name: string) => (tag: string, label: string, log: Log) => {
  // apt-get inside the build reaches Debian's packages through the host's network.
  const dockerfile = path.join(BASE_DIR, `${name}.Dockerfile`);
  run('docker', ['build', '--network', 'host', '--force-rm', '--label', label, '-f', dockerfile, '-t', tag, BASE_DIR], log, {
    env: legacyBuilder(),
  });
};

const BASE_IMAGES: BaseImage[] = [
  {
    tag: 'node:24-bookworm-slim',
    inputs: ['node.Dockerfile', 'package-lock.json', HOST_CA_BUNDLE],
    build: buildNodeImage,
  },
  {
    tag: 'postgres:15',
    inputs: ['postgres.Dockerfile', 'postgres-entrypoint.sh'],
    build: debianPackageImage('postgres'),
  },
  {
    tag: 'syncad-local/pgbouncer:1.18',
    inputs: ['pgbouncer.Dockerfile', 'pgbouncer-entrypoint.sh'],
    build: debianPackageImage('pgbouncer'),
  },
];

const INPUTS_LABEL = 'syncad.base-image-inputs';

function inputsDigest(image: BaseImage): string {
  const hash = createHash('sha256');
  for (const file of image.inputs) {
    const full = path.resolve(BASE_DIR, file);
    hash.update(file).update(fs.existsSync(full) ? fs.readFileSync(full) : '');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Missing, or built here from other inputs. An image from elsewhere (no label) is kept. */
function needsBuild(image: BaseImage, digest: string): boolean {
  const found = spawnSync('docker', ['image', 'inspect', '--format', `{{index .Config.Labels "${INPUTS_LABEL}"}}`, image.tag], {
    encoding: 'utf8',
  });
  if (found.status !== 0) return true;
  const label = found.stdout.trim();
  return label !== '' && label !== '<no value>' && label !== digest;
}

/** Docker's classic builder: BuildKit would try to pull its own front-end image. */
export const legacyBuilder = (): NodeJS.ProcessEnv => ({ ...process.env, DOCKER_BUILDKIT: '0' });

/** The images the Dockerfile and docker-compose.yml start from, built where they are missing. */
export function ensureBaseImages(log: Log): void {
  const stale = BASE_IMAGES.map((image) => ({ image, digest: inputsDigest(image) })).filter(({ image, digest }) =>
    needsBuild(image, digest),
  );
  if (stale.length === 0) return;
  if (!imageExists(DEBIAN_BASE)) buildDebianBase(log);
  for (const { image, digest } of stale) {
    image.build(image.tag, `${INPUTS_LABEL}=${digest}`, log);
    log(`built ${image.tag}`);
  }
}

if (require.main === module) {
  answerHelp(`usage: npm run docker:base-images
  Builds node:24-bookworm-slim, postgres:15 and syncad-local/pgbouncer:1.18 locally where they are missing (from Debian's
  packages and the npm registry), starting Docker's daemon if none answers and this runs as root.`);
  const log: Log = (line) => console.log(line);
  ensureDocker(log)
    .then(() => ensureBaseImages(log))
    .then(
      () => console.log('base images ready: node:24-bookworm-slim, postgres:15, syncad-local/pgbouncer:1.18'),
      (err: unknown) => {
        console.error((err as Error).message);
        process.exit(1);
      },
    );
}

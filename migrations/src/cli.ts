/**
 * `npm run migrate [-- --central-only | --schools-only] [--retry-failed] [--concurrency N]`:
 * migrates the central database (DATABASE_URL), then every registered school database (or, with
 * --retry-failed, exactly the schools whose last run failed). On a terminal: a progress line
 * (done, failed, remaining, rate, time left) and a line per failed school; otherwise one JSON
 * line per database and a summary, for a log shipper (--progress or --json chooses). Each school's outcome is also recorded in
 * the central database (SchoolSchemaStatus). Exit code: 0 all ok, 1 something failed, 2 bad usage
 * or configuration. No stack traces.
 */
import { parseArgs } from 'node:util';
import { answerHelp } from '@syncad/platform';
import { envWithLocalDatabaseUrl, loadDbConfig, readSecretFiles } from '@syncad/shared-db';
import { applyMigrations } from './applyMigrations';
import { DEFAULT_SCHOOL_CONCURRENCY, migrateAllSchools, type SchoolMigrationReport } from './migrateAllSchools';

interface MigrateCliOptions {
  centralOnly: boolean;
  schoolsOnly: boolean;
  retryFailed: boolean;
  concurrency: number;
  /** JSON lines (not a terminal, or --json). */
  json: boolean;
}

const USAGE = `usage: npm run migrate [-- --central-only | --schools-only] [--retry-failed] [--concurrency N] [--json | --progress]
  Migrates the central database (DATABASE_URL, or the running npm start's), then every school database.
  --central-only     only the central database
  --schools-only     only the school databases
  --retry-failed     exactly the schools whose last run failed
  --concurrency N    schools migrated at once (default ${DEFAULT_SCHOOL_CONCURRENCY})
  --json, --progress one JSON line per database, or a progress line (default: progress on a terminal)
Exit code: 0 all ok, 1 something failed, 2 bad usage or configuration.`;

class UsageError extends Error {}

function oneLine(err: unknown): string {
  return String((err as Error)?.message ?? err)
    .replace(/\s+/g, ' ')
    .trim();
}

function appliedText(applied: string[]): string {
  return applied.length ? `applied ${applied.join(', ')}` : 'up to date';
}

function parseCli(argv: string[]): MigrateCliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'central-only': { type: 'boolean', default: false },
        'schools-only': { type: 'boolean', default: false },
        'retry-failed': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        progress: { type: 'boolean', default: false },
        concurrency: { type: 'string' },
      },
      strict: true,
    }));
  } catch (err) {
    throw new UsageError(oneLine(err));
  }
  const centralOnly = values['central-only'] ?? false;
  const schoolsOnly = values['schools-only'] ?? false;
  if (centralOnly && schoolsOnly) throw new UsageError('--central-only and --schools-only exclude each other');
  const concurrency = values.concurrency === undefined ? DEFAULT_SCHOOL_CONCURRENCY : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new UsageError(`--concurrency must be a positive integer, got "${values.concurrency}"`);
  }
  const retryFailed = values['retry-failed'] ?? false;
  if (centralOnly && retryFailed) throw new UsageError('--central-only and --retry-failed exclude each other');
  if (values.json && values.progress) throw new UsageError('--json and --progress exclude each other');
  // A terminal gets the progress line, anything else JSON lines; either may be asked for.
  const json = values.json || (!values.progress && !process.stdout.isTTY);
  return { centralOnly, schoolsOnly, retryFailed, concurrency, json };
}

async function main(argv: string[]): Promise<number> {
  answerHelp(USAGE, argv);
  let options: MigrateCliOptions;
  let config;
  try {
    options = parseCli(argv);
    readSecretFiles();
    config = loadDbConfig(envWithLocalDatabaseUrl());
  } catch (err) {
    console.error(`migrate: ${oneLine(err)}`);
    return 2;
  }

  const out = options.json ? jsonOutput() : terminalOutput();
  if (!options.schoolsOnly) {
    try {
      out.central({ ok: true, applied: (await applyMigrations(config.centralUrl, 'central')).applied });
    } catch (err) {
      // Schools are listed in the central database: no point going on without it.
      out.central({ ok: false, applied: [], error: oneLine(err) });
      return 1;
    }
  }
  if (options.centralOnly) return 0;

  const started = Date.now();
  const reports = await migrateAllSchools(config, {
    concurrency: options.concurrency,
    retryFailed: options.retryFailed,
    onSchool: (report, progress) => out.school(report, progress, (Date.now() - started) / 1000),
  });
  const failed = reports.filter((r) => !r.ok).length;
  out.summary({ ok: reports.length - failed, failed, seconds: (Date.now() - started) / 1000 });
  return failed > 0 ? 1 : 0;
}

interface Progress {
  done: number;
  failed: number;
  total: number;
}

/** Schools per second so far, and the seconds the rest should take at that rate. */
function pace(progress: Progress, seconds: number): { ratePerSecond: number; secondsLeft: number } {
  const rate = seconds > 0 ? progress.done / seconds : 0;
  const left = progress.total - progress.done;
  return { ratePerSecond: Math.round(rate * 10) / 10, secondsLeft: rate > 0 ? Math.round(left / rate) : 0 };
}

/** For a log shipper: one JSON object per line. */
function jsonOutput() {
  const line = (value: object) => console.log(JSON.stringify(value));
  return {
    central: (r: { ok: boolean; applied: string[]; error?: string }) => line({ event: 'central', ...r }),
    school: (r: SchoolMigrationReport, progress: Progress, seconds: number) =>
      line({
        event: 'school',
        school: r.subdomain,
        database: r.databaseName,
        server: r.dbServer,
        ok: r.ok,
        applied: r.applied,
        ...(r.ok ? {} : { error: oneLine(r.error) }),
        ...progress,
        remaining: progress.total - progress.done,
        ...pace(progress, seconds),
      }),
    summary: (s: { ok: number; failed: number; seconds: number }) =>
      line({ event: 'summary', ...s, seconds: Math.round(s.seconds * 10) / 10 }),
  };
}

/** For a person at a terminal: one progress line kept up to date, a line per failed school. */
function terminalOutput() {
  let progressShown = false;
  const clear = () => {
    if (progressShown) process.stdout.write('\r\x1b[2K');
    progressShown = false;
  };
  return {
    central: (r: { ok: boolean; applied: string[]; error?: string }) =>
      console.log(r.ok ? `central: ok, ${appliedText(r.applied)}` : `central: FAILED: ${r.error}`),
    school: (r: SchoolMigrationReport, progress: Progress, seconds: number) => {
      clear();
      if (!r.ok) console.log(`school ${r.subdomain} (database ${r.databaseName} on ${r.dbServer}): FAILED: ${oneLine(r.error)}`);
      const { ratePerSecond, secondsLeft } = pace(progress, seconds);
      process.stdout.write(
        `schools: ${progress.done}/${progress.total} done, ${progress.failed} failed, ${progress.total - progress.done} remaining, ${ratePerSecond}/s, ~${secondsLeft} s left`,
      );
      progressShown = true;
    },
    summary: (s: { ok: number; failed: number; seconds: number }) => {
      clear();
      console.log(`schools: ${s.ok} ok, ${s.failed} failed (${s.seconds.toFixed(1)} s)`);
    },
  };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`migrate: FAILED: ${oneLine(err)}`);
    process.exitCode = 1;
  },
);

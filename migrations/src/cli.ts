/**
 * `npm run migrate [-- --central-only | --schools-only] [--concurrency N]`: migrates the central
 * database (DATABASE_URL), then every registered school database. One line per database.
 * Exit code: 0 all ok, 1 something failed, 2 bad usage or configuration. No stack traces.
 */
import { parseArgs } from 'node:util';
import { envWithLocalDatabaseUrl, loadDbConfig, readSecretFiles } from '@syncad/shared-db';
import { applyMigrations } from './applyMigrations';
import { DEFAULT_SCHOOL_CONCURRENCY, migrateAllSchools } from './migrateAllSchools';

interface MigrateCliOptions {
  centralOnly: boolean;
  schoolsOnly: boolean;
  concurrency: number;
}

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
  return { centralOnly, schoolsOnly, concurrency };
}

async function main(argv: string[]): Promise<number> {
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

  if (!options.schoolsOnly) {
    try {
      console.log(`central: ok, ${appliedText((await applyMigrations(config.centralUrl, 'central')).applied)}`);
    } catch (err) {
      // Schools are listed in the central database: no point going on without it.
      console.log(`central: FAILED: ${oneLine(err)}`);
      return 1;
    }
  }
  if (options.centralOnly) return 0;

  const reports = await migrateAllSchools(config, { concurrency: options.concurrency });
  for (const r of reports) {
    const where = `school ${r.subdomain} (database ${r.databaseName} on ${r.dbServer})`;
    console.log(r.ok ? `${where}: ok, ${appliedText(r.applied)}` : `${where}: FAILED: ${oneLine(r.error)}`);
  }
  const failed = reports.filter((r) => !r.ok).length;
  console.log(`schools: ${reports.length - failed} ok, ${failed} failed`);
  return failed > 0 ? 1 : 0;
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

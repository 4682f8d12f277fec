/**
 * `npm run test:mutation [-- security|ledger] [stryker options]`: StrykerJS over the gateway's
 * security core (stryker.security.config.json, database-free unit tests) and over the ledger's
 * posting code (stryker.ledger.config.json, its own tests on a real PostgreSQL: DATABASE_URL, or
 * an embedded server started here for the run). Each part fails below a 90% mutation score;
 * reports land in .artifacts/mutation/. Too slow for every push (tens of minutes on 2 cores).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { answerHelp } from '@syncad/platform';
import { startEmbeddedPostgres } from '@syncad/test-support';

const PARTS = { security: 'stryker.security.config.json', ledger: 'stryker.ledger.config.json' } as const;
type Part = keyof typeof PARTS;

answerHelp(`usage: npm run test:mutation [-- security | ledger] [stryker options, e.g. --concurrency 1]
  StrykerJS over the gateway's security core and the ledger's posting code (both by default);
  fails below a 90% mutation score. Reports: .artifacts/mutation/.`);

const args = process.argv.slice(2);
const chosen = args.filter((a): a is Part => a in PARTS);
const strykerOptions = args.filter((a) => !(a in PARTS));
const parts: Part[] = chosen.length > 0 ? chosen : ['security', 'ledger'];

function stryker(part: Part, env: NodeJS.ProcessEnv): number {
  console.log(`=== mutation test: ${part} (${PARTS[part]}) ===`);
  // Its bin is not among the package's exports: found beside its package.json.
  const bin = path.join(path.dirname(require.resolve('@stryker-mutator/core/package.json')), 'bin', 'stryker.js');
  const run = spawnSync(process.execPath, [bin, 'run', PARTS[part], ...strykerOptions], { stdio: 'inherit', env });
  return run.status ?? 1;
}

async function main(): Promise<number> {
  // The permission oracle runs once per mutant: 200 generated operations each (2,000 in the suite).
  const env: NodeJS.ProcessEnv = { ...process.env, SYNCAD_ORACLE_RUNS: process.env.SYNCAD_ORACLE_RUNS ?? '200' };
  const embedded = parts.includes('ledger') && !env.DATABASE_URL ? await startEmbeddedPostgres() : null;
  if (embedded) env.DATABASE_URL = embedded.adminUrl;
  try {
    let status = 0;
    for (const part of parts) status = stryker(part, env) || status;
    return status;
  } finally {
    await embedded?.stop();
  }
}

main().then(
  (status) => process.exit(status),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);

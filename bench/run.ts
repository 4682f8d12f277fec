/**
 * `npm run bench`: runs every benchmark in BENCHMARKS (or those whose name contains an argument,
 * e.g. `npm run bench -- gateway`) against DATABASE_URL's server, or a throwaway embedded
 * PostgreSQL when it is unset, prints each one's table, and removes every database and process.
 * A new benchmark: a bench/<name>.ts exporting a Benchmark (bench/Benchmark.ts), added below.
 */
import { answerHelp } from '@syncad/platform';
import { adminUrlFrom, startEmbeddedPostgres, type EmbeddedServer } from '@syncad/test-support';
import type { Benchmark } from './Benchmark';
import { formatTable } from './formatTable';
import { academics } from './academics';
import { bundled } from './bundled';
import { finance } from './finance';
import { floor } from './floor';
import { gatewayOverhead } from './gatewayOverhead';
import { load } from './load';
import { peer } from './peer';
import { scale } from './scale';
import { transport } from './transport';

const BENCHMARKS: Benchmark[] = [gatewayOverhead, floor, academics, finance, transport, peer, bundled, scale, load];

/** Options that take no value. */
const FLAGS = new Set(['--patient']);

async function main(): Promise<void> {
  answerHelp(`usage: npm run bench [-- <name>...] [--patient] [--schools N] [--clients N]
  Runs the benchmarks named (any whose name contains a word), or all of the default set:
  ${BENCHMARKS.map((b) => b.name + (b.onlyWhenNamed ? ' (when named)' : '')).join(', ')}.
  Uses DATABASE_URL's server, or a throwaway embedded PostgreSQL. Results: bench/RESULTS.md.`);
  // Words are benchmark names; --options belong to the benchmarks (bench/scale.ts reads --schools,
  // bench/load.ts --clients): a word after an option is its value, unless the option is a flag.
  const takesValue = (arg: string | undefined) => arg?.startsWith('--') && !FLAGS.has(arg) && !arg.includes('=');
  const filters = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !takesValue(all[i - 1]));
  const selected = BENCHMARKS.filter((b) => (filters.length === 0 ? !b.onlyWhenNamed : filters.some((f) => b.name.includes(f))));
  if (selected.length === 0)
    throw new Error(`no benchmark matches ${filters.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  let embedded: EmbeddedServer | null = null;
  try {
    if (process.env.DATABASE_URL) {
      process.env.TEST_PG_ADMIN_URL = adminUrlFrom(process.env.DATABASE_URL);
    } else {
      embedded = await startEmbeddedPostgres();
      process.env.TEST_PG_ADMIN_URL = embedded.adminUrl;
    }
    for (const benchmark of selected) {
      const started = Date.now();
      console.log(`running ${benchmark.name} ...`);
      const result = await benchmark.run();
      console.log(`\n${result.title}\n\n${formatTable(result.columns, result.rows)}\n`);
      for (const note of result.notes) console.log(note);
      console.log(`(${benchmark.name} took ${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    }
  } finally {
    await embedded?.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);

/** What bench/run.ts runs: a named measurement that returns a table (it asserts nothing). */
export interface BenchmarkResult {
  title: string;
  columns: string[];
  rows: string[][];
  /** Lines printed under the table: the summary, and what was measured how. */
  notes: string[];
}

/** Runs with TEST_PG_ADMIN_URL set (create databases with test-support) and cleans up after itself. */
export interface Benchmark {
  name: string;
  /** Runs only when named (`npm run bench -- scale`): too long for the default run. */
  onlyWhenNamed?: boolean;
  run(): Promise<BenchmarkResult>;
}

#!/usr/bin/env node
// Runs the whole jest suite, then prints one plain closing line CI can read:
// "N passed, N failed, N skipped". jest's own exit code is kept.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const resultsFile = path.join(__dirname, '..', '.jest-results.json');
fs.rmSync(resultsFile, { force: true });
const run = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest'), '--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
let summary = '0 passed, 0 failed';
if (fs.existsSync(resultsFile)) {
  const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  // A suite that fails outside its tests (loading, or an error at teardown) has no failed test
  // but must still count as a failure.
  const brokenSuites = r.testResults.filter((s) => s.status === 'failed' && !s.assertionResults.some((a) => a.status === 'failed')).length;
  summary = `${r.numPassedTests} passed, ${r.numFailedTests + brokenSuites} failed, ${r.numPendingTests} skipped`;
}
console.log(summary);
process.exit(run.status ?? 1);

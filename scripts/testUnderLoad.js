#!/usr/bin/env node
// `npm run test:under-load -- [passes]`: the whole suite (`npm test`) several times in a row (5 by
// default) while another process keeps every core busy, to find tests that pass only on a quiet
// machine. Stops at the first failing pass; prints each pass's closing line.
const { spawn, spawnSync } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(
    'usage: npm run test:under-load [-- passes]\n  The whole suite (npm test) several times in a row (default 5) with every core kept busy.',
  );
  process.exit(0);
}
const passes = Number(process.argv[2] ?? 5);
if (!Number.isInteger(passes) || passes < 1) {
  console.error(`test:under-load: passes must be a positive whole number, got "${process.argv[2]}"`);
  process.exit(2);
}
const burners = os.cpus().map(() => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const stopBurners = () => burners.forEach((b) => b.kill('SIGKILL'));
process.on('exit', stopBurners);
process.on('SIGINT', () => process.exit(130));

let status = 0;
for (let pass = 1; pass <= passes && status === 0; pass++) {
  console.log(`=== pass ${pass} of ${passes}, ${burners.length} busy cores ===`);
  const run = spawnSync(process.execPath, [path.join(__dirname, 'test.js')], { stdio: 'inherit' });
  status = run.status ?? 1;
}
console.log(status === 0 ? `${passes} passes in a row under load: all green` : 'a pass failed under load (above)');
process.exit(status);

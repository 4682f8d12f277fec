import { spawnSync } from 'node:child_process';
import path from 'node:path';

test('the whole workspace typechecks under strict TypeScript', () => {
  const root = path.resolve(__dirname, '..', '..');
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);
}, 120_000);

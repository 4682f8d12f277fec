/**
 * Node's warnings reach the log as JSON lines, never as plain text on stderr: a real process
 * started as the services are (--no-warnings) meets a deprecation.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

test('a deprecation is one JSON warn line on stdout, and stderr stays empty', () => {
  const run = spawnSync(process.execPath, ['--no-warnings', '--import', 'tsx', path.join(__dirname, 'fixtures', 'emitWarning.ts')], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, SYNCAD_LOG_FORMAT: 'json' },
    timeout: 30_000,
  });
  expect(run.status).toBe(0);
  expect(run.stderr).toBe('');
  const lines = run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, any>);
  expect(lines.find((l) => l.msg === 'node warning')).toMatchObject({
    level: 'warn',
    service: 'fixture',
    warning: { name: 'DeprecationWarning', code: 'DEP0999', message: 'this API is going away' },
  });
});

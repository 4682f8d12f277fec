/**
 * Lines are buffered (logger.ts): a quiet process still shows each line within the flush interval,
 * and nothing written before an exit is lost.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const FIXTURE = path.join(__dirname, 'fixtures', 'logThenWait.ts');
const ENV = { PATH: process.env.PATH, SYNCAD_LOG_FORMAT: 'json' };

test('a single line of a process that then waits reaches stdout within a second', async () => {
  const child = spawn(process.execPath, ['--no-warnings', '--import', 'tsx', FIXTURE], { env: ENV, stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (out.includes('\n')) resolve(out);
      });
      child.once('exit', () => reject(new Error(`exited before a line reached stdout: ${out}`)));
    });
    // The process has not exited: the line came from the periodic flush, well within a second of being logged.
    expect(child.exitCode).toBeNull();
    const parsed = JSON.parse(line) as { time: string };
    expect(parsed).toMatchObject({ level: 'info', service: 'fixture', msg: 'first' });
    expect(Date.now() - Date.parse(parsed.time)).toBeLessThan(1_000);
  } finally {
    child.stdin.end();
  }
}, 30_000);

test('lines written just before process.exit are all written', () => {
  const run = spawnSync(process.execPath, ['--no-warnings', '--import', 'tsx', FIXTURE, 'exit'], {
    encoding: 'utf8',
    env: ENV,
    timeout: 30_000,
  });
  expect(run.status).toBe(0);
  expect(
    run.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { msg: string }).msg),
  ).toEqual(['first', 'last']);
});

/**
 * The Drizzle schema and the generated migrations agree: drizzle-kit generate, run with the
 * real configs but writing into a temporary copy of each migrations folder, finds no changes
 * and writes nothing.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './helpers';

const DRIZZLE_KIT = path.join(REPO_ROOT, 'node_modules', 'drizzle-kit', 'bin.cjs');

function snapshotFolder(dir: string): Record<string, string> {
  return Object.fromEntries(
    (fs.readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
  );
}

function generate(configFile: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DRIZZLE_KIT, 'generate', `--config=${configFile}`], { cwd: REPO_ROOT });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'syncad-drift-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test.each(['central', 'school'])('%s: drizzle-kit generate finds no schema changes', async (kind) => {
  const copy = path.join(tmp, kind);
  fs.cpSync(path.join(REPO_ROOT, 'migrations', kind), copy, { recursive: true });
  const before = snapshotFolder(copy);
  expect(Object.keys(before)).toContain(path.join('meta', '_journal.json'));

  // The real config, with only `out` moved; drizzle-kit wants `out` relative to the working directory.
  const configFile = path.join(tmp, `drizzle.${kind}.config.ts`);
  const realConfig = path.join(REPO_ROOT, 'shared-db', `drizzle.${kind}.config`);
  fs.writeFileSync(
    configFile,
    `import base from ${JSON.stringify(realConfig)};\n` +
      `export default { ...base, out: ${JSON.stringify(path.relative(REPO_ROOT, copy))} };\n`,
  );

  const { code, output } = await generate(configFile);
  expect(code).toBe(0);
  expect(output).toMatch(/No schema changes, nothing to migrate/);
  expect(snapshotFolder(copy)).toEqual(before);
});

/**
 * Freshness of graphql-codegen output: regenerates one output of the root codegen.yml (the same
 * config `npm run codegen` uses) in a child process, beside what is committed, file by file.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../..');

const normalise = (text: string) => text.replace(/\r\n/g, '\n');

/** `output` is a key under `generates:` in codegen.yml; returns file -> content, regenerated and committed. */
export async function regenerateCodegenOutput(
  output: string,
): Promise<{ committed: Record<string, string>; regenerated: Record<string, string> }> {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(__dirname, 'regenerateOutput.js'), output], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  const regenerated = Object.fromEntries(Object.entries(JSON.parse(stdout) as Record<string, string>).map(([f, c]) => [f, normalise(c)]));
  const committed = Object.fromEntries(
    Object.keys(regenerated).map((f) => [
      f,
      fs.existsSync(path.join(ROOT, f)) ? normalise(fs.readFileSync(path.join(ROOT, f), 'utf8')) : '(missing)',
    ]),
  );
  return { committed, regenerated };
}

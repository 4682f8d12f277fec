/**
 * Freshness of graphql-codegen output: regenerates one output of the root codegen.yml (the same
 * config `npm run codegen` uses) in a child process and returns it beside the committed file.
 * Any subgraph's test can call it with its own output path.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../../../..');

export interface GeneratedCode {
  committed: string;
  regenerated: string;
}

const normalise = (text: string) => text.replace(/\r\n/g, '\n');

/** `output` is the key under `generates:` in codegen.yml, e.g. "subgraphs/identity/src/generated/graphql.ts". */
export async function regenerate(output: string): Promise<GeneratedCode> {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(__dirname, 'regenerateOutput.js'), output], {
    cwd: ROOT,
    maxBuffer: 32 * 1024 * 1024,
  });
  return { committed: normalise(fs.readFileSync(path.join(ROOT, output), 'utf8')), regenerated: normalise(stdout) };
}

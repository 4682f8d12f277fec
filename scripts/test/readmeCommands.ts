/**
 * The README's examples as a test runs them: every ```bash command is either run against the
 * live system (curl examples, the school CLIs) or checked to name a real npm script (what the
 * suite itself covers: npm start, npm test, generate, bench); every ```graphql example must
 * validate against the API schema. A command of a new kind fails the test until it is classified.
 */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface CodeBlock {
  lang: string;
  text: string;
  /** 1-based line of the opening fence. */
  line: number;
}

export function readmeBlocks(readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = readme.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    blocks.push({ lang: open[1], text: body.join('\n'), line: start + 1 });
  }
  return blocks;
}

/** A block's commands: continuation lines (a trailing backslash, an open quote) joined. */
export function shellCommands(text: string): string[] {
  const commands: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    if (current === '' && (line.trim() === '' || line.trim().startsWith('#'))) continue;
    current += (current ? '\n' : '') + line;
    const quotes = (current.match(/'/g) ?? []).length;
    if (line.endsWith('\\') || quotes % 2 === 1) continue;
    commands.push(current);
    current = '';
  }
  if (current) commands.push(current);
  return commands;
}

/** npm scripts a test runs for real against the live system (the others are covered by the suite itself). */
const RUN_SCRIPTS = new Set(['school:create', 'school:add-admin', 'migrate']);

export type Plan = { run: string } | { script: string } | { skip: string };

/** What the test does with a README command, or an error naming it when it is of no known kind. */
export function planFor(command: string): Plan {
  const bare = command.replace(/^(\w+=\S+\s+)+/, '');
  const npm = /^npm (?:run (\S+)|(start|test|ci))\b/.exec(bare);
  if (npm) {
    const script = npm[1] ?? npm[2];
    if (npm[1] && RUN_SCRIPTS.has(script)) return { run: command };
    return { script: script === 'ci' ? 'start' : script };
  }
  if (/^(\w+=\$\()?curl\b/.test(command)) return { run: command };
  if (/^docker(-compose| compose)\b/.test(bare)) return { skip: 'checked by the deployment test (docker-compose config)' };
  if (/^(mkdir|openssl|chmod|cd)\b/.test(bare)) return { skip: 'preparing a deployment host (Running in production), not this machine' };
  throw new Error(`README command of no known kind (classify it in scripts/test/readmeCommands.ts):\n${command}`);
}

/**
 * Breaking changes recorded for integrators. A published API version is a git tag `api-v<version>`
 * (made by `npm run release -- <version>`) holding gateway/api-schema.graphql as committed then.
 * `npm run schema:check` (run by CI) classifies every change to that file since the last published
 * version with @graphql-inspector/core: a breaking change fails unless docs/schema-changes.md
 * records it (its schema coordinate in backticks, e.g. `Query.students`), dangerous ones are
 * printed, safe ones counted.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { diff, CriticalityLevel, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export const API_SCHEMA = 'gateway/api-schema.graphql';
export const CHANGE_LOG = 'docs/schema-changes.md';
const TAG_PREFIX = 'api-v';
const VERSION = /^\d+\.\d+\.\d+$/;

export interface SchemaCheck {
  ok: boolean;
  lines: string[];
}

const git = (root: string, args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The newest published version's tag, or null when none was published. */
export function lastPublished(root: string): string | null {
  const tags = git(root, ['tag', '--list', `${TAG_PREFIX}*`, '--sort=-v:refname'])
    .split('\n')
    .filter(Boolean);
  return tags[0] ?? null;
}

/** The changes from `before` to `after` (SDL texts), by criticality. */
export async function classify(before: string, after: string): Promise<Record<'breaking' | 'dangerous' | 'safe', Change[]>> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  const of = (level: CriticalityLevel) => changes.filter((c) => c.criticality.level === level);
  return { breaking: of(CriticalityLevel.Breaking), dangerous: of(CriticalityLevel.Dangerous), safe: of(CriticalityLevel.NonBreaking) };
}

/** The coordinates docs/schema-changes.md records (anything in backticks). */
function recorded(root: string): Set<string> {
  const file = path.join(root, CHANGE_LOG);
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  return new Set([...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]));
}

/** Compares the committed API schema with the last published version's. */
export async function checkSchemaChanges(root: string): Promise<SchemaCheck> {
  const tag = lastPublished(root);
  if (!tag) return { ok: true, lines: ['no published API version yet (npm run release -- <version> makes one): nothing to compare'] };
  const before = git(root, ['show', `${tag}:${API_SCHEMA}`]);
  const after = fs.readFileSync(path.join(root, API_SCHEMA), 'utf8');
  const { breaking, dangerous, safe } = await classify(before, after);
  const known = recorded(root);
  const unrecorded = breaking.filter((c) => !c.path || !known.has(c.path));
  const lines = [`API changes since ${tag}: ${breaking.length} breaking, ${dangerous.length} dangerous, ${safe.length} safe`];
  for (const c of dangerous) lines.push(`  dangerous: ${c.message}`);
  for (const c of breaking) lines.push(`  breaking${unrecorded.includes(c) ? ' (NOT RECORDED)' : ''}: ${c.message} [${c.path ?? '?'}]`);
  if (unrecorded.length > 0) {
    lines.push(
      `${unrecorded.length} breaking change(s) are not in ${CHANGE_LOG}: add an entry for each (date, the coordinate in backticks, what a client does instead)`,
    );
  }
  return { ok: unrecorded.length === 0, lines };
}

/** Publishes `version`: the committed API schema, checked, tagged `api-v<version>`. */
export async function release(root: string, version: string): Promise<SchemaCheck> {
  if (!VERSION.test(version)) return { ok: false, lines: [`"${version}" is not a version: use MAJOR.MINOR.PATCH, e.g. 1.4.0`] };
  const tag = `${TAG_PREFIX}${version}`;
  if (git(root, ['tag', '--list', tag]).trim()) return { ok: false, lines: [`${tag} exists already`] };
  if (git(root, ['status', '--porcelain', '--', API_SCHEMA, CHANGE_LOG]).trim()) {
    return { ok: false, lines: [`${API_SCHEMA} or ${CHANGE_LOG} has uncommitted changes: a version publishes what is committed`] };
  }
  const check = await checkSchemaChanges(root);
  if (!check.ok) return check;
  git(root, ['tag', '-a', tag, '-m', `API ${version}`]);
  return { ok: true, lines: [...check.lines, `published ${tag} (git push origin ${tag} to share it)`] };
}

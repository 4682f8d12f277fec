/** Reads drizzle-kit's generated migrations (journal + SQL files) for one database kind. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type DatabaseKind = 'central' | 'school';

export interface MigrationFile {
  tag: string;
  /** SHA-256 of the SQL text: an applied migration that was edited since is refused. */
  hash: string;
  statements: string[];
}

export const MIGRATIONS_ROOT = path.resolve(__dirname, '..');

/** The migrations' tags in order, from the journal alone (a service checking schools needs no SQL). */
export function readMigrationTags(kind: DatabaseKind, root = MIGRATIONS_ROOT): string[] {
  const journal = JSON.parse(fs.readFileSync(path.join(root, kind, 'meta', '_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  return [...journal.entries].sort((a, b) => a.idx - b.idx).map((e) => e.tag);
}

export function readMigrations(kind: DatabaseKind, root = MIGRATIONS_ROOT): MigrationFile[] {
  const dir = path.join(root, kind);
  return readMigrationTags(kind, root).map((tag) => {
    const sqlText = fs.readFileSync(path.join(dir, `${tag}.sql`), 'utf8');
    return {
      tag,
      hash: createHash('sha256').update(sqlText).digest('hex'),
      statements: sqlText
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter(Boolean),
    };
  });
}

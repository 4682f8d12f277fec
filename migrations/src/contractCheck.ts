/**
 * Expand, then contract (docs/migrations.md): a migration that a running previous release cannot
 * live with — a dropped or renamed table or column, a column made NOT NULL or retyped, a constraint
 * or trigger added to a table that already existed — contracts. Such a migration must be listed in
 * migrations/contracts.json with a review (why the previous release lives with it, or which earlier
 * migration prepared it: a NOT NULL needs the backfill in an earlier migration). CI reads every
 * migration's SQL and refuses an unreviewed contraction.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_ROOT, readMigrations, type DatabaseKind } from './migrationFiles';

export interface ContractReview {
  /** Why a running previous release lives with this migration. */
  reviewed: string;
  /** The earlier migration ("school/0004_...") that prepared it (required for SET NOT NULL: its backfill). */
  preparedBy?: string;
}

const CONTRACTIONS: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\bDROP\s+(COLUMN|TABLE)\b/i, what: 'drops a table or column' },
  { pattern: /\bRENAME\b/i, what: 'renames' },
  { pattern: /\bSET\s+NOT\s+NULL\b/i, what: 'makes a column NOT NULL' },
  { pattern: /\bALTER\s+COLUMN\s+\S+\s+(SET\s+DATA\s+)?TYPE\b/i, what: 'changes a column type' },
];

/** Tables a migration creates: its constraints and triggers on them tighten nothing old code relies on. */
function createdTables(statements: string[]): Set<string> {
  const names = statements.flatMap((s) => [...s.matchAll(/CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"([^"]+)"/gi)].map((m) => m[1]));
  return new Set(names);
}

/** What each statement of a migration contracts, in words (empty when it only expands). */
function contractions(statements: string[]): string[] {
  const created = createdTables(statements);
  const found: string[] = [];
  for (const statement of statements) {
    const sql = statement.replace(/--.*$/gm, '');
    for (const c of CONTRACTIONS) if (c.pattern.test(sql)) found.push(c.what);
    const tightened =
      /ALTER\s+TABLE\s+"([^"]+)"\s+ADD\s+CONSTRAINT/i.exec(sql) ??
      /CREATE\s+UNIQUE\s+INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?"[^"]+"\s+ON\s+"([^"]+)"/i.exec(sql) ??
      /CREATE\s+(?:CONSTRAINT\s+)?TRIGGER\s+"[^"]+"[\s\S]*?\bON\s+"([^"]+)"/i.exec(sql);
    if (tightened && !created.has(tightened[1]))
      found.push(`adds a constraint, unique index or trigger to the existing table "${tightened[1]}"`);
  }
  return [...new Set(found)];
}

export function readContractReviews(root = MIGRATIONS_ROOT): Record<string, ContractReview> {
  return JSON.parse(fs.readFileSync(path.join(root, 'contracts.json'), 'utf8')) as Record<string, ContractReview>;
}

/** Every contraction without a review, and every review that names no earlier migration where it must; empty when all is well. */
export function contractViolations(root = MIGRATIONS_ROOT, reviews = readContractReviews(root)): string[] {
  const problems: string[] = [];
  for (const kind of ['central', 'school'] as DatabaseKind[]) {
    const migrations = readMigrations(kind, root);
    migrations.forEach((m, index) => {
      const name = `${kind}/${m.tag}`;
      const found = contractions(m.statements);
      if (found.length === 0) return;
      const review = reviews[name];
      if (!review?.reviewed?.trim()) {
        problems.push(
          `${name} ${found.join(', ')}: split it into an expand step and a later contract step, or review it in migrations/contracts.json`,
        );
        return;
      }
      const earlier = migrations.slice(0, index).map((e) => `${kind}/${e.tag}`);
      if (review.preparedBy !== undefined && !earlier.includes(review.preparedBy)) {
        problems.push(`${name}: preparedBy "${review.preparedBy}" is not an earlier ${kind} migration`);
      }
      if (found.includes('makes a column NOT NULL') && review.preparedBy === undefined) {
        problems.push(`${name} makes a column NOT NULL: name the earlier migration that backfilled it (preparedBy)`);
      }
    });
  }
  return problems;
}

/**
 * CI's expand-then-contract check reads the migrations' SQL: the repository's own pass, and a
 * contraction nobody reviewed (or reviewed without the backfill it needs) is refused by name.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contractViolations, type ContractReview } from '../../src/contractCheck';

test("every contraction among the repository's migrations is reviewed", () => {
  expect(contractViolations()).toEqual([]);
});

describe('a new migration', () => {
  let root: string;

  /** A migrations root with one central migration and the given school migrations (tag -> SQL). */
  function migrations(school: Record<string, string>): void {
    for (const [kind, files] of Object.entries({ central: { '0000_initial': 'CREATE TABLE "School" (id uuid);' }, school })) {
      fs.mkdirSync(path.join(root, kind, 'meta'), { recursive: true });
      const entries = Object.keys(files).map((tag, idx) => ({ idx, tag }));
      fs.writeFileSync(path.join(root, kind, 'meta', '_journal.json'), JSON.stringify({ entries }));
      for (const [tag, sql] of Object.entries(files)) fs.writeFileSync(path.join(root, kind, `${tag}.sql`), sql);
    }
  }
  const check = (reviews: Record<string, ContractReview> = {}) => contractViolations(root, reviews);

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'contracts-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test('that only expands passes', () => {
    migrations({
      '0000_a': 'CREATE TABLE "T" (id uuid, x int);\n--> statement-breakpoint\nCREATE UNIQUE INDEX "T_x" ON "T" (x);',
      '0001_b': 'ALTER TABLE "T" ADD COLUMN y int;',
    });
    expect(check()).toEqual([]);
  });

  test('that drops, renames or tightens is refused until reviewed', () => {
    migrations({
      '0000_a': 'CREATE TABLE "T" (id uuid, x int);',
      '0001_drop': 'ALTER TABLE "T" DROP COLUMN "x";',
      '0002_rename': 'ALTER TABLE "T" RENAME COLUMN "id" TO "key";',
      '0003_unique': 'CREATE UNIQUE INDEX "T_key" ON "T" ("key");',
    });
    expect(check()).toEqual([
      expect.stringMatching(/^school\/0001_drop drops a table or column: split it/),
      expect.stringMatching(/^school\/0002_rename renames/),
      expect.stringMatching(/^school\/0003_unique adds a constraint, unique index or trigger to the existing table "T"/),
    ]);
    expect(
      check({
        'school/0001_drop': { reviewed: 'x was never read' },
        'school/0002_rename': { reviewed: 'r' },
        'school/0003_unique': { reviewed: 'u' },
      }),
    ).toEqual([]);
  });

  test('that makes a column NOT NULL needs the backfill of an earlier migration', () => {
    migrations({
      '0000_a': 'CREATE TABLE "T" (x int);',
      '0001_fill': 'UPDATE "T" SET x = 0 WHERE x IS NULL;',
      '0002_required': 'ALTER TABLE "T" ALTER COLUMN "x" SET NOT NULL;',
    });
    expect(check({ 'school/0002_required': { reviewed: 'filled' } })).toEqual([
      expect.stringMatching(/name the earlier migration that backfilled it/),
    ]);
    expect(check({ 'school/0002_required': { reviewed: 'filled', preparedBy: 'school/0003_later' } })).toEqual([
      expect.stringMatching(/preparedBy "school\/0003_later" is not an earlier school migration/),
    ]);
    expect(check({ 'school/0002_required': { reviewed: 'filled', preparedBy: 'school/0001_fill' } })).toEqual([]);
  });
});

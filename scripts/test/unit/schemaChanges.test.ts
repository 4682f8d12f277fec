/**
 * Breaking changes recorded for integrators, in a scratch git repository: a version is published
 * as a tag of the committed API schema; a later breaking change fails the check until
 * docs/schema-changes.md records its coordinate; dangerous changes are printed; release refuses a
 * malformed or existing version and uncommitted schema changes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { API_SCHEMA, CHANGE_LOG, checkSchemaChanges, release } from '../../schema/schemaChanges';

let root: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};
const commit = (message: string) => {
  git('add', '-A');
  git('commit', '-qm', message);
};

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-changes-'));
  git('init', '-q');
  // A release's annotated tag names whoever makes it: this scratch repository's own identity.
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.com');
  write(API_SCHEMA, 'type Query { students(first: Int): [String!]! classes: [String!]! }\nenum Mode { CASH BANK }\n');
  write(CHANGE_LOG, '# Changes\n');
  commit('first');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

test('nothing to compare before the first version; a version tags the committed schema', async () => {
  expect((await checkSchemaChanges(root)).lines[0]).toMatch(/no published API version yet/);
  const published = await release(root, '1.0.0');
  expect(published.ok).toBe(true);
  expect(git('show', `api-v1.0.0:${API_SCHEMA}`)).toContain('students(first: Int)');
});

test('a breaking change fails until recorded; dangerous ones are printed; safe ones pass', async () => {
  write(API_SCHEMA, 'type Query { students(first: Int!): [String!]! rooms: [String!]! }\nenum Mode { CASH BANK UPI }\n');
  commit('break');
  const refused = await checkSchemaChanges(root);
  expect(refused.ok).toBe(false);
  expect(refused.lines.join('\n')).toMatch(
    /breaking \(NOT RECORDED\): Field 'classes' was removed from object type 'Query' \[Query\.classes\]/,
  );
  expect(refused.lines.join('\n')).toMatch(/breaking \(NOT RECORDED\): .*\[Query\.students\.first\]/);
  expect(refused.lines.join('\n')).toMatch(/dangerous: Enum value 'UPI' was added to enum 'Mode'/);
  expect(refused.lines.at(-1)).toMatch(/2 breaking change\(s\) are not in docs\/schema-changes\.md/);
  // Not releasable while unrecorded.
  expect((await release(root, '2.0.0')).ok).toBe(false);

  write(
    CHANGE_LOG,
    '# Changes\n| 2026-12-06 | `Query.classes` removed | ask `rooms` |\n| 2026-12-06 | `Query.students.first` required | send it |\n',
  );
  commit('record');
  const accepted = await checkSchemaChanges(root);
  expect(accepted).toEqual({ ok: true, lines: expect.arrayContaining([expect.stringMatching(/2 breaking, 1 dangerous, 1 safe/)]) });
  expect((await release(root, '2.0.0')).ok).toBe(true);
  expect((await checkSchemaChanges(root)).lines[0]).toMatch(/since api-v2\.0\.0: 0 breaking, 0 dangerous, 0 safe/);
});

test('release refuses a malformed or existing version and uncommitted schema changes', async () => {
  expect((await release(root, 'v3')).lines[0]).toMatch(/is not a version/);
  expect((await release(root, '2.0.0')).lines[0]).toMatch(/exists already/);
  write(API_SCHEMA, 'type Query { students(first: Int!): [String!]! rooms: [String!]! halls: [String!]! }\nenum Mode { CASH BANK UPI }\n');
  expect((await release(root, '2.1.0')).lines[0]).toMatch(/uncommitted changes/);
});

/**
 * The suite runs on a Node.js line the project supports (package.json `engines`: what CI tests),
 * and, in CI, on exactly the version each run was started for (SYNCAD_EXPECT_NODE, set by
 * .ci/run): a run that silently fell back to another node (the machine's own) fails here.
 */
import fs from 'node:fs';
import path from 'node:path';

const { engines } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { engines: { node: string } };

/** Whether `version` (v24.1.2) satisfies one of the `^X.Y.Z` ranges joined by `||`. */
function satisfies(version: string, range: string): boolean {
  const [major, minor, patch] = version.replace(/^v/, '').split('.').map(Number);
  return range.split('||').some((part) => {
    const m = /^\s*\^(\d+)\.(\d+)\.(\d+)\s*$/.exec(part);
    if (!m) throw new Error(`engines.node part "${part}" is not a ^X.Y.Z range`);
    const [x, y, z] = m.slice(1).map(Number);
    return major === x && (minor > y || (minor === y && patch >= z));
  });
}

test(`runs on a supported Node.js line (engines: ${engines.node}), and in CI on the version the run was started for`, () => {
  expect(satisfies('v24.22.3', engines.node) && satisfies('v22.23.5', engines.node) && !satisfies('v20.20.2', engines.node)).toBe(true);
  expect({ node: process.version, supported: satisfies(process.version, engines.node) }).toEqual({
    node: process.version,
    supported: true,
  });
  if (process.env.SYNCAD_EXPECT_NODE) expect(process.version).toBe(process.env.SYNCAD_EXPECT_NODE);
});

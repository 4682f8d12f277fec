/** The module-boundary check refuses a module reaching into another module's files, and allows its index. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { moduleBoundaryViolations } from '../../src/subgraph/moduleBoundaries';

let src: string;

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(src, file)), { recursive: true });
  fs.writeFileSync(path.join(src, file), text);
}

beforeEach(() => {
  src = fs.mkdtempSync(path.join(os.tmpdir(), 'boundaries-'));
  write('modules/fleet/index.ts', "export { fleetData } from './fleetData';\n");
  write('modules/fleet/fleetData.ts', 'export const fleetData = {};\n');
  write('modules/trips/tripService.ts', "import { fleetData } from '../fleet';\nimport { tripData } from './tripData';\n");
  write('modules/trips/tripData.ts', 'export const tripData = {};\n');
  write('context.ts', "import { fleetData } from './modules/fleet';\nimport type { X } from './modules/trips/index';\n");
});

afterEach(() => fs.rmSync(src, { recursive: true, force: true }));

test('imports through an index, and within one folder, are allowed', () => {
  expect(moduleBoundaryViolations(src)).toEqual([]);
});

test("a module importing another module's file is refused, naming both", () => {
  write('modules/trips/tripManifest.ts', "import { fleetData } from '../fleet/fleetData';\n");
  expect(moduleBoundaryViolations(src)).toEqual([
    'modules/trips/tripManifest.ts -> ../fleet/fleetData (import modules/fleet through its index.ts)',
  ]);
});

test("the subgraph's own files may not reach inside a module either (type imports and re-exports included)", () => {
  write('context.ts', "import type { TripRow } from './modules/trips/tripData';\nexport { fleetData } from './modules/fleet/fleetData';\n");
  expect(moduleBoundaryViolations(src)).toHaveLength(2);
});

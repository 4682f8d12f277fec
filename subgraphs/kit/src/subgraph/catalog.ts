/**
 * The subgraphs of this repository, found by folder: every `subgraphs/<name>/` whose package has
 * a `src/subgraph.ts` definition. The test stack, `npm start`, composition and codegen checks
 * all list subgraphs from here, so a new one joins them by existing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SubgraphDefinition } from './defineSubgraph';

/** The `subgraphs/` folder of this repository. */
export const SUBGRAPHS_DIR = path.resolve(__dirname, '..', '..', '..');

/** The folder names of every subgraph, sorted. */
export function subgraphFolders(dir = SUBGRAPHS_DIR): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'src', 'subgraph.ts')))
    .map((d) => d.name)
    .sort();
}

/** Each subgraph's definition, through its package's public entry (its package.json `exports`). */
export function loadSubgraphs(dir = SUBGRAPHS_DIR): SubgraphDefinition[] {
  const loaded = subgraphFolders(dir).map((folder) => {
    const { name: packageName } = JSON.parse(fs.readFileSync(path.join(dir, folder, 'package.json'), 'utf8')) as { name: string };
    // Found by folder, so loaded by name at run time.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(packageName) as { subgraph?: SubgraphDefinition };
    const definition = exported.subgraph;
    if (!definition) throw new Error(`${packageName} must export its definition as "subgraph" (src/subgraph.ts)`);
    if (definition.name !== folder)
      throw new Error(`subgraphs/${folder} defines a subgraph named "${definition.name}": use the folder's name`);
    return definition;
  });
  const ports = new Map<number, string>();
  for (const d of loaded) {
    const taken = ports.get(d.port);
    if (taken) throw new Error(`subgraphs ${taken} and ${d.name} both use port ${d.port}`);
    ports.set(d.port, d.name);
  }
  return loaded;
}

/** The port `npm start` runs a subgraph on: its own port shifted by SYNCAD_PORT_BASE's distance from 4000. */
export function portFor(definition: Pick<SubgraphDefinition, 'port'>, portBase = 4000): number {
  return definition.port - 4000 + portBase;
}

/**
 * The subgraphs to compose: every folder under subgraphs/ (except the kit) that has a
 * src/schema.graphql. New subgraphs join the supergraph by existing, with no list to edit.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface SubgraphSdl {
  /** The folder name, e.g. "identity"; also the subgraph's name in the supergraph. */
  name: string;
  sdl: string;
}

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** The committed supergraph the gateway loads (`npm run compose` writes it). */
export const SUPERGRAPH_FILE = path.join(REPO_ROOT, 'gateway', 'supergraph.graphql');

export function subgraphSdlFiles(subgraphsDir = path.join(REPO_ROOT, 'subgraphs')): SubgraphSdl[] {
  return fs
    .readdirSync(subgraphsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'kit')
    .map((d) => ({ name: d.name, file: path.join(subgraphsDir, d.name, 'src', 'schema.graphql') }))
    .filter((s) => fs.existsSync(s.file))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => ({ name: s.name, sdl: fs.readFileSync(s.file, 'utf8') }));
}

/** The subgraphs to compose: every subgraph of the repository (kit's catalog), by name. */
import path from 'node:path';
import { loadSubgraphs } from '@syncad/subgraph-kit';
import type { SubgraphSdl } from './composeSupergraph';

/** The committed supergraph the gateway loads (`npm run compose` writes it). */
export const SUPERGRAPH_FILE = path.resolve(__dirname, '..', 'supergraph.graphql');
/** The committed API schema clients see (`npm run compose` writes it too). */
export const API_SCHEMA_FILE = path.resolve(__dirname, '..', 'api-schema.graphql');

export function subgraphSdls(): SubgraphSdl[] {
  return loadSubgraphs().map((s) => ({ name: s.name, sdl: s.sdl }));
}

/**
 * The real subgraphs, as the stack starts them: each one's SDL file and its src/server.ts
 * builder, started with kit's listenSubgraph on port 0. A subgraph folder without a
 * src/server.ts yet is left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { StackSubgraph } from './stack';

const SUBGRAPHS_DIR = path.resolve(__dirname, '..', '..', 'subgraphs');

export function stackSubgraphs(): StackSubgraph[] {
  return fs
    .readdirSync(SUBGRAPHS_DIR)
    .filter((name) => name !== 'kit')
    .filter((name) => fs.existsSync(path.join(SUBGRAPHS_DIR, name, 'src', 'schema.graphql')))
    .filter((name) => fs.existsSync(path.join(SUBGRAPHS_DIR, name, 'src', 'server.ts')))
    .sort()
    .map((name) => ({
      name,
      sdl: fs.readFileSync(path.join(SUBGRAPHS_DIR, name, 'src', 'schema.graphql'), 'utf8'),
      start: async () => {
        throw new Error(`the stack does not know how to start subgraph "${name}" yet`);
      },
    }));
}

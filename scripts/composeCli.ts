/**
 * `npm run compose`: writes gateway/supergraph.graphql from every subgraph the kit's catalog finds,
 * and gateway/api-schema.graphql, the schema clients see (what frontend codegen and the playground
 * examples are checked against); exit 1 on errors. It lives here, not in the gateway, because it
 * reads the subgraphs' definitions: the gateway itself depends on no subgraph code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { API_SCHEMA_FILE, apiSchemaSdl, CompositionError, composeSupergraph, SUPERGRAPH_FILE } from '@syncad/gateway';
import { answerHelp } from '@syncad/platform';
import { loadSubgraphs } from '@syncad/subgraph-kit';

async function main(): Promise<void> {
  answerHelp(`usage: npm run compose
  Composes every subgraph into gateway/supergraph.graphql and writes gateway/api-schema.graphql
  (npm run generate also regenerates the codegen types). Exit code 1 on a composition error.`);
  const subgraphs = loadSubgraphs().map((s) => ({ name: s.name, sdl: s.sdl }));
  const supergraph = composeSupergraph(subgraphs);
  fs.writeFileSync(SUPERGRAPH_FILE, supergraph);
  fs.writeFileSync(API_SCHEMA_FILE, await apiSchemaSdl(supergraph));
  const relative = (file: string) => path.relative(process.cwd(), file);
  console.log(`composed ${subgraphs.map((s) => s.name).join(', ')} into ${relative(SUPERGRAPH_FILE)} and ${relative(API_SCHEMA_FILE)}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof CompositionError ? err.message : err);
  process.exit(1);
});

/**
 * `npm run compose`: writes gateway/supergraph.graphql from every subgraph's definition, and
 * gateway/api-schema.graphql, the schema clients see (what frontend codegen and the playground
 * examples are checked against); exit 1 on errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { apiSchemaSdl } from './apiSchemaSdl';
import { CompositionError, composeSupergraph } from './composeSupergraph';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE, subgraphSdls } from './subgraphSdls';

async function main(): Promise<void> {
  const subgraphs = subgraphSdls();
  const supergraph = composeSupergraph(subgraphs);
  fs.writeFileSync(SUPERGRAPH_FILE, supergraph);
  fs.writeFileSync(API_SCHEMA_FILE, await apiSchemaSdl(supergraph));
  console.log(`composed ${subgraphs.map((s) => s.name).join(', ')} into ${path.relative(process.cwd(), SUPERGRAPH_FILE)} and ${path.relative(process.cwd(), API_SCHEMA_FILE)}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof CompositionError ? err.message : err);
  process.exit(1);
});

/** `npm run compose`: writes gateway/supergraph.graphql from every subgraph's definition; exit 1 on errors. */
import fs from 'node:fs';
import path from 'node:path';
import { CompositionError, composeSupergraph } from './composeSupergraph';
import { SUPERGRAPH_FILE, subgraphSdls } from './subgraphSdls';

try {
  const subgraphs = subgraphSdls();
  fs.writeFileSync(SUPERGRAPH_FILE, composeSupergraph(subgraphs));
  console.log(`composed ${subgraphs.map((s) => s.name).join(', ')} into ${path.relative(process.cwd(), SUPERGRAPH_FILE)}`);
} catch (err) {
  console.error(err instanceof CompositionError ? err.message : err);
  process.exit(1);
}

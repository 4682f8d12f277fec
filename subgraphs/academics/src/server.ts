/** Builds the academics subgraph (never listens: index.ts or a test does). */
import fs from 'node:fs';
import path from 'node:path';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { buildSubgraphServer } from '@syncad/subgraph-kit';
import gql from 'graphql-tag';
import type { AcademicsContext } from './context';
import { resolvers } from './resolvers';

export { createAcademicsContext, type AcademicsContext } from './context';

export const ACADEMICS_SDL_FILE = path.join(__dirname, 'schema.graphql');

export function buildAcademicsServer() {
  const typeDefs = gql(fs.readFileSync(ACADEMICS_SDL_FILE, 'utf8'));
  return buildSubgraphServer<AcademicsContext>(typeDefs, resolvers as GraphQLResolverMap<AcademicsContext>);
}

/** Builds the identity subgraph's Apollo Server (never listens: index.ts or tests do). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSubgraphServer } from '@syncad/subgraph-kit';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import gql from 'graphql-tag';
import type { IdentityContext } from './context';
import { resolvers } from './resolvers';

export const identityTypeDefs = gql(readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'));

export function buildIdentityServer() {
  return buildSubgraphServer<IdentityContext>(identityTypeDefs, resolvers as GraphQLResolverMap<IdentityContext>);
}

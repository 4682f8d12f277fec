/** The two fixture subgraphs composed and loaded as the gateway loads them: the API schema and its rule map. */
import { ApolloGateway } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import { composeSupergraph } from '../../../src/compose/composeSupergraph';
import { buildRuleMap } from '../../../src/permissions/buildRuleMap';
import type { RuleMap } from '../../../src/permissions/rules';
import { fixtureSubgraphs } from '../../fixtures/fixtureSubgraphs';

export interface FixtureSchema {
  supergraphSdl: string;
  schema: GraphQLSchema;
  rules: RuleMap;
}

export async function loadFixtureSchema(): Promise<FixtureSchema> {
  const supergraphSdl = composeSupergraph(fixtureSubgraphs.map((s) => ({ name: s.name, sdl: s.sdl })));
  const gateway = new ApolloGateway({ supergraphSdl });
  const schema = (await gateway.load()).schema;
  await gateway.stop();
  return { supergraphSdl, schema, rules: buildRuleMap(supergraphSdl, schema) };
}

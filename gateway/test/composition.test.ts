/** Composition from the subgraphs' SDL files, the committed supergraph, and the start-up rule check. */
import fs from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { CompositionError, composeSupergraph } from '../src/composeSupergraph';
import { buildRuleMap } from '../src/permissions/buildRuleMap';
import { buildGateway } from '../src/server';
import { SUPERGRAPH_FILE, subgraphSdlFiles } from '../src/subgraphSdlFiles';
import { fixtureSubgraphs, UNRULED_SDL } from './fixtures/fixtureSubgraphs';
import { MODULE_HEADER } from './fixtures/header';

const SECRET = 'x'.repeat(40);

async function apiSchemaOf(supergraphSdl: string): Promise<GraphQLSchema> {
  const gateway = new ApolloGateway({ supergraphSdl });
  const { schema } = await gateway.load();
  await gateway.stop();
  return schema;
}

function fieldCoordinates(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__') && (isObjectType(t) || isInterfaceType(t)))
    .flatMap((t) => Object.keys((t as { getFields(): object }).getFields()).map((f) => `${t.name}.${f}`));
}

describe('supergraph composition', () => {
  it('the committed gateway/supergraph.graphql is what the subgraphs compose to (run `npm run compose`)', () => {
    const subgraphs = subgraphSdlFiles();
    expect(subgraphs.map((s) => s.name)).toEqual(expect.arrayContaining(['identity']));
    expect(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composeSupergraph(subgraphs));
  });

  it('every field of the committed supergraph has a rule', async () => {
    const sdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
    const schema = await apiSchemaOf(sdl);
    const rules = buildRuleMap(sdl, schema);
    const coordinates = fieldCoordinates(schema);
    expect(coordinates.length).toBeGreaterThan(10);
    expect([...rules.keys()].sort()).toEqual(coordinates.sort());
    expect(rules.get('Query.me')).toEqual([{ module: 'self', action: 'read' }]);
  });

  it('reports composition errors by subgraph, clearly', () => {
    const broken = [
      { name: 'a', sdl: `${MODULE_HEADER} type Query { x: Int @module(name: "student", action: "read") }` },
      { name: 'b', sdl: `${MODULE_HEADER} type Query { x: String @module(name: "student", action: "read") }` },
    ];
    expect(() => composeSupergraph(broken)).toThrow(CompositionError);
    expect(() => composeSupergraph(broken)).toThrow(/Query\.x/);
    expect(() => composeSupergraph([{ name: 'c', sdl: 'type Query {' }])).toThrow(/^supergraph composition failed:\n {2}- c: Syntax Error/);
  });

  it('field rules win over type rules, and several @module on a field are all required', async () => {
    const sdl = composeSupergraph(fixtureSubgraphs.map((s) => ({ name: s.name, sdl: s.sdl })));
    const rules = buildRuleMap(sdl, await apiSchemaOf(sdl));
    expect(rules.get('Person.name')).toEqual([{ module: 'student', action: 'read' }]);
    expect(rules.get('Person.fees')).toEqual([
      { module: 'fee', action: 'read' },
      { module: 'student', action: 'read' },
    ]);
    expect(rules.get('Query.ping')).toEqual([{ module: 'public', action: 'read' }]);
  });

  it('the gateway refuses to start when a field has no @module rule, naming each such field', async () => {
    const sdl = composeSupergraph([
      { name: 'people', sdl: fixtureSubgraphs[0].sdl },
      { name: 'loose', sdl: UNRULED_SDL },
    ]);
    const gateway = buildGateway({
      supergraphSdl: sdl,
      subgraphUrls: {},
      centralUrl: 'postgres://nobody@127.0.0.1:1/none',
      jwtSecret: SECRET,
      internalKey: SECRET,
      baseDomain: 'localhost',
    });
    const failure = gateway.start();
    await expect(failure).rejects.toThrow(/refusing to start/);
    await expect(failure).rejects.toThrow(/Loose\.b has no @module rule/);
    await expect(failure).rejects.toThrow(/Query\.naked has no @module rule/);
    await expect(failure).rejects.not.toThrow(/Loose\.a/);
    expect(gateway.rules()).toBeNull();
  });

  it('refuses an unknown action', async () => {
    const sdl = composeSupergraph([
      { name: 'odd', sdl: `${MODULE_HEADER} type Query { x: Int @module(name: "student", action: "reed") }` },
    ]);
    await expect(apiSchemaOf(sdl).then((s) => buildRuleMap(sdl, s))).rejects.toThrow(/Query\.x .*action must be one of read, write, delete/);
  });
});

/** Composition from the subgraphs' definitions, the committed supergraph, and the gateway's refusals to start. */
import fs from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { KIT_SDL, loadSubgraphs } from '@syncad/subgraph-kit';
import { isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { CompositionError, composeSupergraph } from '../../src/compose/composeSupergraph';
import { buildRuleMap } from '../../src/permissions/buildRuleMap';
import { buildGateway } from '../../src/buildGateway';
import { apiSchemaSdl } from '../../src/compose/apiSchemaSdl';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from '../../src/compose/supergraphFiles';
import { regenerateCodegenOutput } from '@syncad/test-support';
import { fixtureSubgraphs, UNRULED_SDL } from '../fixtures/fixtureSubgraphs';

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

/** Starts a gateway over `supergraphSdl` (no database is reached: it refuses before). */
function startGatewayOver(supergraphSdl: string): Promise<void> {
  const gateway = buildGateway({
    supergraphSdl,
    subgraphUrls: {},
    centralUrl: 'postgres://nobody@127.0.0.1:1/none',
    jwtSecret: SECRET,
    internalKey: SECRET,
    baseDomain: 'localhost',
  });
  return gateway.start();
}

const people = { name: 'people', sdl: fixtureSubgraphs[0].sdl };

describe('supergraph composition', () => {
  it('the committed gateway/supergraph.graphql and api-schema.graphql are what the subgraphs compose to (run `npm run compose`)', async () => {
    const subgraphs = loadSubgraphs().map((s) => ({ name: s.name, sdl: s.sdl }));
    expect(subgraphs.map((s) => s.name)).toEqual(expect.arrayContaining(['identity', 'academics']));
    const supergraph = composeSupergraph(subgraphs);
    expect(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(supergraph);
    expect(fs.readFileSync(API_SCHEMA_FILE, 'utf8')).toBe(await apiSchemaSdl(supergraph));
  });

  it("the playground's example operations type-check against the API schema, and their generated types are current", async () => {
    // graphql-codegen (client preset) refuses an example that does not fit the schema.
    const { committed, regenerated } = await regenerateCodegenOutput('gateway/playground/generated/');
    expect(Object.keys(regenerated)).toEqual(expect.arrayContaining(['gateway/playground/generated/graphql.ts']));
    expect(regenerated['gateway/playground/generated/graphql.ts']).toContain('RosterWithAttendanceQuery');
    // On failure: run `npm run generate` and commit.
    expect(committed).toEqual(regenerated);
  });

  it('every field of the committed supergraph has its own rule', async () => {
    const sdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
    const schema = await apiSchemaOf(sdl);
    const rules = buildRuleMap(sdl, schema);
    const coordinates = fieldCoordinates(schema);
    expect(coordinates.length).toBeGreaterThan(10);
    expect([...rules.keys()].sort()).toEqual(coordinates.sort());
    expect(rules.get('Query.me')).toEqual([{ module: 'self', action: 'read' }]);
    expect(rules.get('Student.firstName')).toEqual([{ module: 'student', action: 'read' }]);
    expect(rules.get('Student.attendance')).toEqual([{ module: 'attendance', action: 'read' }]);
  });

  it('reports composition errors by subgraph, clearly', () => {
    const broken = [
      { name: 'a', sdl: `${KIT_SDL} type Query { x: Int @module(name: "student", action: "read") }` },
      { name: 'b', sdl: `${KIT_SDL} type Query { x: String @module(name: "student", action: "read") }` },
    ];
    expect(() => composeSupergraph(broken)).toThrow(CompositionError);
    expect(() => composeSupergraph(broken)).toThrow(/Query\.x/);
    expect(() => composeSupergraph([{ name: 'c', sdl: 'type Query {' }])).toThrow(/^supergraph composition failed:\n {2}- c: Syntax Error/);
  });

  it("a type's rule covers the fields of its own block; a field's own rules win, and several are all required", async () => {
    const sdl = composeSupergraph(fixtureSubgraphs.map((s) => ({ name: s.name, sdl: s.sdl })));
    const rules = buildRuleMap(sdl, await apiSchemaOf(sdl));
    expect(rules.get('Person.name')).toEqual([{ module: 'student', action: 'read' }]);
    expect(rules.get('Person.fees')).toEqual([
      { module: 'fee', action: 'read' },
      { module: 'student', action: 'read' },
    ]);
    expect(rules.get('Query.ping')).toEqual([{ module: 'public', action: 'read' }]);
  });

  it('refuses an entity that two subgraphs both put a type-level @module on', () => {
    const sneaky = {
      name: 'sneaky',
      sdl: `${KIT_SDL} type Person @key(fields: "id") @module(name: "fee", action: "read") { id: ID! salary: Int }`,
    };
    expect(() => composeSupergraph([people, sneaky])).toThrow(/Person carries a type-level @module in people and sneaky/);
  });
});

describe('the gateway refuses to start (deny by default), naming each field', () => {
  it('when a field has no @module rule', async () => {
    const failure = startGatewayOver(composeSupergraph([people, { name: 'loose', sdl: UNRULED_SDL }]));
    await expect(failure).rejects.toThrow(/refusing to start/);
    await expect(failure).rejects.toThrow(/Loose\.b has no @module rule/);
    await expect(failure).rejects.toThrow(/Query\.naked has no @module rule/);
    await expect(failure).rejects.not.toThrow(/Loose\.a/);
  });

  it("when a subgraph adds a field to another subgraph's entity without its own @module (the owner's type rule does not cover it)", async () => {
    const finance = { name: 'finance', sdl: `${KIT_SDL} type Person @key(fields: "id") { id: ID! feeBalance: String }` };
    const failure = startGatewayOver(composeSupergraph([people, finance]));
    await expect(failure).rejects.toThrow(/Person\.feeBalance has no @module rule/);
    await expect(failure).rejects.not.toThrow(/Person\.id/);
  });

  it('when a @module names an unknown module or an unknown action', async () => {
    const odd = {
      name: 'odd',
      sdl: `${KIT_SDL} type Query { x: Int @module(name: "studnet", action: "read") y: Int @module(name: "student", action: "reed") }`,
    };
    const failure = startGatewayOver(composeSupergraph([odd]));
    await expect(failure).rejects.toThrow(/Query\.x names an unknown module "studnet"/);
    await expect(failure).rejects.toThrow(
      /Query\.y has @module\(name: "student", action: "reed"\): action must be one of read, write, delete/,
    );
  });
});

/**
 * Each Apollo internal the gateway relies on (gateway/src/execution/apolloInternals.ts), checked
 * against the installed packages with two tiny in-process subgraphs: no database, no network. A
 * failure names the internal that an upgrade changed.
 */
import { composeServices } from '@apollo/composition';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { ApolloGateway, LocalGraphQLDataSource, RemoteGraphQLDataSource, type GraphQLDataSource } from '@apollo/gateway';
import { QueryPlanner, type FetchNode, type PlanNode, type SubscriptionNode } from '@apollo/query-planner';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type DocumentNode } from 'graphql';
import { APOLLO_INTERNALS, disableApolloTelemetry, INCOMING_OPERATION, QUERY_PLAN_HEADER } from '../../src/execution/apolloInternals';
import { withRootFetches } from '../../src/execution/rootFetches';
import { SubgraphResponse } from '../../src/execution/subgraphFetcher';
import { hideSuggestionsFromStrangers } from '../../src/execution/hideSuggestions';
import { withFilteredDocuments } from '../../src/execution/withFilteredDocuments';

const FED = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';
const SUBGRAPHS = {
  people: {
    typeDefs: parse(`${FED}
      type Query { person: Person! motto: String! }
      type Person @key(fields: "id") { id: ID! name: String! }`),
    resolvers: { Query: { person: () => ({ id: 'p1', name: 'Asha' }), motto: () => 'learn' } },
  },
  grades: {
    typeDefs: parse(`${FED}
      type Query { topGrade: Int! }
      type Person @key(fields: "id") { id: ID! grade: Int! }`),
    resolvers: { Query: { topGrade: () => 10 }, Person: { grade: () => 9 } },
  },
};

const composed = composeServices(
  Object.entries(SUBGRAPHS).map(([name, s]) => ({ name, url: `http://${name}.invalid/`, typeDefs: s.typeDefs })),
);
if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
const supergraphSdl = composed.supergraphSdl;

/** Fails naming the internal, so an upgrade that breaks it says which one and where to look. */
function holds(internal: string, ok: boolean, detail: string): void {
  if (!APOLLO_INTERNALS.some((i) => i.name === internal)) throw new Error(`no internal named "${internal}" in apolloInternals.ts`);
  if (!ok) throw new Error(`Apollo internal changed: "${internal}" (gateway/src/execution/apolloInternals.ts): ${detail}`);
}

const checked = new Set<string>();
const named = (fragment: string): string => {
  const internal = APOLLO_INTERNALS.find((i) => i.name.includes(fragment));
  if (!internal) throw new Error(`no internal mentions "${fragment}"`);
  checked.add(internal.name);
  return internal.name;
};

disableApolloTelemetry();

function localGateway(options: { exposePlans?: boolean } = {}) {
  const dataSources = new Map<string, GraphQLDataSource>();
  const gateway = new ApolloGateway({
    supergraphSdl,
    __exposeQueryPlanExperimental: options.exposePlans ?? false,
    buildService: ({ name }) => {
      const subgraph = SUBGRAPHS[name as keyof typeof SUBGRAPHS];
      const source = new LocalGraphQLDataSource(buildSubgraphSchema([subgraph]));
      dataSources.set(name, source);
      return source;
    },
  });
  return { gateway, dataSources };
}

async function run(
  server: ApolloServer<Record<string, unknown>>,
  query: string,
  contextValue: Record<string, unknown> = {},
  headers?: HeaderMap,
) {
  const response = await server.executeOperation(
    { query, http: headers && { method: 'POST', headers, search: '', body: {} } },
    { contextValue },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

function fetchesOf(node: PlanNode | SubscriptionNode | undefined): FetchNode[] {
  if (!node) return [];
  if (node.kind === 'Fetch') return [node];
  if (node.kind === 'Parallel' || node.kind === 'Sequence') return node.nodes.flatMap(fetchesOf);
  if (node.kind === 'Flatten') return fetchesOf(node.node);
  return [];
}

test('GraphQLDataSourceRequestKind.INCOMING_OPERATION has the value rootFetches sends', () => {
  // The enum lives in a file the package's entry does not export: read it where it is declared.
  const { GraphQLDataSourceRequestKind } = require('@apollo/gateway/dist/datasources/types') as {
    GraphQLDataSourceRequestKind: Record<string, string>;
  };
  holds(
    named('INCOMING_OPERATION'),
    GraphQLDataSourceRequestKind.INCOMING_OPERATION === INCOMING_OPERATION,
    `it is now "${GraphQLDataSourceRequestKind.INCOMING_OPERATION}"`,
  );
});

test('federation-internals builds the supergraph, its subgraph schemas, its API schema and operations', () => {
  const internal = named('@apollo/federation-internals');
  const supergraph = Supergraph.build(supergraphSdl);
  const names = [...supergraph.subgraphs().names()].sort();
  holds(internal, names.join() === 'grades,people', `subgraphs() named ${names.join()}`);
  const peopleSchema = supergraph.subgraphs().get('people')!.schema.toGraphQLJSSchema();
  holds(internal, peopleSchema.getQueryType()?.getFields().motto !== undefined, 'toGraphQLJSSchema() lost Query.motto');
  const operation = operationFromDocument(supergraph.apiSchema(), parse('{ motto }'), {});
  holds(internal, operation.rootKind === 'query', `operationFromDocument gave a ${operation.rootKind}`);
});

test('the query planner gives Fetch and Parallel nodes for independent roots and a Sequence with requires for an entity', () => {
  const internal = named('plan shape');
  const supergraph = Supergraph.build(supergraphSdl);
  const planner = new QueryPlanner(supergraph);
  const plan = (query: string) => planner.buildQueryPlan(operationFromDocument(supergraph.apiSchema(), parse(query), {}));
  const roots = plan('{ motto topGrade }');
  holds(internal, roots.node?.kind === 'Parallel', `two roots of two subgraphs planned as ${roots.node?.kind}`);
  const rootFetches = fetchesOf(roots.node);
  holds(
    internal,
    rootFetches.length === 2 &&
      rootFetches.every(
        (f) => f.kind === 'Fetch' && typeof f.serviceName === 'string' && typeof f.operation === 'string' && !f.requires?.length,
      ),
    'root fetches lost serviceName/operation or gained requires',
  );
  const single = plan('{ motto }');
  holds(internal, single.node?.kind === 'Fetch', `one root planned as ${single.node?.kind}`);
  const entity = plan('{ person { name grade } }');
  const entityFetches = fetchesOf(entity.node);
  holds(
    internal,
    entity.node?.kind === 'Sequence' && entityFetches.some((f) => (f.requires?.length ?? 0) > 0),
    `an entity read planned as ${entity.node?.kind} without requires`,
  );
});

test('the executor runs the document, operation and queryHash of the request context it is handed (filter mode, root fetches)', async () => {
  const internal = named('runs the document');
  const { gateway, dataSources } = localGateway();
  const server = new ApolloServer<Record<string, unknown>>({ gateway: withFilteredDocuments(withRootFetches(gateway, dataSources)) });
  await server.start();
  try {
    const filtered = (query: string): { document: DocumentNode; queryHash: string } => ({
      document: parse(query),
      queryHash: `filtered:${query}`,
    });
    const whole = await run(server, '{ motto topGrade }');
    holds(
      internal,
      JSON.stringify(whole.data) === '{"motto":"learn","topGrade":10}',
      `the whole operation answered ${JSON.stringify(whole)}`,
    );
    const cut = await run(server, '{ motto topGrade }', { filtered: filtered('{ motto }') });
    holds(internal, JSON.stringify(cut.data) === '{"motto":"learn"}', `the filtered root operation answered ${JSON.stringify(cut)}`);
    const planned = await run(server, '{ person { name grade } }', { filtered: filtered('{ person { name } }') });
    holds(
      internal,
      JSON.stringify(planned.data) === '{"person":{"name":"Asha"}}',
      `the filtered planned operation answered ${JSON.stringify(planned)}`,
    );
  } finally {
    await server.stop();
  }
});

test('RemoteGraphQLDataSource fetches with plain-object headers and a JSON string body, and reads only what SubgraphResponse offers', async () => {
  const internal = named('RemoteGraphQLDataSource');
  const seen: { headers?: unknown; body?: unknown }[] = [];
  const source = new (class extends RemoteGraphQLDataSource {
    override willSendRequest({ request }: Parameters<NonNullable<RemoteGraphQLDataSource['willSendRequest']>>[0]) {
      request.http?.headers.set('x-mark', '1');
    }
  })({
    url: 'http://people.invalid/',
    fetcher: (async (_url: string, init: { headers?: unknown; body?: unknown }) => {
      seen.push(init);
      return new SubgraphResponse(
        'http://people.invalid/',
        200,
        'OK',
        { 'content-type': 'application/json' },
        Buffer.from('{"data":{"motto":"learn"}}'),
      );
    }) as never,
  });
  const answer = await source.process({
    kind: INCOMING_OPERATION,
    request: { query: '{ motto }', variables: {} },
    context: {},
    incomingRequestContext: {} as never,
  });
  const init = seen[0];
  holds(
    internal,
    typeof init?.body === 'string' && (JSON.parse(init.body as string) as { query: string }).query === '{ motto }',
    `the body was ${typeof init?.body}`,
  );
  const headers = init?.headers as Record<string, string> | undefined;
  holds(
    internal,
    Object.getPrototypeOf(headers) === Object.prototype && headers?.['x-mark'] === '1',
    'init.headers is not a plain object carrying the headers set in willSendRequest',
  );
  holds(
    internal,
    JSON.stringify(answer.data) === '{"motto":"learn"}',
    `the answer read from SubgraphResponse was ${JSON.stringify(answer)}`,
  );
});

test('APOLLO_TELEMETRY_DISABLED=true keeps ApolloGateway from starting its usage-metrics exporter', async () => {
  const internal = named('APOLLO_TELEMETRY_DISABLED');
  // The exporter is replaced by a stand-in, so no gateway of this test reaches any network.
  const telemetry = require('@apollo/gateway/dist/utilities/opentelemetry') as {
    createDataCollectionExporter(): { shutdown(): Promise<void> };
  };
  const exporter = jest.spyOn(telemetry, 'createDataCollectionExporter').mockReturnValue({ shutdown: async () => {} });
  const before = process.env.APOLLO_TELEMETRY_DISABLED;
  try {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    await new ApolloGateway({ supergraphSdl }).stop();
    holds(
      internal,
      exporter.mock.calls.length === 1,
      `without the variable the exporter was started ${exporter.mock.calls.length} times: the switch may have moved`,
    );
    disableApolloTelemetry();
    await new ApolloGateway({ supergraphSdl }).stop();
    holds(internal, exporter.mock.calls.length === 1, 'with the variable the exporter is still started');
  } finally {
    exporter.mockRestore();
    process.env.APOLLO_TELEMETRY_DISABLED = before ?? 'true';
  }
});

test("validation errors rewritten in validationDidStart's end hook are the ones sent", async () => {
  const internal = named('validationDidStart');
  const { gateway } = localGateway();
  const plugin = hideSuggestionsFromStrangers() as unknown as ApolloServerPlugin<Record<string, unknown>>;
  const server = new ApolloServer<Record<string, unknown>>({ gateway, plugins: [plugin] });
  await server.start();
  try {
    const stranger = await run(server, '{ mottoo }', { caller: null });
    const member = await run(server, '{ mottoo }', { caller: { userId: 'u' } });
    holds(
      internal,
      /Did you mean/.test(member.errors?.[0]?.message ?? ''),
      `graphql-js no longer suggests: ${member.errors?.[0]?.message}`,
    );
    holds(
      internal,
      stranger.errors?.[0]?.message === 'Cannot query field "mottoo" on type "Query".',
      `the rewritten message was not sent: ${stranger.errors?.[0]?.message}`,
    );
  } finally {
    await server.stop();
  }
});

test('__exposeQueryPlanExperimental decides whether a caller gets the query plan', async () => {
  const internal = named('__exposeQueryPlanExperimental');
  const headers = new HeaderMap([[QUERY_PLAN_HEADER.toLowerCase(), 'true']]);
  const answers: Record<string, unknown>[] = [];
  for (const exposePlans of [true, false]) {
    const server = new ApolloServer<Record<string, unknown>>({ gateway: localGateway({ exposePlans }).gateway });
    await server.start();
    answers.push((await run(server, '{ motto }', {}, headers)).extensions ?? {});
    await server.stop();
  }
  holds(internal, '__queryPlanExperimental' in answers[0], 'turned on, it no longer answers the plan: the option may be gone or renamed');
  holds(internal, !('__queryPlanExperimental' in answers[1]), 'turned off, it still answers the plan');
});

test("Apollo Server's answer text puts errors first, data next", async () => {
  const internal = named('errors first');
  const server = new ApolloServer({
    typeDefs: 'type Query { ok: Int fails: Int }',
    resolvers: { Query: { ok: () => 1, fails: () => Promise.reject(new Error('no')) } },
  });
  await server.start();
  try {
    const answer = async (query: string) => {
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query } },
        context: async () => ({}),
      });
      return response.body.kind === 'complete' ? response.body.string : '';
    };
    const failed = await answer('{ ok fails }');
    holds(internal, failed.startsWith('{"errors":[') && failed.includes('],"data":{"ok":1,'), `an answer with errors now reads ${failed}`);
    const ok = await answer('{ ok }');
    holds(internal, ok === '{"data":{"ok":1}}\n', `an answer of data only now reads ${ok}`);
  } finally {
    await server.stop();
  }
});

afterAll(() => {
  // Every internal listed has a check above.
  expect(APOLLO_INTERNALS.map((i) => i.name).filter((n) => !checked.has(n))).toEqual([]);
});

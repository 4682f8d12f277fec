/// <reference lib="dom" />
/**
 * Relay refetching a node, in the browser: an Environment on the gateway (from another origin),
 * the students query, then the refetch query relay-compiler made from `@refetchable` (a
 * `node(id:)` query), and what the normalized store holds for that id afterwards. The artifacts
 * come from relay-compiler at test time (gateway/test/browserClients.test.ts), passed in here.
 */
import {
  Environment,
  Network,
  RecordSource,
  Store,
  createOperationDescriptor,
  fetchQuery,
  getRequest,
  type GraphQLTaggedNode,
} from 'relay-runtime';

export interface RelayArtifacts {
  studentsQuery: GraphQLTaggedNode;
  refetchQuery: GraphQLTaggedNode;
}

function environment(url: string, token: string): Environment {
  return new Environment({
    network: Network.create(async (operation, variables) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: operation.text, variables }),
      });
      return response.json();
    }),
    store: new Store(new RecordSource()),
  });
}

/** Fetches `query` and keeps its data in the store (as a mounted component would), returning its data. */
async function fetchRetained(env: Environment, query: GraphQLTaggedNode, variables: Record<string, unknown>): Promise<unknown> {
  env.retain(createOperationDescriptor(getRequest(query), variables));
  return fetchQuery(env, query, variables).toPromise();
}

/** Loads two students, then (once the test has changed the first on the server) refetches it by its global id. */
export function relayScenario(artifacts: RelayArtifacts) {
  return {
    async load(url: string, token: string) {
      const env = environment(url, token);
      const list = (await fetchRetained(env, artifacts.studentsQuery, {})) as { students: { nodes: { id: string }[] } };
      const ids = list.students.nodes.map((n) => n.id);
      (window as unknown as { relayEnv: Environment }).relayEnv = env;
      const record = env.getStore().getSource().get(ids[0]);
      return { ids, stored: { fullName: record?.fullName, typename: record?.__typename } };
    },
    async refetch(id: string) {
      const env = (window as unknown as { relayEnv: Environment }).relayEnv;
      await fetchRetained(env, artifacts.refetchQuery, { id });
      const source = env.getStore().getSource();
      const record = source.get(id);
      // The refetch query is node(id:): the root links it to the same record the list normalized.
      const rootLink = (source.get('client:root')?.[`node(id:${JSON.stringify(id)})`] as { __ref?: string } | undefined)?.__ref;
      return { rootLink, stored: { __typename: record?.__typename, id: record?.id, fullName: record?.fullName } };
    },
  };
}

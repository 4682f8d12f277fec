/**
 * Starts a whole SyncAD stack for a test: every subgraph (the real ones by default) and the
 * gateway, each on port 0, with configuration passed in (process.env is never touched). The
 * supergraph is composed from the running subgraphs' SDL, so it always matches them.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { buildGateway, composeSupergraph, type GatewayConfig, type GatewayServer } from '@syncad/gateway';
import type { Logger } from '@syncad/platform';
import type { TestEstate } from './estate';
import { postJson, type HttpAnswer } from './stackHttp';
import { repositorySubgraphs, type StackSubgraph } from './stackSubgraph';

export interface StackOptions {
  /** The subgraphs to run: the repository's subgraphs named here, or fixtures; every real subgraph by default. */
  subgraphs?: StackSubgraph[] | string[];
  /** Gateway settings beyond the stack's own (e.g. operation limits). */
  gateway?: Partial<GatewayConfig>;
  /** Host base domain; "localhost" by default. */
  baseDomain?: string;
  /** Each service's logger, by service name (default: no logs). */
  logger?: (service: string) => Logger;
  /** The JWT signing secret (default: a fresh random one), for tokens made before the stack starts. */
  jwtSecret?: string;
  /** The internal key (default: a fresh random one), for two stacks that must read each other's global ids and cursors. */
  internalKey?: string;
}

export interface Stack {
  gatewayUrl: string;
  /** The gateway's operations listener: `${opsUrl}ready`, `${opsUrl}metrics`. */
  opsUrl: string;
  subgraphUrls: Record<string, string>;
  /** Where a subgraph that calls another (academics -> finance) finds it: a test may point one at a port nobody answers. */
  peerUrls: Record<string, string>;
  jwtSecret: string;
  internalKey: string;
  gateway: GatewayServer;
  /** Requests the gateway sent to each subgraph so far, by subgraph name. */
  subgraphRequests: Record<string, number>;
  /** The queries the gateway sent to subgraphs so far, in order. */
  subgraphQueries: { subgraph: string; query: string }[];
  /** Total requests the gateway sent to subgraphs so far. */
  subgraphRequestCount(): number;
  /** Logs in through the gateway with the school's Host; returns the access token (throws on failure). */
  login(email: string, password: string, subdomain: string): Promise<string>;
  /** POSTs an operation to the gateway; `headers` may set Host (e.g. `<subdomain>.localhost`). */
  graphql(query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<HttpAnswer>;
  stop(): Promise<void>;
}

function chooseSubgraphs(chosen: StackOptions['subgraphs']): StackSubgraph[] {
  if (chosen === undefined) return repositorySubgraphs();
  return chosen.every((s) => typeof s === 'string') ? repositorySubgraphs(chosen as string[]) : (chosen as StackSubgraph[]);
}

export async function startStack(estate: TestEstate, options: StackOptions = {}): Promise<Stack> {
  const jwtSecret = options.jwtSecret ?? randomBytes(32).toString('hex');
  const internalKey = options.internalKey ?? randomBytes(32).toString('hex');
  const baseDomain = options.baseDomain ?? 'localhost';
  const subgraphs = chooseSubgraphs(options.subgraphs);
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  };
  try {
    const subgraphUrls: Record<string, string> = {};
    const peerUrls: Record<string, string> = {};
    for (const s of subgraphs) {
      const listening = await s.start({
        dbConfig: estate.dbConfig,
        jwtSecret,
        internalKey,
        logger: options.logger?.(s.name),
        peerUrl: (name) => peerUrls[name],
      });
      stops.push(() => listening.stop());
      subgraphUrls[s.name] = peerUrls[s.name] = listening.url;
    }
    const subgraphRequests: Record<string, number> = {};
    const subgraphQueries: Stack['subgraphQueries'] = [];
    const gateway = buildGateway({
      supergraphSdl: composeSupergraph(subgraphs.map((s) => ({ name: s.name, sdl: s.sdl }))),
      subgraphUrls,
      centralUrl: estate.centralUrl,
      jwtSecret,
      internalKey,
      baseDomain,
      logger: options.logger?.('gateway'),
      ...options.gateway,
      onSubgraphRequest: (name, query) => {
        subgraphRequests[name] = (subgraphRequests[name] ?? 0) + 1;
        subgraphQueries.push({ subgraph: name, query });
      },
    });
    await gateway.start();
    stops.push(() => gateway.stop());
    await new Promise<void>((resolve) => gateway.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = gateway.httpServer.address() as AddressInfo;
    const gatewayUrl = `http://127.0.0.1:${port}/graphql`;
    await new Promise<void>((resolve) => gateway.opsServer.listen(0, '127.0.0.1', resolve));
    const opsUrl = `http://127.0.0.1:${(gateway.opsServer.address() as AddressInfo).port}/`;

    const graphql: Stack['graphql'] = (query, variables, token, headers = {}) =>
      postJson(gatewayUrl, { query, variables }, { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers });

    return {
      gatewayUrl,
      opsUrl,
      subgraphUrls,
      peerUrls,
      jwtSecret,
      internalKey,
      gateway,
      subgraphRequests,
      subgraphQueries,
      subgraphRequestCount: () => Object.values(subgraphRequests).reduce((a, b) => a + b, 0),
      graphql,
      async login(email, password, subdomain) {
        const answer = await graphql(
          'mutation Login($login: String!, $password: String!) { login(login: $login, password: $password) { accessToken } }',
          { login: email, password },
          undefined,
          { host: `${subdomain}.${baseDomain}` },
        );
        const token = answer.body?.data?.login?.accessToken;
        if (typeof token !== 'string') throw new Error(`login of ${email} failed: ${JSON.stringify(answer.body)}`);
        return token;
      },
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

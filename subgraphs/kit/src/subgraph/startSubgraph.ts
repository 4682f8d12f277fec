/**
 * Starts a subgraph from its definition: its database clients, its Apollo Server and its HTTP
 * listener. The process entry (runSubgraph) and the test stack both start subgraphs this way.
 */
import { createCentralDb, SchoolDatabases, type DbConfig } from '@syncad/shared-db';
import { buildSubgraphServer } from '../schema/buildSubgraphServer';
import type { SubgraphDefinition } from './defineSubgraph';
import { centralRequestContext, schoolRequestContext } from './createRequestContext';
import { listenSubgraph, type ListeningSubgraph } from './listenSubgraph';
import type { RequestContext, SchoolRequestContext } from './RequestContext';

export interface StartOptions {
  /** 0 for any free port. */
  port: number;
  dbConfig: DbConfig;
  internalKey: string;
  jwtSecret?: string;
  /** Connections to the central database (default 10). */
  centralConnections?: number;
  /** Listen on this address (default 127.0.0.1: only the gateway on this machine calls a subgraph). */
  host?: string;
}

export async function startSubgraph(definition: SubgraphDefinition, options: StartOptions): Promise<ListeningSubgraph> {
  const applicationName = `syncad-${definition.name}`;
  const central = createCentralDb(options.dbConfig.centralUrl, options.centralConnections ?? 10, applicationName);
  const schools = definition.tenancy === 'school' ? SchoolDatabases.fromConfig(options.dbConfig, central.db, applicationName) : null;
  const closeDatabases = async () => {
    await schools?.close();
    await central.close();
  };
  try {
    const state = definition.setup?.({ internalKey: options.internalKey, jwtSecret: options.jwtSecret });
    const { internalKey } = options;
    const createContext = schools
      ? async (internal: Parameters<typeof schoolRequestContext>[0]) =>
          (definition.context as (b: SchoolRequestContext, s: unknown) => RequestContext)(
            await schoolRequestContext(internal, central.db, schools, internalKey),
            state,
          )
      : async (internal: Parameters<typeof centralRequestContext>[0]) =>
          (definition.context as (b: RequestContext, s: unknown) => RequestContext)(centralRequestContext(internal, central.db, internalKey), state);
    const listening = await listenSubgraph(buildSubgraphServer(definition), {
      port: options.port,
      host: options.host,
      internalKey,
      createContext,
    });
    return {
      url: listening.url,
      async stop() {
        await listening.stop();
        await closeDatabases();
      },
    };
  } catch (err) {
    await closeDatabases();
    throw err;
  }
}

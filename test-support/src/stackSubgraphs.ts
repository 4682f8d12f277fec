/**
 * The real subgraphs, as the stack starts them: each one's SDL file and its src/server.ts
 * builder, listening on port 0 through kit's listenSubgraph with the stack's secrets. A new
 * subgraph adds its starter to STARTERS (required lazily, so a missing one breaks nothing else).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createCentralDb, SchoolDatabases } from '@syncad/shared-db';
import { listenSubgraph, type ListeningSubgraph } from '@syncad/subgraph-kit';
import type { StackSubgraph, SubgraphStartOptions } from './stack';

const SUBGRAPHS_DIR = path.resolve(__dirname, '..', '..', 'subgraphs');

type Starter = (options: SubgraphStartOptions) => Promise<ListeningSubgraph>;

const STARTERS: Record<string, Starter> = {
  async identity({ dbConfig, jwtSecret, internalKey }) {
    const { buildIdentityServer } = require('@syncad/identity/src/server') as typeof import('@syncad/identity/src/server');
    const { identityContextFactory } = require('@syncad/identity/src/context') as typeof import('@syncad/identity/src/context');
    const { identityConfig } = require('@syncad/identity/src/identityConfig') as typeof import('@syncad/identity/src/identityConfig');
    const central = createCentralDb(dbConfig.centralUrl, 4);
    const subgraph = await listenSubgraph(buildIdentityServer(), {
      port: 0,
      internalKey,
      createContext: identityContextFactory(central.db, identityConfig(jwtSecret)),
    });
    return { url: subgraph.url, stop: () => subgraph.stop().finally(() => central.close()) };
  },
  async academics({ dbConfig, internalKey }) {
    const { buildAcademicsServer, createAcademicsContext } = require('@syncad/academics/src/server') as typeof import('@syncad/academics/src/server');
    const central = createCentralDb(dbConfig.centralUrl, 4);
    const schools = SchoolDatabases.fromConfig(dbConfig, central.db);
    const subgraph = await listenSubgraph(buildAcademicsServer(), { port: 0, internalKey, createContext: createAcademicsContext(schools, central.db) });
    return {
      url: subgraph.url,
      stop: async () => {
        await subgraph.stop();
        await schools.close();
        await central.close();
      },
    };
  },
};

/** Every subgraph folder with a src/schema.graphql and a src/server.ts. */
export function stackSubgraphs(): StackSubgraph[] {
  return fs
    .readdirSync(SUBGRAPHS_DIR)
    .filter((name) => name !== 'kit')
    .filter((name) => ['schema.graphql', 'server.ts'].every((f) => fs.existsSync(path.join(SUBGRAPHS_DIR, name, 'src', f))))
    .sort()
    .map((name) => ({
      name,
      sdl: fs.readFileSync(path.join(SUBGRAPHS_DIR, name, 'src', 'schema.graphql'), 'utf8'),
      start: async (options: SubgraphStartOptions) => {
        const starter = STARTERS[name];
        if (!starter) throw new Error(`test-support/src/stackSubgraphs.ts has no starter for subgraph "${name}": add one`);
        return starter(options);
      },
    }));
}

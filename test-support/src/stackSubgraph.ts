/** A subgraph the test stack can start: its SDL (for composition) and how it listens on a free port. */
import type { DbConfig } from '@syncad/shared-db';
import { loadSubgraphs, startSubgraph, type ListeningSubgraph } from '@syncad/subgraph-kit';
import { type Logger } from '@syncad/platform';

export interface SubgraphStartOptions {
  dbConfig: DbConfig;
  jwtSecret: string;
  internalKey: string;
  /** Where the subgraph's lines go (default: nowhere). */
  logger?: Logger;
  /** The URL of another subgraph of the stack it calls (looked up when a request needs it). */
  peerUrl?: (name: string) => string | undefined;
}

export interface StackSubgraph {
  name: string;
  sdl: string;
  start(options: SubgraphStartOptions): Promise<ListeningSubgraph>;
}

/** The repository's subgraphs (all, or those named), each started from its own definition. */
export function repositorySubgraphs(names?: readonly string[]): StackSubgraph[] {
  const all = loadSubgraphs();
  const unknown = (names ?? []).filter((n) => !all.some((d) => d.name === n));
  if (unknown.length > 0) throw new Error(`no subgraph named ${unknown.join(', ')} (known: ${all.map((d) => d.name).join(', ')})`);
  return all
    .filter((d) => !names || names.includes(d.name))
    .map((definition) => ({
      name: definition.name,
      sdl: definition.sdl,
      start: ({ dbConfig, jwtSecret, internalKey, logger, peerUrl }) =>
        startSubgraph(definition, { port: 0, dbConfig, jwtSecret, internalKey, centralConnections: 4, logger, peerUrl }),
    }));
}

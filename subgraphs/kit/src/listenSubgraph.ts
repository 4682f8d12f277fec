/** Starts a built subgraph on a port (0 = any free one); the context is built from the signed header. */
import type { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { INTERNAL_CONTEXT_HEADER, verifyInternalContext, type InternalContext } from './callerContext';

export interface ListeningSubgraph {
  url: string;
  stop(): Promise<void>;
}

export async function listenSubgraph<TContext extends object>(
  server: ApolloServer<TContext>,
  options: { port: number; internalKey: string; createContext(internal: InternalContext): Promise<TContext> },
): Promise<ListeningSubgraph> {
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: '127.0.0.1' },
    context: async ({ req }) => {
      const header = req.headers[INTERNAL_CONTEXT_HEADER];
      const internal = verifyInternalContext(Array.isArray(header) ? header[0] : header, options.internalKey);
      return options.createContext(internal);
    },
  });
  return { url, stop: () => server.stop() };
}

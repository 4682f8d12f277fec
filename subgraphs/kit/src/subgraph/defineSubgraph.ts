/**
 * The one contract of a subgraph: `subgraphs/<name>/src/subgraph.ts` exports
 * `defineSubgraph({ ... })`. From it the kit derives the process entry (runSubgraph), the test
 * stack's starter, `npm start`'s service list and the gateway's subgraph URLs (catalog.ts), and
 * the SDL the gateway composes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Logger, ServiceMetrics } from '@syncad/platform';
import type { ModuleDefinition } from './defineModule';
import type { RequestContext, SchoolRequestContext } from './RequestContext';

/** The kit's part of every subgraph schema (links, @module, scalars, PageInfo). */
export const KIT_SDL = fs.readFileSync(path.join(__dirname, '..', 'schema', 'kit.graphql'), 'utf8');

/** What a subgraph process holds once, for every request. */
export interface SubgraphResources {
  internalKey: string;
  /** The access-token secret; only identity signs tokens, so only identity needs it. */
  jwtSecret: string | undefined;
  /** The process's metrics (a subgraph may register its own counters on `metrics.registry`). */
  metrics: ServiceMetrics;
  logger: Logger;
  /** The URL of a subgraph named in `calls`; undefined when this process was not told it (a test stack without that subgraph). */
  peerUrl(name: string): string | undefined;
}

interface CommonSpec<TBase extends RequestContext, TContext extends TBase, TState> {
  /** Also the subgraph's name in the supergraph and the folder's name. */
  name: string;
  /** The port `npm start` gives it (shifted by SYNCAD_PORT_BASE - 4000); PORT overrides it. */
  port: number;
  modules: ModuleDefinition[];
  /** The subgraphs it calls itself (callSubgraph): its process needs their URLs, as the gateway does. */
  calls?: readonly string[];
  /** Made once per process (configuration the requests share). */
  setup?(resources: SubgraphResources): TState;
  /** This subgraph's per-request additions (loaders) to the kit's context. */
  context(base: TBase, state: TState): TContext;
}

export type SubgraphSpec<TContext extends RequestContext, TState> =
  /** Every request has a caller and leases that caller's school database (academics, finance, transport). */
  | ({ tenancy: 'school' } & CommonSpec<SchoolRequestContext, TContext & SchoolRequestContext, TState>)
  /**
   * The central database; public operations have no caller (identity). With `schoolAccess`, a
   * request may also lease its caller's school database (ctx.schoolDb: identity's guardian links).
   */
  | ({ tenancy: 'central'; schoolAccess?: boolean } & CommonSpec<RequestContext, TContext, TState>);

export type SubgraphDefinition<TContext extends RequestContext = RequestContext, TState = unknown> = SubgraphSpec<TContext, TState> & {
  /** The SDL the gateway composes: the kit's part, then each module's schema.graphql. */
  sdl: string;
};

export function defineSubgraph<TContext extends SchoolRequestContext, TState = undefined>(
  spec: { tenancy: 'school' } & CommonSpec<SchoolRequestContext, TContext, TState>,
): SubgraphDefinition<TContext, TState>;
export function defineSubgraph<TContext extends RequestContext, TState = undefined>(
  spec: { tenancy: 'central'; schoolAccess?: boolean } & CommonSpec<RequestContext, TContext, TState>,
): SubgraphDefinition<TContext, TState>;
export function defineSubgraph(spec: SubgraphSpec<RequestContext, unknown>): SubgraphDefinition {
  const folders = spec.modules.map((m) => m.folder);
  const twice = folders.find((n, i) => folders.indexOf(n) !== i);
  if (twice) throw new Error(`subgraph ${spec.name} lists module folder "${twice}" twice`);
  return {
    ...spec,
    sdl: [KIT_SDL, ...spec.modules.map((m) => `# module ${m.folder} (guards ${m.name})\n${m.sdl}`)].join('\n'),
  } as SubgraphDefinition;
}

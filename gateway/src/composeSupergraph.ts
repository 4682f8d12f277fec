/**
 * Static composition (no network, no rover): the subgraphs' SDL -> the supergraph SDL the
 * gateway loads. The URLs written into the supergraph are placeholders; the gateway takes the
 * real ones from its configuration at start.
 */
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import type { SubgraphSdl } from './subgraphSdlFiles';

export class CompositionError extends Error {
  constructor(readonly problems: string[]) {
    super(`supergraph composition failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

/** A placeholder that can never be reached by accident. */
export function placeholderUrl(name: string): string {
  return `http://${name}.subgraph.invalid/graphql`;
}

export function composeSupergraph(subgraphs: SubgraphSdl[]): string {
  if (subgraphs.length === 0) throw new CompositionError(['no subgraph has a src/schema.graphql']);
  const services = [];
  const problems: string[] = [];
  for (const s of subgraphs) {
    try {
      services.push({ name: s.name, url: placeholderUrl(s.name), typeDefs: parse(s.sdl) });
    } catch (err) {
      problems.push(`${s.name}: ${(err as Error).message}`);
    }
  }
  if (problems.length > 0) throw new CompositionError(problems);
  const result = composeServices(services);
  if (result.errors) {
    throw new CompositionError(result.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`));
  }
  return result.supergraphSdl;
}

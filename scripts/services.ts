/**
 * The services `npm start` runs, each its own process, in start order (gateway last): every
 * subgraph found by the kit's catalog, on the port its definition names (shifted by
 * SYNCAD_PORT_BASE), and the gateway, told each subgraph's URL.
 */
import path from 'node:path';
import { loadSubgraphs, portFor, subgraphUrlVariable, SUBGRAPHS_DIR } from '@syncad/subgraph-kit';

export const ROOT = path.resolve(__dirname, '..');

export interface ServiceSpec {
  name: string;
  entry: string;
  port: number;
}

export function serviceSpecs(portBase: number): ServiceSpec[] {
  const subgraphs = loadSubgraphs().map((s) => ({
    name: s.name,
    entry: path.join(SUBGRAPHS_DIR, s.name, 'src', 'index.ts'),
    port: portFor(s, portBase),
  }));
  return [...subgraphs, { name: 'gateway', entry: path.join(ROOT, 'gateway', 'src', 'main.ts'), port: portBase }];
}

/** IDENTITY_URL=http://127.0.0.1:4001/ etc., for the gateway. */
export function subgraphUrlEnv(specs: ServiceSpec[]): Record<string, string> {
  return Object.fromEntries(specs.filter((s) => s.name !== 'gateway').map((s) => [subgraphUrlVariable(s.name), `http://127.0.0.1:${s.port}/`]));
}

/**
 * The services `npm start` runs, each its own process (its bundle, scripts/build), in start
 * order (gateway last): every subgraph found by the kit's catalog, on the port its definition
 * names (shifted by SYNCAD_PORT_BASE), and the gateway, told each subgraph's URL.
 */
import path from 'node:path';
import { loadSubgraphs, portFor } from '@syncad/subgraph-kit';
import { subgraphUrlVariable } from '@syncad/platform';

export const ROOT = path.resolve(__dirname, '..');

export interface ServiceSpec {
  /** Also its bundle's name (dist/<name>.cjs). */
  name: string;
  port: number;
}

export function serviceSpecs(portBase: number): ServiceSpec[] {
  const subgraphs = loadSubgraphs().map((s) => ({ name: s.name, port: portFor(s, portBase) }));
  return [...subgraphs, { name: 'gateway', port: portBase }];
}

/** IDENTITY_URL=http://127.0.0.1:4001/ etc., for the gateway. */
export function subgraphUrlEnv(specs: ServiceSpec[]): Record<string, string> {
  return Object.fromEntries(
    specs.filter((s) => s.name !== 'gateway').map((s) => [subgraphUrlVariable(s.name), `http://127.0.0.1:${s.port}/`]),
  );
}

/** The services `npm start` runs, each its own process, in start order (gateway last). */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');

export interface ServiceSpec {
  name: string;
  entry: string;
  port: number;
}

const SUBGRAPHS = ['identity', 'academics', 'finance', 'transport'];

/** Every subgraph that exists in this checkout, then the gateway; ports from SYNCAD_PORT_BASE (4000). */
export function serviceSpecs(portBase: number): ServiceSpec[] {
  const subgraphs = SUBGRAPHS.map((name, i) => ({
    name,
    entry: path.join(ROOT, 'subgraphs', name, 'src', 'index.ts'),
    port: portBase + 1 + i,
  })).filter((s) => fs.existsSync(s.entry));
  return [...subgraphs, { name: 'gateway', entry: path.join(ROOT, 'gateway', 'src', 'index.ts'), port: portBase }];
}

/** IDENTITY_URL=http://127.0.0.1:4001/ etc., for the gateway. */
export function subgraphUrlEnv(specs: ServiceSpec[]): Record<string, string> {
  return Object.fromEntries(
    specs.filter((s) => s.name !== 'gateway').map((s) => [`${s.name.toUpperCase()}_URL`, `http://127.0.0.1:${s.port}/`]),
  );
}

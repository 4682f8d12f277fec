/**
 * Everything the gateway needs, passed in explicitly (tests start several gateways in one
 * process); gatewayConfigFromEnv reads the production values.
 */
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { internalKeyFromEnv, jwtSecretFromEnv } from '@syncad/subgraph-kit';
import type { OperationLimits } from './limits/operationLimits';
import { SUPERGRAPH_FILE } from './subgraphSdlFiles';

export interface GatewayConfig {
  supergraphSdl: string;
  /** Subgraph name -> URL; a subgraph not listed keeps the supergraph's (placeholder) URL. */
  subgraphUrls: Record<string, string>;
  centralUrl: string;
  jwtSecret: string;
  internalKey: string;
  /** Host `demo.<baseDomain>` is the school with subdomain `demo`. */
  baseDomain: string;
  /** Browser origins allowed to call the API (CORS); "*" for any. Tokens travel in a header, not cookies. */
  corsOrigins?: '*' | string[];
  sessionCacheMillis?: number;
  permissionCacheMillis?: number;
  maxBodyBytes?: number;
  /** Largest operation served (depth and expanded field count); DEFAULT_OPERATION_LIMITS otherwise. */
  operationLimits?: OperationLimits;
  /** Most values an operation may be estimated to return (see limits/operationCost.ts). */
  maxOperationCost?: number;
  /** Extra pages by "METHOD /path", e.g. the playground at "GET /". */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void>;
  /** Called for every request the gateway sends to a subgraph (tests count them). */
  onSubgraphRequest?: (subgraph: string) => void;
}

/** The default port of each known subgraph; a new one is configured by <NAME>_URL. */
const DEFAULT_PORTS: Record<string, number> = { identity: 4001, academics: 4002, finance: 4003, transport: 4004 };

/** The subgraph names in a supergraph (its join__Graph values). */
export function subgraphNames(supergraphSdl: string): string[] {
  return [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((m) => m[1]);
}

export function subgraphUrlsFromEnv(names: string[], env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const name of names) {
    const fromEnv = env[`${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`];
    const port = DEFAULT_PORTS[name];
    if (fromEnv) urls[name] = fromEnv;
    else if (port) urls[name] = `http://127.0.0.1:${port}/`;
    else throw new Error(`set ${name.toUpperCase()}_URL: subgraph "${name}" has no default URL`);
  }
  return urls;
}

export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const supergraphSdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set (the central database URL)');
  return {
    supergraphSdl,
    subgraphUrls: subgraphUrlsFromEnv(subgraphNames(supergraphSdl), env),
    centralUrl: env.DATABASE_URL,
    jwtSecret: jwtSecretFromEnv(env),
    internalKey: internalKeyFromEnv(env),
    baseDomain: env.SYNCAD_BASE_DOMAIN || 'localhost',
    corsOrigins: corsOriginsFromEnv(env.SYNCAD_CORS_ORIGINS),
  };
}

/** SYNCAD_CORS_ORIGINS: "*" (the default) or a comma-separated list of origins. */
function corsOriginsFromEnv(value: string | undefined): '*' | string[] {
  if (value === undefined || value.trim() === '' || value.trim() === '*') return '*';
  return value.split(',').map((o) => o.trim()).filter(Boolean);
}

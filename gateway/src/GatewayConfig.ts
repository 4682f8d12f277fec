/**
 * Everything the gateway needs, passed in explicitly (tests start several gateways in one
 * process); gatewayConfigFromEnv reads the production values.
 */
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { centralPoolFromEnv, type CentralPoolLimits } from '@syncad/shared-db';
import { drainMillisFromEnv, internalKeyFromEnv, jwtSecretFromEnv, subgraphUrlsFromEnv, type Logger } from '@syncad/platform';
import type { OperationLimits } from './permissions/analyzeOperation';
import type { UnauthorizedMode } from './permissions/operationDecision';
import { DEFAULT_SUBGRAPH_LIMITS, type SubgraphCallLimits } from './execution/subgraphFetcher';
import { SUPERGRAPH_FILE } from './compose/supergraphFiles';

export interface GatewayConfig {
  supergraphSdl: string;
  /** Subgraph name -> URL; a subgraph not listed keeps the supergraph's (placeholder) URL. */
  subgraphUrls: Record<string, string>;
  centralUrl: string;
  /** The central database pool (default DEFAULT_CENTRAL_POOL); LISTEN takes one connection more. */
  centralPool?: CentralPoolLimits;
  jwtSecret: string;
  internalKey: string;
  /** Host `demo.<baseDomain>` is the school with subdomain `demo`. */
  baseDomain: string;
  /** An operation selecting fields the caller may not use: reject it (403, default) or filter them out (queries only). */
  unauthorized?: UnauthorizedMode;
  /** How many proxies in front of the gateway to trust for X-Forwarded-For (0: use the socket's address). */
  trustedProxies?: number;
  /** Browser origins allowed to call the API (CORS); "*" for any. Tokens travel in a header, not cookies. */
  corsOrigins?: '*' | string[];
  sessionCacheMillis?: number;
  permissionCacheMillis?: number;
  /** The largest body of a signed-in request (default 1 MiB). */
  maxBodyBytes?: number;
  /** The largest body of a request without a bearer token (default ANONYMOUS_MAX_BODY_BYTES: enough to sign in). */
  anonymousMaxBodyBytes?: number;
  /** Largest operation served (depth, expanded field count, estimated values); DEFAULT_OPERATION_LIMITS otherwise. */
  operationLimits?: Partial<OperationLimits>;
  /** Serve the playground (GraphiQL with sign-in) at /; default true. */
  playground?: boolean;
  /** Extra pages by "METHOD /path". */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void>;
  /** Called for every subgraph fetch of a query plan, with its query (tests count and read them); one served by in-flight deduplication too. */
  onSubgraphRequest?: (subgraph: string, query: string) => void;
  /** Each subgraph call's time limit and in-flight bound; DEFAULT_SUBGRAPH_LIMITS otherwise. */
  subgraphLimits?: Partial<SubgraphCallLimits>;
  /**
   * Send identical queries of one caller that are in flight at the same time once (default true;
   * SYNCAD_DEDUPE_INFLIGHT=false turns it off). See InflightQueries.
   */
  dedupeInflight?: boolean;
  /**
   * Send an operation whose plan is only root fetches straight to its subgraphs (default true;
   * SYNCAD_ROOT_FETCHES=false turns it off). See rootFetches.ts.
   */
  rootFetches?: boolean;
  /** Access lines, internal errors, lifecycle (default: none; main.ts logs to stdout). */
  logger?: Logger;
  /** Also export process metrics (CPU, memory, event loop) at /metrics: for a process entry. */
  processMetrics?: boolean;
  /** How long stop() lets in-flight requests finish before cutting them (default 10 s). */
  drainMillis?: number;
}

/** The subgraph names in a supergraph (its join__Graph values). */
export function subgraphNames(supergraphSdl: string): string[] {
  return [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((m) => m[1]);
}

export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const supergraphSdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set (the central database URL)');
  return {
    supergraphSdl,
    subgraphUrls: subgraphUrlsFromEnv(subgraphNames(supergraphSdl), env),
    centralUrl: env.DATABASE_URL,
    centralPool: centralPoolFromEnv(env),
    jwtSecret: jwtSecretFromEnv(env),
    internalKey: internalKeyFromEnv(env),
    baseDomain: env.SYNCAD_BASE_DOMAIN || 'localhost',
    corsOrigins: corsOriginsFromEnv(env.SYNCAD_CORS_ORIGINS),
    trustedProxies: trustedProxiesFromEnv(env.SYNCAD_TRUST_PROXY),
    unauthorized: unauthorizedModeFromEnv(env.SYNCAD_UNAUTHORIZED),
    playground: env.SYNCAD_PLAYGROUND !== '0' && env.SYNCAD_PLAYGROUND !== 'false',
    dedupeInflight: env.SYNCAD_DEDUPE_INFLIGHT !== '0' && env.SYNCAD_DEDUPE_INFLIGHT !== 'false',
    rootFetches: env.SYNCAD_ROOT_FETCHES !== '0' && env.SYNCAD_ROOT_FETCHES !== 'false',
    subgraphLimits: {
      timeoutMillis: positiveIntFromEnv(env, 'SYNCAD_SUBGRAPH_TIMEOUT_MS', DEFAULT_SUBGRAPH_LIMITS.timeoutMillis),
      maxInFlight: positiveIntFromEnv(env, 'SYNCAD_SUBGRAPH_MAX_IN_FLIGHT', DEFAULT_SUBGRAPH_LIMITS.maxInFlight),
      breakAfterTimeouts: positiveIntFromEnv(env, 'SYNCAD_SUBGRAPH_BREAK_AFTER_TIMEOUTS', DEFAULT_SUBGRAPH_LIMITS.breakAfterTimeouts),
      halfOpenAfterMillis: positiveIntFromEnv(env, 'SYNCAD_SUBGRAPH_HALF_OPEN_MS', DEFAULT_SUBGRAPH_LIMITS.halfOpenAfterMillis),
    },
    drainMillis: drainMillisFromEnv(env),
  };
}

function positiveIntFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

/** SYNCAD_CORS_ORIGINS: "*" (the default) or a comma-separated list of origins. */
function corsOriginsFromEnv(value: string | undefined): '*' | string[] {
  if (value === undefined || value.trim() === '' || value.trim() === '*') return '*';
  return value
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
}

/** SYNCAD_TRUST_PROXY: the number of proxies in front of the gateway ("true" = 1); unset = none. */
function trustedProxiesFromEnv(value: string | undefined): number {
  if (value === undefined || value === '' || value === 'false') return 0;
  if (value === 'true') return 1;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10)
    throw new Error(`SYNCAD_TRUST_PROXY must be a number of proxies (0-10) or true, got "${value}"`);
  return hops;
}

/** SYNCAD_UNAUTHORIZED: reject (the default) or filter. */
function unauthorizedModeFromEnv(value: string | undefined): UnauthorizedMode {
  if (value === undefined || value === '' || value === 'reject') return 'reject';
  if (value === 'filter') return 'filter';
  throw new Error(`SYNCAD_UNAUTHORIZED must be reject or filter, got "${value}"`);
}

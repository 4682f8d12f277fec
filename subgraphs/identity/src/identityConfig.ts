/** Token lifetimes and the login throttle policy (defaults from the design: 15 min, 30 days, 5 failures in 15 min). */
import { ACCESS_TOKEN_TTL_SECONDS, type SubgraphResources } from '@syncad/subgraph-kit';
import type { ThrottlePolicy } from './modules/self/loginThrottle';

export interface IdentityConfig {
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  throttle: ThrottlePolicy;
}

/** The configuration of an identity process: it signs access tokens, so it needs the JWT secret. */
export function identityConfig({ jwtSecret }: SubgraphResources): IdentityConfig {
  if (!jwtSecret || jwtSecret.length < 32) throw new Error('SYNCAD_JWT_SECRET must be set to at least 32 characters');
  return {
    jwtSecret,
    accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: 30 * 24 * 60 * 60,
    throttle: { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  };
}

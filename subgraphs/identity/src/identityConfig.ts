/** Token lifetimes (15 min access, 30 days refresh, from the design), the refresh grace window and the login throttle policy. */
import { type SubgraphResources } from '@syncad/subgraph-kit';
import { ACCESS_TOKEN_TTL_SECONDS } from '@syncad/platform';
import type { ThrottlePolicy } from './modules/self';

export interface IdentityConfig {
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** How long a spent refresh token still yields its successor (two tabs refreshing at once). */
  refreshGraceSeconds: number;
  throttle: ThrottlePolicy;
}

/** The configuration of an identity process: it signs access tokens, so it needs the JWT secret. */
export function identityConfig({ jwtSecret }: SubgraphResources): IdentityConfig {
  if (!jwtSecret || jwtSecret.length < 32) throw new Error('SYNCAD_JWT_SECRET must be set to at least 32 characters');
  return {
    jwtSecret,
    accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: 30 * 24 * 60 * 60,
    refreshGraceSeconds: 10,
    throttle: {
      perClient: { max: 10, windowSeconds: 15 * 60, freeAttempts: 3, maxDelaySeconds: 60 },
      perAccount: { max: 100, windowSeconds: 60 * 60 },
      perAddress: { max: 50, windowSeconds: 15 * 60 },
    },
  };
}

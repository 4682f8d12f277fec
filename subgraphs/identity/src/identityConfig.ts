/** Token lifetimes and the login throttle policy (defaults from the design: 15 min, 30 days, 5 failures in 15 min). */
import { ACCESS_TOKEN_TTL_SECONDS } from '@syncad/subgraph-kit';
import type { ThrottlePolicy } from './data/loginThrottle';

export interface IdentityConfig {
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  throttle: ThrottlePolicy;
}

export function identityConfig(jwtSecret: string, overrides: Partial<Omit<IdentityConfig, 'jwtSecret'>> = {}): IdentityConfig {
  return {
    jwtSecret,
    accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: 30 * 24 * 60 * 60,
    throttle: { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
    ...overrides,
  };
}

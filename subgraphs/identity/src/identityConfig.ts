/**
 * Token lifetimes (15 min access, 30 days refresh, from the design), the refresh grace window, the
 * login throttle policy, and how a failed sign-in is reported (a metric per school, a log line
 * when it comes from a school's registered network).
 */
import { type SubgraphResources } from '@syncad/subgraph-kit';
import { ACCESS_TOKEN_TTL_SECONDS } from '@syncad/platform';
import { Counter } from 'prom-client';
import type { ThrottlePolicy } from './modules/self';

/** A failed sign-in at a school (null when no school was named), from one of its registered networks or not. */
export type LoginFailureReport = (schoolId: string | null, registeredNetwork: { label: string } | null) => void;

export interface IdentityConfig {
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** How long a spent refresh token still yields its successor (two tabs refreshing at once). */
  refreshGraceSeconds: number;
  throttle: ThrottlePolicy;
  reportLoginFailure: LoginFailureReport;
}

/** The configuration of an identity process: it signs access tokens, so it needs the JWT secret. */
export function identityConfig({ jwtSecret, metrics, logger }: SubgraphResources): IdentityConfig {
  if (!jwtSecret || jwtSecret.length < 32) throw new Error('SYNCAD_JWT_SECRET must be set to at least 32 characters');
  return {
    jwtSecret,
    accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: 30 * 24 * 60 * 60,
    refreshGraceSeconds: 10,
    throttle: {
      perDevice: { max: 10, windowSeconds: 15 * 60, freeAttempts: 3, maxDelaySeconds: 60 },
      perClient: { max: 10, windowSeconds: 15 * 60, freeAttempts: 3, maxDelaySeconds: 60 },
      perAccount: { max: 100, windowSeconds: 60 * 60 },
      perAddress: { max: 50, windowSeconds: 15 * 60 },
    },
    reportLoginFailure: loginFailureReport(metrics, logger),
  };
}

function loginFailureReport(metrics: SubgraphResources['metrics'], logger: SubgraphResources['logger']): LoginFailureReport {
  const failures = new Counter({
    name: 'syncad_identity_login_failures_total',
    help: 'Failed sign-ins by school (the id, "none" when no school was named) and network ("registered": one of the school\'s registered networks)',
    labelNames: ['school', 'network'],
    registers: [metrics.registry],
  });
  return (schoolId, registeredNetwork) => {
    failures.inc({ school: schoolId ?? 'none', network: registeredNetwork ? 'registered' : 'other' });
    // Spraying from a school's shared address is budgeted per account, not per address: this line keeps it visible.
    if (registeredNetwork && schoolId)
      logger.warn({ school: schoolId, network: registeredNetwork.label }, 'failed sign-in from a registered school network');
  };
}

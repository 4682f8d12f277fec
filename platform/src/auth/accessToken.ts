/**
 * Access tokens: short-lived JWTs issued by identity and verified by the gateway.
 * The algorithm is pinned on both sides, so `alg: none` or an RS/HS confusion is refused.
 */
import jwt from 'jsonwebtoken';
import { AppError } from '../errors/AppError';
import { secretKey } from './secretKey';
import type { Caller } from './callerContext';

const ALGORITHM = 'HS256';
const ISSUER = 'syncad-identity';
const AUDIENCE = 'syncad-api';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

interface AccessClaims {
  sub: string;
  sid: string;
  sch: string;
  rol: string;
  rnm: string;
  ss: boolean;
}

export function signAccessToken(caller: Caller, secret: string, ttlSeconds = ACCESS_TOKEN_TTL_SECONDS): string {
  const claims: AccessClaims = {
    sub: caller.userId,
    sid: caller.sessionId,
    sch: caller.schoolId,
    rol: caller.roleId,
    rnm: caller.roleName,
    ss: caller.selfScoped,
  };
  return jwt.sign(claims, secretKey(secret), { algorithm: ALGORITHM, issuer: ISSUER, audience: AUDIENCE, expiresIn: ttlSeconds });
}

/** The caller named by a valid token; any fault (expired, forged, malformed) is UNAUTHENTICATED. */
export function verifyAccessToken(token: string, secret: string): Caller {
  return verifyAccessTokenWithExpiry(token, secret).caller;
}

/** verifyAccessToken, also telling when the token expires (epoch milliseconds). */
export function verifyAccessTokenWithExpiry(token: string, secret: string): { caller: Caller; expiresAt: number } {
  let c: AccessClaims & { exp?: number };
  try {
    c = jwt.verify(token, secretKey(secret), { algorithms: [ALGORITHM], issuer: ISSUER, audience: AUDIENCE }) as AccessClaims;
  } catch {
    throw AppError.unauthenticated('invalid or expired access token');
  }
  if (![c.sub, c.sid, c.sch, c.rol, c.rnm].every((v) => typeof v === 'string') || typeof c.ss !== 'boolean' || typeof c.exp !== 'number') {
    throw AppError.unauthenticated('invalid or expired access token');
  }
  return {
    caller: { userId: c.sub, sessionId: c.sid, schoolId: c.sch, roleId: c.rol, roleName: c.rnm, selfScoped: c.ss },
    expiresAt: c.exp * 1000,
  };
}

/** The access-token secret from SYNCAD_JWT_SECRET; refuses short secrets. */
export function jwtSecretFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.SYNCAD_JWT_SECRET;
  if (!secret || secret.length < 32) throw new Error('SYNCAD_JWT_SECRET must be set to at least 32 characters');
  return secret;
}

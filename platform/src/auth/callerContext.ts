/**
 * The caller, as the gateway vouches for it to subgraphs in a short-lived signed token
 * (zero trust: a subgraph refuses any request without one, so its port alone gives nothing).
 */
import jwt from 'jsonwebtoken';
import { BoundedCache } from '../cache/BoundedCache';
import { AppError } from '../errors/AppError';
import { secretKey } from './secretKey';

export const INTERNAL_CONTEXT_HEADER = 'x-syncad-context';
const ISSUER = 'syncad-gateway';
const AUDIENCE = 'syncad-subgraph';
const ALGORITHM = 'HS256';

/** An authenticated caller: the claims of its access token, checked by the gateway. */
export interface Caller {
  userId: string;
  sessionId: string;
  schoolId: string;
  roleId: string;
  roleName: string;
  /** Self-scoped roles (STUDENT) see only the student rows linked to userId. */
  selfScoped: boolean;
  /** Set when an API key calls: userId and sessionId are then the key's own id (a key is no person). */
  apiKey?: boolean;
  /**
   * The modules whose delete flag the caller's role holds, as the gateway read them for this
   * request (in the signed context only): a write that goes further than the field's own flag
   * (a discount that leaves a credit) asks for the module's delete flag.
   */
  mayDelete?: string[];
}

/** Where a request came from, as the gateway saw it (identity records it on sessions and throttles logins by it). */
export interface ClientInfo {
  /** The client's IP address: the socket's, or X-Forwarded-For's when the gateway trusts a proxy. */
  address: string | null;
  userAgent: string | null;
}

/** What a subgraph learns about a request: the caller, or null for a public operation (login). */
export interface InternalContext {
  caller: Caller | null;
  /** The school named by the request's Host subdomain, if any (login uses it). */
  hostSchool: string | null;
  client?: ClientInfo;
  /** A mutation's Idempotency-Key (the client's header, checked by the gateway): its writes happen once. */
  idempotencyKey?: string;
  /**
   * Set when a subgraph, not the gateway, sends the request on the caller's behalf (the library
   * charging a fine to finance): fields only a subgraph may call check it.
   */
  service?: string;
}

export function signInternalContext(context: InternalContext, key: string, ttlSeconds = 60): string {
  return jwt.sign({ ctx: context }, secretKey(key), {
    algorithm: ALGORITHM,
    issuer: ISSUER,
    audience: AUDIENCE,
    expiresIn: ttlSeconds,
  });
}

/**
 * Tokens this process has verified, by key and text, until their own expiry. The gateway reuses
 * one caller's signed context for 30 s (its SignedContextCache), so the same text comes again and
 * again, and jwt.verify was ~6% of the academics subgraph's CPU per roster request in a
 * CPU profile (59 us a verify, 0.5 us a hit, measured on the loaded 2-core machine). A text is
 * only ever answered from here before its own `exp`, and only for the key that verified it.
 */
const verified = new BoundedCache<string, { key: string; ctx: InternalContext; expiresAtMillis: number }>({ max: 10_000 });

export function verifyInternalContext(token: string | undefined, key: string): InternalContext {
  if (!token) throw AppError.unauthenticated('requests must come through the gateway').withHttpStatus();
  const known = verified.get(token);
  if (known && known.key === key && Date.now() < known.expiresAtMillis) return known.ctx;
  try {
    const payload = jwt.verify(token, secretKey(key), { algorithms: [ALGORITHM], issuer: ISSUER, audience: AUDIENCE }) as {
      ctx: InternalContext;
      exp: number;
    };
    verified.set(token, { key, ctx: payload.ctx, expiresAtMillis: payload.exp * 1000 });
    return payload.ctx;
  } catch {
    throw AppError.unauthenticated('requests must come through the gateway').withHttpStatus();
  }
}

/** The internal signing key from SYNCAD_INTERNAL_KEY; refuses short keys. */
export function internalKeyFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const key = env.SYNCAD_INTERNAL_KEY;
  if (!key || key.length < 32) throw new Error('SYNCAD_INTERNAL_KEY must be set to at least 32 characters');
  return key;
}

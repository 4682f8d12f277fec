/**
 * Runs inside the Hive Gateway the peer benchmark starts (bundled into its temporary folder and
 * loaded by its config): gives every subgraph request the signed internal context our gateway
 * sends, so our subgraphs serve Hive as they serve us. The caller comes from the verified access
 * token (the kit's verifyAccessTokenWithExpiry) and is signed with the kit's signInternalContext;
 * like our gateway (VerifiedTokens, SignedContextCache) it reuses a token's signed context for up
 * to 30 s. Without a valid token no context is sent, and the subgraphs refuse the request.
 */
import { INTERNAL_CONTEXT_HEADER, signInternalContext, verifyAccessTokenWithExpiry, type InternalContext } from '@syncad/platform';

const TTL_SECONDS = 60;
const REUSE_MILLIS = 30_000;

/** Hive's `propagateHeaders.fromClientToSubgraphs`, for the given secrets. */
export function signedContextHeaders(jwtSecret: string, internalKey: string) {
  const cache = new Map<string, { headers: Record<string, string>; reuseUntil: number }>();
  return ({ request }: { request: Request }): Record<string, string> | undefined => {
    const authorization = request.headers.get('authorization') ?? '';
    const now = Date.now();
    const hit = cache.get(authorization);
    if (hit && hit.reuseUntil > now) return hit.headers;
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    if (!token) return undefined;
    let verified: ReturnType<typeof verifyAccessTokenWithExpiry>;
    try {
      verified = verifyAccessTokenWithExpiry(token, jwtSecret);
    } catch {
      return undefined;
    }
    const context: InternalContext = {
      caller: verified.caller,
      hostSchool: verified.caller.schoolId,
      client: { address: '127.0.0.1', userAgent: request.headers.get('user-agent') },
    };
    const headers = { [INTERNAL_CONTEXT_HEADER]: signInternalContext(context, internalKey, TTL_SECONDS) };
    cache.set(authorization, { headers, reuseUntil: Math.min(now + REUSE_MILLIS, verified.expiresAt) });
    return headers;
  };
}

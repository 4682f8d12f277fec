/**
 * Remembers access tokens already verified, until they expire, so a client's repeated requests
 * skip the HMAC check. Only tokens that passed verification are kept (the key is the whole token,
 * so a tampered one is a miss and is verified afresh); the session is still checked per request.
 */
import { BoundedCache, verifyAccessTokenWithExpiry, type Caller } from '@syncad/platform';

const MAX_ENTRIES = 10_000;

export class VerifiedTokens {
  private readonly entries = new BoundedCache<string, { caller: Caller; expiresAt: number }>({ max: MAX_ENTRIES });

  constructor(private readonly secret: string) {}

  verify(token: string): Caller {
    const hit = this.entries.get(token);
    // An expired entry stays until the bound evicts it: verifying it again refuses it.
    if (hit && hit.expiresAt > Date.now()) return hit.caller;
    const verified = verifyAccessTokenWithExpiry(token, this.secret);
    this.entries.set(token, verified);
    return verified.caller;
  }

  /** Tokens found verified in the cache, and tokens verified (for metrics). */
  get counts(): { hits: number; misses: number } {
    return this.entries.counts;
  }
}

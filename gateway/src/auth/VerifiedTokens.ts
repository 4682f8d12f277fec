/**
 * Remembers access tokens already verified, until they expire, so a client's repeated requests
 * skip the HMAC check. Only tokens that passed verification are kept (the key is the whole token,
 * so a tampered one is a miss and is verified afresh); the session is still checked per request.
 */
import { verifyAccessTokenWithExpiry, type Caller } from '@syncad/platform';

const MAX_ENTRIES = 10_000;

export class VerifiedTokens {
  private readonly entries = new Map<string, { caller: Caller; expiresAt: number }>();
  /** Tokens found verified in the cache, and tokens verified (for metrics). */
  readonly counts = { hits: 0, misses: 0 };

  constructor(private readonly secret: string) {}

  verify(token: string): Caller {
    const hit = this.entries.get(token);
    if (hit && hit.expiresAt > Date.now()) {
      this.counts.hits++;
      return hit.caller;
    }
    this.counts.misses++;
    if (hit) this.entries.delete(token);
    const verified = verifyAccessTokenWithExpiry(token, this.secret);
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(token, verified);
    return verified.caller;
  }
}

/**
 * Reuses a signed internal context for the same caller and host for a while instead of signing
 * one per request. A context lives 60 s; one is reused only while it has 30 s or more left, so a
 * subgraph never sees an expired one. Revocation is unaffected: the gateway checks the session
 * on every request before it forwards anything.
 */
import { BoundedCache, signInternalContext, type InternalContext } from '@syncad/platform';

const TTL_SECONDS = 60;
const REUSE_MILLIS = 30_000;
const MAX_ENTRIES = 10_000;

export class SignedContextCache {
  private readonly entries = new BoundedCache<string, string>({ max: MAX_ENTRIES, ttlMillis: REUSE_MILLIS });

  constructor(private readonly internalKey: string) {}

  sign(context: InternalContext): string {
    // The whole context: a reused token vouches for exactly what it was signed for (in-flight
    // deduplication keys on the token, so two callers must never get the same one).
    const key = JSON.stringify(context);
    return this.entries.getOrSet(key, () => signInternalContext(context, this.internalKey, TTL_SECONDS));
  }
}

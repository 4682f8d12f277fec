/**
 * A bounded per-process cache of loads (promises) with a time to live, on BoundedCache. Concurrent
 * lookups of one key share one load; a failed load is not kept, so the next request tries again.
 *
 * With `staleMillis`, an expired value that loaded fine is still answered for that long while one
 * reload runs in the background (stale-while-revalidate): a key asked every few seconds then never
 * waits for the database. Under load (200 clients over 50 schools), lookups of role permissions
 * asked 4-7 s apart missed a 3 s cache almost every time and queued on the central pool.
 */
import { BoundedCache } from './BoundedCache';

interface Entry<V> {
  expiresAt: number;
  value: Promise<V>;
  loaded: boolean;
  reloading: boolean;
}

export class LoadingCache<V> {
  private readonly entries: BoundedCache<string, Entry<V>>;
  /** Lookups answered from the cache, and those that loaded (for metrics). */
  readonly counts = { hits: 0, misses: 0 };

  constructor(
    private readonly ttlMillis: number,
    maxEntries = 50_000,
    private readonly staleMillis = 0,
  ) {
    // An entry is of no use once past its stale window: it leaves then, or earlier when evicted.
    this.entries = new BoundedCache({ max: maxEntries, ttlMillis: ttlMillis + staleMillis });
  }

  get(key: string, load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) {
      this.counts.hits++;
      return hit.value;
    }
    if (hit?.loaded && hit.expiresAt + this.staleMillis > now) {
      this.counts.hits++;
      if (!hit.reloading) this.reload(key, hit, load);
      return hit.value;
    }
    this.counts.misses++;
    const entry: Entry<V> = { expiresAt: now + this.ttlMillis, value: load(), loaded: false, reloading: false };
    this.entries.set(key, entry);
    entry.value.then(
      () => (entry.loaded = true),
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return entry.value;
  }

  /** Replaces a stale entry once its reload succeeds, unless it was deleted or replaced meanwhile (an invalidation wins). */
  private reload(key: string, stale: Entry<V>, load: () => Promise<V>): void {
    stale.reloading = true;
    const value = load();
    value.then(
      () => {
        if (this.entries.get(key) !== stale) return;
        this.entries.set(key, { expiresAt: Date.now() + this.ttlMillis, value, loaded: true, reloading: false });
      },
      () => (stale.reloading = false),
    );
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

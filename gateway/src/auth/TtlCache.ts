/**
 * A small per-process cache of promises with a time to live. Concurrent lookups of one key share
 * one load; a failed load is not kept, so the next request tries again.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { expiresAt: number; value: Promise<V> }>();
  /** Lookups answered from the cache, and those that loaded (for metrics). */
  readonly counts = { hits: 0, misses: 0 };

  constructor(
    private readonly ttlMillis: number,
    private readonly maxEntries = 50_000,
  ) {}

  get(key: string, load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) {
      this.counts.hits++;
      return hit.value;
    }
    this.counts.misses++;
    if (this.entries.size >= this.maxEntries) this.sweep(now);
    const entry = { expiresAt: now + this.ttlMillis, value: load() };
    this.entries.set(key, entry);
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return entry.value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Drops expired entries; if all are live, the oldest half (a flood of distinct keys). */
  private sweep(now: number): void {
    for (const [k, e] of this.entries) if (e.expiresAt <= now) this.entries.delete(k);
    if (this.entries.size < this.maxEntries) return;
    let drop = Math.ceil(this.entries.size / 2);
    for (const k of this.entries.keys()) {
      if (drop-- <= 0) break;
      this.entries.delete(k);
    }
  }
}

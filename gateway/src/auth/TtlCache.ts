/**
 * A small per-process cache of promises with a time to live. Concurrent lookups of one key share
 * one load; a failed load is not kept, so the next request tries again.
 *
 * With `staleMillis`, an expired value that loaded fine is still answered for that long while one
 * reload runs in the background (stale-while-revalidate): a key asked every few seconds then never
 * waits for the database. Under load (200 clients over 50 schools), lookups of role permissions
 * asked 4-7 s apart missed a 3 s cache almost every time and queued on the central pool.
 */
interface Entry<V> {
  expiresAt: number;
  value: Promise<V>;
  loaded: boolean;
  reloading: boolean;
}

export class TtlCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  /** Lookups answered from the cache, and those that loaded (for metrics). */
  readonly counts = { hits: 0, misses: 0 };

  constructor(
    private readonly ttlMillis: number,
    private readonly maxEntries = 50_000,
    private readonly staleMillis = 0,
  ) {}

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
    if (this.entries.size >= this.maxEntries) this.sweep(now);
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

  /** Drops expired entries; if all are live, the oldest half (a flood of distinct keys). */
  private sweep(now: number): void {
    for (const [k, e] of this.entries) if (e.expiresAt + this.staleMillis <= now) this.entries.delete(k);
    if (this.entries.size < this.maxEntries) return;
    let drop = Math.ceil(this.entries.size / 2);
    for (const k of this.entries.keys()) {
      if (drop-- <= 0) break;
      this.entries.delete(k);
    }
  }
}

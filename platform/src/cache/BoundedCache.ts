/**
 * The one bounded cache of every process: at most `max` entries, the least recently used evicted
 * one at a time as new ones arrive (never the whole cache at once, so a flood of distinct keys
 * cannot empty it of the keys in use), each entry living at most `ttlMillis` when given. The
 * bookkeeping is lru-cache's; this adds hit and miss counts for /metrics and allows null values.
 */
import { LRUCache } from 'lru-cache';

export interface BoundedCacheOptions<V> {
  /** Entries kept at most. */
  max: number;
  /** How long an entry lives (default: until evicted). */
  ttlMillis?: number;
  /** Also a bound on the entries' total size, each sized by `sizeOf` (large values evict more). */
  maxSize?: { total: number; sizeOf(value: V): number };
}

export class BoundedCache<K extends NonNullable<unknown>, V> {
  private readonly entries: LRUCache<K, { value: V }>;
  /** Lookups that found an entry, and those that did not. */
  readonly counts = { hits: 0, misses: 0 };

  constructor(options: BoundedCacheOptions<V>) {
    const { maxSize } = options;
    this.entries = new LRUCache({
      max: options.max,
      ttl: options.ttlMillis,
      ...(maxSize ? { maxSize: maxSize.total, sizeCalculation: (entry: { value: V }) => Math.max(1, maxSize.sizeOf(entry.value)) } : {}),
    });
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry) this.counts.hits++;
    else this.counts.misses++;
    return entry?.value;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  set(key: K, value: V): void {
    this.entries.set(key, { value });
  }

  /** The entry of `key`, made by `make` (and kept) when there is none. */
  getOrSet(key: K, make: () => V): V {
    const entry = this.entries.get(key);
    if (entry) {
      this.counts.hits++;
      return entry.value;
    }
    this.counts.misses++;
    const value = make();
    this.entries.set(key, { value });
    return value;
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

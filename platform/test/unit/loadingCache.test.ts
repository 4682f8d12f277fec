/** LoadingCache's stale-while-revalidate: expired values answer at once while one reload runs; invalidations win. */
import { LoadingCache } from '../../src/cache/LoadingCache';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('past the TTL, a loaded value is answered while one reload runs, then the reloaded value', async () => {
  const cache = new LoadingCache<number>(20, undefined, 10_000);
  let loads = 0;
  let release: () => void = () => {};
  const load = () => {
    loads++;
    if (loads === 1) return Promise.resolve(1);
    return new Promise<number>((resolve) => (release = () => resolve(loads)));
  };
  expect(await cache.get('k', load)).toBe(1);
  await sleep(30);
  // Expired: three lookups get the old value at once; only one reload starts.
  expect(await Promise.all([cache.get('k', load), cache.get('k', load), cache.get('k', load)])).toEqual([1, 1, 1]);
  expect(loads).toBe(2);
  release();
  await sleep(0);
  expect(await cache.get('k', load)).toBe(2);
});

test('a reload finishing after an invalidation does not bring the old value back', async () => {
  const cache = new LoadingCache<string>(20, undefined, 10_000);
  let release: (v: string) => void = () => {};
  expect(await cache.get('k', () => Promise.resolve('old'))).toBe('old');
  await sleep(30);
  expect(await cache.get('k', () => new Promise<string>((resolve) => (release = resolve)))).toBe('old');
  cache.delete('k');
  release('reloaded before the change');
  await sleep(0);
  expect(await cache.get('k', () => Promise.resolve('new'))).toBe('new');
});

test('without a stale window, or past it, an expired value is loaded again and waited for', async () => {
  const strict = new LoadingCache<number>(20);
  let n = 0;
  const load = () => Promise.resolve(++n);
  expect(await strict.get('k', load)).toBe(1);
  await sleep(30);
  expect(await strict.get('k', load)).toBe(2);

  const short = new LoadingCache<number>(10, undefined, 10);
  expect(await short.get('k', load)).toBe(3);
  await sleep(40);
  expect(await short.get('k', load)).toBe(4);
});

test('a failed load is not kept, and a failed reload keeps answering the stale value', async () => {
  const cache = new LoadingCache<number>(20, undefined, 10_000);
  await expect(cache.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
  expect(await cache.get('k', () => Promise.resolve(7))).toBe(7);
  await sleep(30);
  expect(await cache.get('k', () => Promise.reject(new Error('down')))).toBe(7);
  await sleep(0);
  expect(await cache.get('k', () => Promise.resolve(8))).toBe(7);
  await sleep(0);
  expect(await cache.get('k', () => Promise.resolve(9))).toBe(8);
});

/**
 * Runs checks side by side (one round trip of latency) but reports like a sequence: when several
 * fail, the first in the given order wins, so the same bad request always gets the same error
 * (Promise.all would answer whichever rejected first).
 */
export async function settleInOrder<T extends readonly unknown[]>(work: readonly [...{ [K in keyof T]: Promise<T[K]> }]): Promise<T> {
  const settled = await Promise.allSettled(work);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/**
 * Automatic persisted queries, kept per school and role. Apollo Server looks a hash up with no
 * knowledge of the caller; this store answers it within the scope of the request being served
 * (an AsyncLocalStorage around it), so a caller learns only whether someone of their own school
 * and role ran a text, never whether anyone did. Requests without a caller store nothing and
 * find nothing (and a hash-only request without a token is refused with 401 before any lookup:
 * auth/authenticateRequest.ts). Bounded by count and by the texts' total size.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { BoundedCache, type Caller } from '@syncad/platform';

const MAX_TEXTS = 10_000;
const MAX_TOTAL_CHARACTERS = 32 * 1024 * 1024;

export class ScopedPersistedQueries {
  private readonly scope = new AsyncLocalStorage<string | null>();
  readonly texts = new BoundedCache<string, string>({
    max: MAX_TEXTS,
    maxSize: { total: MAX_TOTAL_CHARACTERS, sizeOf: (text) => text.length },
  });

  /** Runs one request's work in its caller's scope (their school and role; none without a caller). */
  within<T>(caller: Caller | null, work: () => T): T {
    return this.scope.run(caller ? `${caller.schoolId}|${caller.roleId}` : null, work);
  }

  private key(hash: string): string | null {
    const scope = this.scope.getStore();
    return scope ? `${scope}|${hash}` : null;
  }

  /** Apollo Server's `persistedQueries.cache`. */
  readonly cache = {
    get: async (hash: string): Promise<string | undefined> => {
      const key = this.key(hash);
      return key ? this.texts.get(key) : undefined;
    },
    set: async (hash: string, text: string): Promise<void> => {
      const key = this.key(hash);
      if (key) this.texts.set(key, text);
    },
    delete: async (hash: string): Promise<boolean> => {
      const key = this.key(hash);
      if (key) this.texts.delete(key);
      return true;
    },
  };
}

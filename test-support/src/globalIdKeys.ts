/**
 * Tests speak SQL to the school databases with ids the API gave them: the API's ids are global ids
 * (see subgraph-kit's ids/globalIds.ts), the database's are plain keys. These turn one into the other.
 */
import { GlobalIds } from '@syncad/subgraph-kit';

/** Translates between global ids and plain keys for the schools (their ids) of one stack. */
export class GlobalIdKeys {
  private readonly scopes: GlobalIds[];

  constructor(
    private readonly internalKey: string,
    schoolIds: readonly string[],
  ) {
    this.scopes = schoolIds.map((id) => new GlobalIds(internalKey, id));
  }

  /** The plain key a global id of any of the schools names; anything else unchanged. */
  keyOf(value: string): string {
    for (const scope of this.scopes) {
      const key = scope.open(value);
      if (key) return key.id;
    }
    return value;
  }

  /** SQL parameters with every global id (also inside arrays) replaced by its plain key. */
  params(values: readonly unknown[] | undefined): unknown[] | undefined {
    const plain = (v: unknown): unknown => (typeof v === 'string' ? this.keyOf(v) : Array.isArray(v) ? v.map(plain) : v);
    return values?.map(plain);
  }

  /** The global id the API gives the `type` record with key `key` in the school `schoolId`. */
  globalId(type: string, key: string, schoolId: string): string {
    return new GlobalIds(this.internalKey, schoolId).seal(type, key);
  }
}

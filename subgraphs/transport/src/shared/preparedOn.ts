/** The kit's prepared statements, named for transport (a statement name is per connection, shared by every subgraph's reads). */
import type { SchoolDb } from '@syncad/shared-db';
import { preparedOn as kitPreparedOn } from '@syncad/subgraph-kit';

/** The statement `name` prepared on `db`, built by `build` the first time. */
export function preparedOn<T>(db: SchoolDb, name: string, build: (name: string) => T): T {
  return kitPreparedOn(db, `transport_${name}`, build);
}

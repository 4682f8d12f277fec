/**
 * The per-request context: the caller (from the gateway's signed header), their school's
 * database leased for the length of the request, and fresh DataLoaders. The central database
 * answers only which user ids are members of the caller's school.
 */
import type { CentralDb, SchoolDatabases, SchoolDb } from '@syncad/shared-db';
import { AppError, mapDatabaseError, type Caller, type DisposableContext, type InternalContext } from '@syncad/subgraph-kit';
import { studentData } from './data/studentData';
import type { StudentRow } from './data/rows';
import { createLoaders, type Loaders } from './loaders';

export interface AcademicsContext extends DisposableContext {
  caller: Caller;
  /** The caller's school: the only school this request can touch. */
  schoolId: string;
  /** The school's IANA time zone: what "today" is for its dates. */
  timezone: string;
  db: SchoolDb;
  loaders: Loaders;
  /** The student linked to the caller's user (what a self-scoped caller may see); memoized. */
  ownStudent(): Promise<StudentRow | null>;
  dispose(): void;
}

export function createAcademicsContext(schools: SchoolDatabases, central: CentralDb) {
  return async (internal: InternalContext): Promise<AcademicsContext> => {
    const { caller } = internal;
    // Every academics field needs a signed-in caller: there is no public operation here.
    if (!caller) throw AppError.unauthenticated();
    const lease = await schools.lease(caller.schoolId).catch((err: unknown) => {
      // Kit's mapping gives an unknown or unreachable school its code; raised here, before
      // execution, it also ends the request with that code's HTTP status.
      const mapped = mapDatabaseError(err);
      throw mapped instanceof AppError ? mapped.withHttpStatus() : err;
    });
    const loaders = createLoaders(lease.db, central, lease.school.id);
    let own: Promise<StudentRow | null> | undefined;
    return {
      caller,
      schoolId: lease.school.id,
      timezone: lease.school.timezone,
      db: lease.db,
      loaders,
      ownStudent() {
        own ??= studentData.byUserId(lease.db, caller.userId).then((row) => {
          if (row) loaders.student.prime(row.id, row);
          return row;
        });
        return own;
      },
      dispose: () => lease.release(),
    };
  };
}

/**
 * Builds the kit's part of a request's context from the gateway's signed internal context: for a
 * school subgraph, the caller's school database leased for the length of the request.
 */
import { ownStudentsOf, type CentralDb, type OwnStudents, type SchoolDatabases, type SchoolDb } from '@syncad/shared-db';
import { AppError, mapDatabaseError, timeRanOut } from '@syncad/platform';
import { openIdempotentWrite, type IdempotentWrite } from '../data/idempotentWrite';
import { actorOf, forRequest } from '../data/requestDatabase';
import type { SentOperation } from './listenSubgraph';
import type { Caller, InternalContext } from '@syncad/platform';
import { GlobalIds } from '../ids/globalIds';
import { Cursors } from '../paging/cursors';
import type { RequestContext, SchoolRequestContext } from './RequestContext';
import type { SchoolSchemaCheck } from './schoolSchemaCheck';

/** One request as it arrived: the gateway's signed context, its request id, deadline and operation. */
export interface ArrivedRequest {
  internal: InternalContext;
  requestId?: string;
  /** When the gateway stops waiting (epoch ms); Infinity without a gateway deadline. */
  deadline?: number;
  operation?: SentOperation;
}

/** What a process holds for every request's context. */
export interface ContextSources {
  central: CentralDb;
  internalKey: string;
}

const NO_STUDENTS: OwnStudents = { children: [], all: [] };

/** The caller's own students (RequestContext.ownStudents), read from `db` once per request. */
function ownStudentsReader(caller: Caller | null, db: () => Promise<SchoolDb> | SchoolDb): () => Promise<OwnStudents> {
  let own: Promise<OwnStudents> | undefined;
  return () => {
    if (!caller?.selfScoped) return Promise.resolve(NO_STUDENTS);
    own ??= Promise.resolve(db()).then((school) => ownStudentsOf(school, caller.userId));
    return own;
  };
}

export interface SchoolContextSources extends ContextSources {
  schools: SchoolDatabases;
  schemaCheck?: SchoolSchemaCheck;
  /** The subgraph's name: an Idempotency-Key is claimed per subgraph. */
  subgraph: string;
}

/** A database or tenancy failure before execution: its code, and that code's HTTP status. */
function refusedBeforeExecution(err: unknown): unknown {
  const mapped = mapDatabaseError(err);
  return mapped instanceof AppError ? mapped.withHttpStatus() : err;
}

export function centralRequestContext(
  { internal, requestId = '', deadline = Infinity }: ArrivedRequest,
  { central, internalKey }: ContextSources,
  schools?: SchoolDatabases,
): RequestContext {
  const { caller } = internal;
  // Read after the gateway gave up (a stopped process resumed, a long queue): nothing is started.
  if (Date.now() >= deadline) throw timeRanOut();
  let lease: ReturnType<SchoolDatabases['lease']> | undefined;
  const schoolDb = schools
    ? async () => {
        if (!caller) throw AppError.unauthenticated();
        lease ??= schools.lease(caller.schoolId);
        return forRequest((await lease).db, { deadline, actor: actorOf(caller) });
      }
    : undefined;
  return {
    requestId,
    deadline,
    caller,
    hostSchool: internal.hostSchool,
    client: internal.client ?? { address: null, userAgent: null },
    callingService: internal.service ?? null,
    central: forRequest(central, { deadline, actor: caller && actorOf(caller) }),
    cursors: new Cursors(internalKey, caller?.schoolId ?? '-'),
    globalIds: new GlobalIds(internalKey, caller?.schoolId ?? '-'),
    requireCaller() {
      if (!caller) throw AppError.unauthenticated();
      return caller;
    },
    schoolDb,
    ...(schoolDb ? { ownStudents: ownStudentsReader(caller, schoolDb) } : {}),
    dispose() {
      lease?.then(
        (l) => l.release(),
        () => {},
      );
    },
  };
}

export async function schoolRequestContext(request: ArrivedRequest, sources: SchoolContextSources): Promise<SchoolRequestContext> {
  const { internal, deadline = Infinity, operation } = request;
  const { schools, schemaCheck, subgraph } = sources;
  const { caller } = internal;
  if (Date.now() >= deadline) throw timeRanOut();
  // Every field of a school subgraph needs a signed-in caller: there is no public operation here.
  if (!caller) throw AppError.unauthenticated().withHttpStatus();
  // An unknown or unreachable school gets its code; raised before execution, it also ends
  // the request with that code's HTTP status.
  const lease = await schools.lease(caller.schoolId).catch((err: unknown) => {
    throw refusedBeforeExecution(err);
  });
  try {
    await schemaCheck?.ensureCurrent(lease.school.id, lease.db);
  } catch (err) {
    lease.release();
    const mapped = mapDatabaseError(err);
    throw mapped instanceof AppError && !(err instanceof AppError) ? mapped.withHttpStatus() : err;
  }
  const outside = forRequest(lease.db, { deadline, actor: actorOf(caller) });
  let db = outside;
  // A mutation sent with an Idempotency-Key runs in one transaction with its claim on the key.
  let write: IdempotentWrite | null = null;
  if (internal.idempotencyKey && operation?.mutation) {
    try {
      write = await openIdempotentWrite(db, { principal: caller.userId, key: internal.idempotencyKey, subgraph, ...operation });
    } catch (err) {
      lease.release();
      throw refusedBeforeExecution(err);
    }
    db = write.tx;
  }
  const committed: Array<(db: SchoolDb) => Promise<void>> = [];
  return {
    ...centralRequestContext(request, sources),
    caller,
    schoolId: lease.school.id,
    timezone: lease.school.timezone,
    db,
    requestTransaction: write !== null,
    replay: write?.replay ?? null,
    async finish(answer) {
      if (!write) return;
      await write.finish(answer);
      if (answer.errors?.length || write.replay) return;
      for (const task of committed) await task(outside);
    },
    afterCommit(task) {
      if (!write) return task(outside);
      committed.push(task);
      return Promise.resolve();
    },
    ownStudents: ownStudentsReader(caller, () => lease.db),
    dispose: () => lease.release(),
  };
}

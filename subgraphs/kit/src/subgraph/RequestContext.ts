/** What the kit puts in every request's context, before a subgraph adds its own (loaders, config). */
import type { CentralDb, OwnStudents, SchoolDb } from '@syncad/shared-db';
import type { Caller, ClientInfo } from '@syncad/platform';
import type { GlobalIds } from '../ids/globalIds';
import type { Cursors } from '../paging/cursors';

export interface RequestContext {
  /** The gateway's id for this request (logged with it; empty for a request not from the gateway). */
  requestId: string;
  /** When the gateway stops waiting for this request (epoch ms; Infinity without a gateway deadline). */
  deadline: number;
  /** The signed-in caller; null for public operations (login, refreshToken). */
  caller: Caller | null;
  /** The school named by the request's Host subdomain, if any (login uses it). */
  hostSchool: string | null;
  /** Where the request came from (address and user agent), as the gateway saw it. */
  client: ClientInfo;
  /** The subgraph that sent this request on the caller's behalf (callSubgraph); null when the gateway sent it. */
  callingService: string | null;
  central: CentralDb;
  /** Page cursors sealed to the caller's school (see paging/cursors.ts). */
  cursors: Cursors;
  /** Global ids (`Node.id`) sealed to the caller's school (see ids/globalIds.ts). */
  globalIds: GlobalIds;
  /** The caller, or UNAUTHENTICATED: the gateway's rules make this unreachable; this is the second lock. */
  requireCaller(): Caller;
  /** Releases what the request holds (a leased school database); the kit calls it once the answer is sent. */
  dispose(): void;
  /**
   * For a central subgraph declared with `schoolAccess` (identity: guardians): the caller's school
   * database, leased at the first call and released with the request. Undefined elsewhere.
   */
  schoolDb?: () => Promise<SchoolDb>;
  /** With `schoolDb`: a self-scoped caller's own students, as SchoolRequestContext.ownStudents. */
  ownStudents?: () => Promise<OwnStudents>;
}

/** A request of a subgraph with tenancy "school": always a caller, and their school's database leased. */
export interface SchoolRequestContext extends RequestContext {
  caller: Caller;
  /** The caller's school: the only school this request can touch. */
  schoolId: string;
  /** The school's IANA time zone: what "today" is for its dates. */
  timezone: string;
  /**
   * The school database; its transactions start and commit only before `deadline` (forRequest).
   * For a mutation sent with an Idempotency-Key, the request's own transaction (idempotentWrite).
   */
  db: SchoolDb;
  /** `db` is the request's transaction: writes must go through it, not through a queue of their own. */
  requestTransaction: boolean;
  /** An earlier attempt's stored answer to replay (an Idempotency-Key seen before), or null. */
  replay: Record<string, unknown> | null;
  /** Ends the request's transaction, if it has one: commits with `answer` stored, or rolls back on errors. */
  finish(answer: { data?: unknown; errors?: readonly unknown[] }): Promise<void>;
  /**
   * Runs `task` once the request's writes are committed, with a database outside any transaction:
   * at once when the request has no transaction of its own (its writes commit as they are made),
   * else after `finish` commits (never when it rolls back). The task must not throw.
   */
  afterCommit(task: (db: SchoolDb) => Promise<void>): Promise<void>;
  /**
   * The students a self-scoped caller may read: their own record (a STUDENT) and the children whose
   * guardian link they accepted (a GUARDIAN); none for staff. One query per request, never cached
   * longer, so a removed link ends access with the next request.
   */
  ownStudents: () => Promise<OwnStudents>;
}

/** The gateway's per-request context: who is calling from where, decided before any GraphQL step. */
import type { Caller, ClientInfo, RequestTrace } from '@syncad/platform';
import type { DocumentNode } from 'graphql';

/** The access line of a gateway request: the platform's trace plus who called and which subgraphs were reached. */
export interface GatewayTrace extends RequestTrace {
  schoolId: string | null;
  role: string | null;
  subgraphs: Set<string>;
  /** Subgraphs whose answer came from another request's identical fetch (in-flight deduplication). */
  sharedFetches?: Set<string>;
}

export interface GatewayContext {
  /** The caller the request's access token names; null for a request without one (public operations only). */
  caller: Caller | null;
  /** The school the Host names, or null when the Host names none. */
  hostSchoolId: string | null;
  client: ClientInfo;
  /** The request's Idempotency-Key header (checked); a mutation's writes then happen once whatever the retries. */
  idempotencyKey?: string;
  /** The signed InternalContext, set once the operation is allowed; forwarded to every subgraph. */
  internalContext?: string;
  /** This request's id: in x-request-id, every error, every log line, and forwarded to subgraphs. */
  requestId?: string;
  /** What the access line reports (set by handleHttp). */
  trace?: GatewayTrace;
  /**
   * Filter mode only: the operation without the fields the caller may not read (set by the
   * permission check); execution plans and runs this document instead of the client's.
   */
  filtered?: { document: DocumentNode; queryHash: string };
}

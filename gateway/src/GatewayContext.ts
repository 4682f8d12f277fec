/** The gateway's per-request context: who is calling from where, decided before any GraphQL step. */
import type { Caller, ClientInfo } from '@syncad/subgraph-kit';

export interface GatewayContext {
  /** The caller the request's access token names; null for a request without one (public operations only). */
  caller: Caller | null;
  /** The school the Host names, or null when the Host names none. */
  hostSchoolId: string | null;
  client: ClientInfo;
  /** The signed InternalContext, set once the operation is allowed; forwarded to every subgraph. */
  internalContext?: string;
}

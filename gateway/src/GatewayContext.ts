/** The gateway's per-request context: what the HTTP layer read, and what the auth plugin decided. */
export interface GatewayContext {
  authorization: string | undefined;
  host: string | undefined;
  /** The signed InternalContext, set once the request is allowed; forwarded to every subgraph. */
  internalContext?: string;
}

/**
 * In-flight deduplication: identical subgraph queries sent while one is already in flight join it
 * instead of going out again, and each gets its own reader of the one answer (parsed per
 * request, never a shared object). Under concurrent load this turns N identical fetches into one
 * school-database transaction (Hive Gateway does the same by default).
 *
 * The key is (subgraph, the signed internal-context header, the whole body: query, variables and
 * operation name). The header is the only thing of the caller a subgraph sees, so two requests
 * with the same header and body are, to the subgraph, the same request. It identifies the caller
 * exactly: it is a signature over user, session, school, role, host school and client, and
 * SignedContextCache hands the same token to the same caller for 30 s, so repeated calls do meet.
 * Two callers (another user, session, school, role or API key) never have the same header, so
 * they never share an answer; one caller whose token was re-signed simply starts a new fetch.
 *
 * Only query operations join (the data source marks them, from the fetch's own operation text,
 * before the fetch; anything else, mutations included, is sent as is). Read-your-writes: when a
 * mutation of a caller ends, that caller's fetches then in flight stop taking joiners, so a query sent after the mutation's
 * answer never gets an answer read before it. (Within one gateway process: another replica does
 * not know of the mutation; the window is one fetch's duration.)
 */
import type { SubgraphResponse } from './subgraphFetcher';

type Send = () => Promise<SubgraphResponse>;

/** True for an operation text that is positively a query (`query ...` or the `{ ... }` shorthand). */
export function isQueryText(query: string | undefined): boolean {
  return query !== undefined && /^\s*(?:query\b|\{)/.test(query);
}

export class InflightQueries {
  /** By signed context, then by subgraph + body: the fetch in flight. */
  private readonly byCaller = new Map<string, Map<string, Promise<SubgraphResponse>>>();

  /** `onJoin` learns each query that joined a fetch instead of being sent (the gateway's metrics). */
  constructor(private readonly onJoin: (subgraph: string) => void = () => {}) {}

  /**
   * Sends a query, or joins the identical one in flight. A joiner's response is a clone marked
   * `shared`; a failure (e.g. SUBGRAPH_UNAVAILABLE) is shared the same way.
   */
  async query(subgraph: string, context: string, body: string, send: Send): Promise<SubgraphResponse> {
    const key = `${subgraph}\n${body}`;
    let fetches = this.byCaller.get(context);
    const inFlight = fetches?.get(key);
    if (inFlight) {
      this.onJoin(subgraph);
      return (await inFlight).clone(true);
    }
    if (!fetches) this.byCaller.set(context, (fetches = new Map()));
    const fetch = send();
    fetches.set(key, fetch);
    try {
      return await fetch;
    } finally {
      // The entry may already be gone (a mutation of this caller ended meanwhile).
      const current = this.byCaller.get(context);
      if (current?.get(key) === fetch) {
        current.delete(key);
        if (current.size === 0) this.byCaller.delete(context);
      }
    }
  }

  /** Sends anything that is not a query; once it ends, the caller's fetches in flight take no more joiners. */
  async other(context: string, send: Send): Promise<SubgraphResponse> {
    try {
      return await send();
    } finally {
      this.byCaller.delete(context);
    }
  }
}

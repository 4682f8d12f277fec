/**
 * What a request's access line reports, filled in as the request goes: its id, the operation run
 * (set by a plugin once Apollo Server resolved it) and, at the gateway, who called and which
 * subgraphs it reached. Kept on the request's context under a symbol, so every context type stays
 * what its subgraph made it; Apollo Server's per-operation shallow copy of the context keeps it.
 */
export interface RequestTrace {
  requestId: string;
  operationName: string | null;
  /** query, mutation, subscription; null until resolved (a request refused earlier has none). */
  operationType: string | null;
}

const TRACE = Symbol('syncad.requestTrace');

export function attachTrace(context: object, trace: RequestTrace): void {
  (context as { [TRACE]?: RequestTrace })[TRACE] = trace;
}

export function traceOf(context: object): RequestTrace | undefined {
  return (context as { [TRACE]?: RequestTrace })[TRACE];
}

/**
 * What a request's access line reports, filled in as the request goes: its id, the operation run
 * (set by a plugin once Apollo Server resolved it) and, at the gateway, who called and which
 * subgraphs it reached. Kept beside the request's context (a WeakMap), not inside it, so every
 * context type stays what its subgraph made it.
 */
export interface RequestTrace {
  requestId: string;
  operationName: string | null;
  /** query, mutation, subscription; null until resolved (a request refused earlier has none). */
  operationType: string | null;
}

const traces = new WeakMap<object, RequestTrace>();

export function attachTrace(context: object, trace: RequestTrace): void {
  traces.set(context, trace);
}

export function traceOf(context: object): RequestTrace | undefined {
  return traces.get(context);
}

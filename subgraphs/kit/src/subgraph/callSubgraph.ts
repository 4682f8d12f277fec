/**
 * A subgraph calling another on its caller's behalf (the library charging a fine to finance):
 * one GraphQL POST signed as the gateway signs its requests, with `service` naming the sender so
 * the receiving field can insist on it, and the caller's deadline passed on. Fields called this
 * way are @inaccessible: they are not in the API, so only a holder of the internal key reaches them.
 */
import { DEADLINE_HEADER, INTERNAL_CONTEXT_HEADER, signInternalContext, type Caller } from '@syncad/platform';

export interface SubgraphCall {
  /** The receiving subgraph's URL. */
  url: string;
  internalKey: string;
  /** The calling subgraph's name. */
  service: string;
  caller: Caller;
  /** When to give up (epoch ms). */
  deadline: number;
  query: string;
  variables: Record<string, unknown>;
}

/** Longest a call waits when the caller has no deadline of its own. */
const LONGEST_MILLIS = 10_000;

/** An error of a subgraph's answer, as its extensions name it. */
export interface SubgraphError {
  message: string;
  extensions?: { code?: string };
}

/**
 * The answer: its `data` and any errors beside it (a list's refused items are null there, each with
 * its error); throws with the first error's code and message when there is no data at all.
 */
export async function callSubgraph<T>(call: SubgraphCall): Promise<{ data: T; errors: SubgraphError[] }> {
  const deadline = Math.min(call.deadline, Date.now() + LONGEST_MILLIS);
  const context = signInternalContext({ caller: call.caller, hostSchool: null, service: call.service }, call.internalKey);
  const response = await fetch(call.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [INTERNAL_CONTEXT_HEADER]: context, [DEADLINE_HEADER]: String(deadline) },
    body: JSON.stringify({ query: call.query, variables: call.variables }),
    signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
  });
  const answer = (await response.json()) as { data?: T | null; errors?: SubgraphError[] };
  if (answer.data == null) {
    const [first] = answer.errors ?? [];
    throw new Error(`${first?.extensions?.code ?? `HTTP ${response.status}`}: ${first?.message ?? 'no data'}`);
  }
  return { data: answer.data, errors: answer.errors ?? [] };
}

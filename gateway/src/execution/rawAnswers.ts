/**
 * Subgraph data passed through as JSON text. A root plan's answer is the subgraphs' data as they
 * sent it (rootFetches.ts): parsing it only to stringify it again was ~10% of the gateway's CPU on
 * a dashboard of two subgraphs (JSON.parse of the answers 5.4%, Apollo Server's JSON.stringify
 * 4.2%, in a profile of the distinct dashboard workload). So a subgraph's data-only answer is kept
 * as text, spliced into the gateway's answer by `answerText`, Apollo Server's `stringifyResult`.
 *
 * A subgraph answer is passed on only when it can hold nothing but data: it starts with
 * `{"data":{` (Apollo Server writes `errors` first), has no `"extensions"` anywhere (they would
 * follow the data; a cheap scan: data with a key or a string of that very name is parsed, as any
 * other answer) and ends with the object's closing brace.
 */
import type { FormattedExecutionResult } from 'graphql';

/** An answer's data, already JSON text. Anything that stringifies it generically still gets the same value. */
export class RawJson {
  constructor(readonly json: string) {}

  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

const DATA_ONLY_PREFIX = '{"data":{';

/** The data object's JSON text of a subgraph's data-only answer, or null when the answer must be parsed. */
export function dataOnlyText(body: string): string | null {
  if (!body.startsWith(DATA_ONLY_PREFIX) || body.includes('"extensions"')) return null;
  const end = body.lastIndexOf('}');
  // Only the answer's closing brace (and Apollo Server's newline) after the data.
  if (end <= DATA_ONLY_PREFIX.length || (end !== body.length - 1 && body.slice(end + 1) !== '\n')) return null;
  return body.slice(DATA_ONLY_PREFIX.length - 1, end);
}

/**
 * Objects' JSON texts merged into one object, their keys in the order given (each text's keys stay
 * in its own order); null if one has no key (nothing to join with a comma).
 */
export function mergedObjectText(texts: string[]): string | null {
  const inner = texts.map((text) => text.slice(1, -1));
  return inner.some((keys) => keys.length === 0) ? null : `{${inner.join(',')}}`;
}

/** Apollo Server's answer text (errors, data, extensions: its own order and trailing newline), RawJson data spliced in. */
export function answerText(result: FormattedExecutionResult): string {
  const { errors, data, extensions } = result;
  if (!(data instanceof RawJson)) return `${JSON.stringify({ errors, data, extensions })}\n`;
  const head = errors === undefined ? '{' : `{"errors":${JSON.stringify(errors)},`;
  const tail = extensions === undefined ? '}' : `,"extensions":${JSON.stringify(extensions)}}`;
  return `${head}"data":${data.json}${tail}\n`;
}

/** The data as objects, for the few places that change an answer's data (filter mode's nulls). */
export function parsedData<T>(data: T | RawJson): T {
  return data instanceof RawJson ? (JSON.parse(data.json) as T) : data;
}

/**
 * Filter mode (SYNCAD_UNAUTHORIZED=filter), as Apollo Router and Hive Router offer it: a query runs
 * without the fields the caller may not read. They are cut from the document before planning (so
 * no subgraph ever receives them), and put back into the answer as null, each with a FORBIDDEN
 * error at its path naming the module:action; nulls bubble up as GraphQL requires for non-null
 * fields.
 */
import { createHash } from 'node:crypto';
import {
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLFormattedError,
  type SelectionSetNode,
} from 'graphql';
import type { FieldChain, RuledField } from './analyzeOperation';
import { RESERVED_ALIAS_PREFIX } from './reservedAliases';
import type { Requirement } from './rules';

/**
 * Added to every selection set of a cut document (clients cannot write it: reservedAliases) and
 * removed from the answer again: each object's concrete type, so a field cut under `... on Teacher`
 * is restored as null on Teachers only; and a selection set whose every field was cut stays valid.
 */
const TYPE_MARK = `${RESERVED_ALIAS_PREFIX}_type`;

export interface ForbiddenField {
  chain: FieldChain;
  missing: readonly Requirement[];
}

/** The ruled selections the caller lacks a permission for. */
export function forbiddenFields(ruled: readonly RuledField[], granted: ReadonlySet<string>): (ForbiddenField & { node: FieldNode })[] {
  const forbidden = [];
  for (const field of ruled) {
    const missing = field.requirements.filter((r) => !granted.has(`${r.module}:${r.action}`));
    if (missing.length > 0) forbidden.push({ node: field.node, chain: field.chain, missing });
  }
  return forbidden;
}

/** The document without `cut` (by node), and a query-plan key of its own (plans are cached by it). */
export function withoutFields(
  document: DocumentNode,
  cut: ReadonlySet<FieldNode>,
  operationName: string | null,
): { document: DocumentNode; queryHash: string } {
  const mark: FieldNode = {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: TYPE_MARK },
    name: { kind: Kind.NAME, value: '__typename' },
  };
  const filtered = visit(document, {
    Field: (node) => (cut.has(node) ? null : undefined),
    SelectionSet: { leave: (set: SelectionSetNode) => ({ ...set, selections: [mark, ...set.selections] }) },
  });
  const queryHash = createHash('sha256')
    .update(print(filtered))
    .update(operationName ?? '')
    .digest('hex');
  return { document: filtered, queryHash };
}

type Json = Record<string, unknown>;

/**
 * Writes null where each forbidden field would be (through lists), bubbling through non-null
 * fields (up to `data` itself); returns the data and the FORBIDDEN errors, one per concrete path.
 */
export function restoreForbidden(
  data: Json | null | undefined,
  forbidden: readonly ForbiddenField[],
): { data: Json | null | undefined; errors: GraphQLFormattedError[] } {
  const errors: GraphQLFormattedError[] = [];
  if (!data) return { data, errors };
  let rootNulled = false;
  for (const { chain, missing } of forbidden) {
    const report = (path: (string | number)[]) =>
      errors.push({
        message: `missing permission: ${missing.map((m) => `${m.module}:${m.action}`).join(', ')}`,
        path,
        extensions: { code: 'FORBIDDEN', missing: missing.map((m) => ({ module: m.module, action: m.action, paths: [path.join('.')] })) },
      });
    if (nullify(data, chain, 0, [], report)) rootNulled = true;
  }
  dropPlaceholders(data);
  return { data: rootNulled ? null : data, errors };
}

/** Nulls the forbidden field below `object` at chain[depth]; true when `object` itself must become null. */
function nullify(
  object: Json,
  chain: FieldChain,
  depth: number,
  path: (string | number)[],
  report: (path: (string | number)[]) => void,
): boolean {
  const { key, type, parent } = chain[depth];
  // Selected under a type condition: only objects of that type have the field.
  if (isObjectType(parent) && object[TYPE_MARK] !== undefined && object[TYPE_MARK] !== parent.name) return false;
  const here = [...path, key];
  let becomesNull: boolean;
  if (depth === chain.length - 1) {
    report(here);
    becomesNull = true;
  } else {
    const value = object[key];
    if (value === null || value === undefined) return false;
    becomesNull = nullifyValue(value, getNullableType(type), chain, depth, here, report);
  }
  if (!becomesNull) return false;
  object[key] = null;
  return isNonNullType(type);
}

/** The same through a (possibly nested) list value; true when the value must become null. */
function nullifyValue(
  value: unknown,
  type: ReturnType<typeof getNullableType>,
  chain: FieldChain,
  depth: number,
  path: (string | number)[],
  report: (path: (string | number)[]) => void,
): boolean {
  if (!isListType(type)) return nullify(value as Json, chain, depth + 1, path, report);
  const items = value as unknown[];
  let becomesNull = false;
  items.forEach((item, i) => {
    if (item === null) return; // parsed JSON: a list item is never undefined
    if (nullifyValue(item, getNullableType(type.ofType), chain, depth, [...path, i], report)) {
      items[i] = null;
      if (isNonNullType(type.ofType)) becomesNull = true;
    }
  });
  return becomesNull;
}

function dropPlaceholders(value: unknown): void {
  if (Array.isArray(value)) value.forEach(dropPlaceholders);
  else if (value && typeof value === 'object') {
    delete (value as Json)[TYPE_MARK];
    for (const v of Object.values(value)) dropPlaceholders(v);
  }
}

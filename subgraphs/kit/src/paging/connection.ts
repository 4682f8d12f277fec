/**
 * The one list shape of the API: a connection with edges, nodes, pageInfo and totalCount, paged
 * by `first` (one default, one cap) and `after` (a sealed cursor, see cursors.ts).
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { AppError } from '@syncad/platform';
import type { CursorPosition, Cursors } from './cursors';

export const PAGE_SIZE = { default: 20, max: 100 } as const;

export interface Edge<T> {
  readonly cursor: string;
  readonly node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** A number, or a count run only when a client asks for it (graphql-js calls a function-valued field: lazyCount). */
  totalCount: number | (() => Promise<number>);
}

/**
 * A list's count as a field that runs its statement only when the selection asks for totalCount,
 * and once however many times (aliases) it is asked: most pages are read without it, and a
 * count visits every row the filter matches, not just the page's.
 */
export function lazyCount(count: () => Promise<number>, startNow = false): () => Promise<number> {
  let counted: Promise<number> | undefined;
  const counting = () => (counted ??= count());
  // Started beside the page when the selection asks for it (selectsField); a failure is reported
  // where the field reads it, not as an unhandled rejection meanwhile.
  if (startNow) counting().catch(() => {});
  return counting;
}

/**
 * Whether the field's own selection (with its fragments) names `name`: a look-ahead to start
 * work early. @skip/@include are not evaluated: a field under a condition counts as asked.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const asks = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return asks(selection.selectionSet);
      return asks(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => asks(node.selectionSet));
}

/** How many rows a page holds: `first` capped at the maximum, the default when omitted; below 1 is refused. */
export function pageSize(first: number | null | undefined): number {
  if (first == null) return PAGE_SIZE.default;
  if (!Number.isInteger(first) || first < 1) throw AppError.badInput('first must be at least 1', 'first');
  return Math.min(first, PAGE_SIZE.max);
}

/** What a page query needs: how many rows, and the position to continue after (null: from the start). */
export interface PageRequest {
  size: number;
  after: CursorPosition | null;
}

export function pageRequest(cursors: Cursors, list: string, args: { first?: number | null; after?: string | null }): PageRequest {
  return { size: pageSize(args.first), after: args.after == null ? null : cursors.open(list, args.after) };
}

/**
 * The connection over `rows`, fetched with one row more than the page size so hasNextPage needs
 * no second query. A cursor is sealed only when a client reads it.
 */
export function connection<T>(
  cursors: Cursors,
  list: string,
  page: PageRequest,
  rows: T[],
  totalCount: Connection<T>['totalCount'],
  positionOf: (row: T) => CursorPosition,
): Connection<T> {
  const nodes = rows.slice(0, page.size);
  const cursorOf = (row: T) => cursors.seal(list, positionOf(row));
  const edges = nodes.map((node) => ({
    node,
    get cursor() {
      return cursorOf(node);
    },
  }));
  const first = nodes[0];
  const last = nodes.at(-1);
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: rows.length > page.size,
      // Paging forward, a page asked for after a cursor has rows before it (as the Relay spec allows).
      hasPreviousPage: page.after !== null,
      get startCursor() {
        return first === undefined ? null : cursorOf(first);
      },
      get endCursor() {
        return last === undefined ? null : cursorOf(last);
      },
    } as Connection<T>['pageInfo'],
    totalCount,
  };
}

/**
 * A connection over a list already in memory (a student's own results, leave or issues, loaded for
 * many students in one statement): the cursor holds the last row's id, and a page continues after
 * it. A cursor naming no row of this list gives an empty page.
 */
export function connectionOfList<T extends { id: string }>(
  cursors: Cursors,
  list: string,
  args: { first?: number | null; after?: string | null },
  rows: T[],
): Connection<T> {
  const page = pageRequest(cursors, list, args);
  const start = page.after === null ? 0 : rows.findIndex((r) => r.id === page.after![0]) + 1;
  const rest = start === 0 && page.after !== null ? [] : rows.slice(start, start + page.size + 1);
  return connection(cursors, list, page, rest, rows.length, (row) => [row.id]);
}

/** The paging arguments of every connection field. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

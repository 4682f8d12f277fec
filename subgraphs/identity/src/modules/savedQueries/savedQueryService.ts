/**
 * Saved queries: validated (the text parses as GraphQL, bounded sizes), kept per school, edited and
 * deleted by their author only. Another person's or school's id is NOT_FOUND, like one that does not exist.
 */
import { AppError, conflictAs } from '@syncad/platform';
import { parseId, parseOptionalText, parseText } from '@syncad/subgraph-kit';
import { Kind, parse } from 'graphql';
import type { IdentityContext } from '../../context';
import type { DeleteSavedQueryInput, SaveQueryInput } from '../../generated/graphql';
import { savedQueryData, type SavedQueryRow, type SavedQueryValues } from './savedQueryData';

/** Whether the text holds a mutation: running it may change data (it parsed when it was saved). */
export function changesData(query: string): boolean {
  // Most saved queries never say "mutation": no parse for them (a list may hold 500).
  if (!query.includes('mutation')) return false;
  try {
    return parse(query).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation');
  } catch {
    return true;
  }
}

/** Saved queries per person in a school, and so the most one list shows from one author. */
const MAX_SAVED_QUERIES = 200;
const MAX_LISTED = 500;
const MAX_QUERY_LENGTH = 20_000;
const MAX_VARIABLES_LENGTH = 5_000;

function person(ctx: IdentityContext) {
  const caller = ctx.requireCaller();
  if (caller.apiKey) throw AppError.forbidden('saved queries belong to people: an API key cannot keep them');
  return caller;
}

function valuesOf(input: SaveQueryInput): SavedQueryValues {
  const query = parseText(input.query, 'query', MAX_QUERY_LENGTH);
  try {
    // Parsing only (no validation against the schema): the schema may change, and runners differ in permissions.
    parse(query, { maxTokens: 10_000 });
  } catch (err) {
    throw AppError.badInput(`query is not a GraphQL operation: ${(err as Error).message}`, 'query');
  }
  const variables = parseOptionalText(input.variables, 'variables', MAX_VARIABLES_LENGTH) ?? null;
  if (variables !== null) {
    let value: unknown;
    try {
      value = JSON.parse(variables);
    } catch {
      throw AppError.badInput('variables is not JSON', 'variables');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw AppError.badInput('variables must be a JSON object', 'variables');
  }
  return {
    name: parseText(input.name, 'name', 100),
    description: parseOptionalText(input.description, 'description', 1000) ?? null,
    query,
    variables,
    shared: input.shared ?? false,
  };
}

export const savedQueryService = {
  list(ctx: IdentityContext): Promise<SavedQueryRow[]> {
    const caller = ctx.requireCaller();
    if (caller.apiKey) return Promise.resolve([]);
    return savedQueryData.visible(ctx.central, caller.schoolId, caller.userId, MAX_LISTED);
  },

  async save(ctx: IdentityContext, input: SaveQueryInput): Promise<SavedQueryRow> {
    const caller = person(ctx);
    const values = valuesOf(input);
    // A shared query is opened by staff: a student's or guardian's would be a lure (a mutation
    // dressed as a report), so they keep theirs private.
    if (values.shared && caller.selfScoped) throw AppError.forbidden('a student or guardian account keeps its saved queries private');
    const taken = `you already have a saved query named "${values.name}"`;
    if (input.id != null) {
      const id = parseId(input.id, 'id');
      const row = await conflictAs(savedQueryData.update(ctx.central, caller.schoolId, caller.userId, id, values), taken);
      if (!row) throw AppError.notFound(`saved query ${input.id}`);
      return row;
    }
    if ((await savedQueryData.countOwn(ctx.central, caller.schoolId, caller.userId)) >= MAX_SAVED_QUERIES) {
      throw AppError.badInput(`you have ${MAX_SAVED_QUERIES} saved queries already: delete some first`, 'name');
    }
    return conflictAs(savedQueryData.insert(ctx.central, caller.schoolId, caller.userId, values), taken);
  },

  async remove(ctx: IdentityContext, input: DeleteSavedQueryInput): Promise<string> {
    const caller = person(ctx);
    const id = parseId(input.id, 'id');
    if (!(await savedQueryData.remove(ctx.central, caller.schoolId, caller.userId, id))) throw AppError.notFound(`saved query ${input.id}`);
    return id;
  },
};

/**
 * The permission decision for one resolved operation, as pure functions of its analysis, the
 * caller and the flags the caller's role holds (authorizeOperation fetches those and wires the
 * decision into Apollo Server). Kept free of I/O so the database-free unit tests, and the mutation
 * test that measures them (`npm run test:mutation`), reach every branch of it.
 */
import { GraphQLError, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { AppError, type Caller } from '@syncad/platform';
import { requireSignIn } from '../auth/signIn';
import type { NeededPermission, OperationAnalysis, OperationLimits } from './analyzeOperation';
import { forbiddenFields, type ForbiddenField } from './filterOperation';
import type { GrantedPermissions } from './RolePermissions';

/** What happens to an operation selecting fields the caller may not use (SYNCAD_UNAUTHORIZED). */
export type UnauthorizedMode = 'reject' | 'filter';

export function forbidden(missing: NeededPermission[]): AppError {
  const list = missing.map((m) => `${m.module}:${m.action} (${m.paths.join(', ')})`).join('; ');
  return AppError.forbidden(`missing permission: ${list}`, { missing }).withHttpStatus();
}

/** The operation's estimated cost and size beside the limits they are checked against (a dry run's answer, a refusal's extensions). */
export function costOf(analysis: OperationAnalysis, limits: OperationLimits) {
  return {
    estimated: analysis.cost,
    maxCost: limits.maxCost,
    depth: analysis.depth,
    maxDepth: limits.maxDepth,
    fields: analysis.fields,
    maxFields: limits.maxFields,
  };
}

function tooLarge(operation: OperationDefinitionNode, analysis: OperationAnalysis, limits: OperationLimits): GraphQLError | null {
  const name = operation.name ? `operation "${operation.name.value}"` : 'the operation';
  const invalid = (message: string) =>
    new GraphQLError(message, { nodes: [operation], extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
  if (analysis.overLimit === 'depth') return invalid(`${name} is nested deeper than ${limits.maxDepth} levels`);
  if (analysis.overLimit === 'fields') return invalid(`${name} selects more than ${limits.maxFields} fields (after expanding fragments)`);
  if (analysis.cost > limits.maxCost) {
    return new AppError(
      'BAD_USER_INPUT',
      `the operation could return more than ${limits.maxCost} values (estimated from page sizes and lists): ask for smaller pages or fewer fields`,
      { cost: costOf(analysis, limits) },
    ).withHttpStatus();
  }
  return null;
}

/** Modules no key may touch whatever its role: user and key administration, and people's own messages. */
const KEYLESS_MODULES = new Set(['user', 'message']);

/**
 * An API key serves an integration's reads and writes, never a person's business: signing in or
 * out, `me`, sessions, user and key administration (the user module) and message threads are
 * refused whatever its role.
 */
function refuseForApiKeys(analysis: OperationAnalysis): void {
  const refused = [
    ...analysis.personalRootFields,
    ...[...analysis.permissions.values()].filter((p) => KEYLESS_MODULES.has(p.module)).flatMap((p) => p.paths),
  ];
  if (refused.length > 0) {
    throw AppError.forbidden(`an API key cannot be used for ${[...new Set(refused)].join(', ')}: sign in as a person`).withHttpStatus();
  }
}

/**
 * Refuses, before the caller's flags are fetched: an operation that needs sign-in without a
 * caller (401), one too deep, too wide or too costly (400), and what no API key may do (403).
 */
export function refuseUnfitOperation(
  operation: OperationDefinitionNode,
  analysis: OperationAnalysis,
  limits: OperationLimits,
  caller: Caller | null,
): void {
  requireSignIn(analysis.authenticated, caller);
  const refusal = tooLarge(operation, analysis, limits);
  if (refusal) throw refusal;
  if (caller?.apiKey) refuseForApiKeys(analysis);
}

/** The modules whose delete flag a role holds, sorted (one array per granted set). */
const deletable = new WeakMap<GrantedPermissions, string[]>();
function deletableModules(granted: GrantedPermissions): string[] {
  let modules = deletable.get(granted);
  if (!modules) {
    modules = [...granted]
      .filter((p) => p.endsWith(':delete'))
      .map((p) => p.slice(0, -':delete'.length))
      .sort();
    deletable.set(granted, modules);
  }
  return modules;
}

export interface FlagsDecision {
  /** The caller as subgraphs will be told of it (with the modules it may delete in). */
  signedCaller: Caller;
  /** Fields filter mode removes from a query (empty when the caller holds every flag needed). */
  cut: (ForbiddenField & { node: FieldNode })[];
}

/**
 * Checks every module:action the operation needs against the flags the caller's role holds: a
 * missing one refuses the operation (403), except that in filter mode a query runs without the
 * fields that need it. A mutation touching a forbidden field is refused whole in both modes.
 */
export function checkFlags(
  operation: OperationDefinitionNode,
  analysis: OperationAnalysis,
  caller: Caller,
  granted: GrantedPermissions,
  mode: UnauthorizedMode,
): FlagsDecision {
  const signedCaller = { ...caller, mayDelete: deletableModules(granted) };
  const missing = [...analysis.permissions.values()].filter((p) => !granted.has(`${p.module}:${p.action}`));
  if (missing.length === 0) return { signedCaller, cut: [] };
  if (mode !== 'filter' || operation.operation !== 'query') throw forbidden(missing);
  return { signedCaller, cut: forbiddenFields(analysis.ruledFields, granted) };
}

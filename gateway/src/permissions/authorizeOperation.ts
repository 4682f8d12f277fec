/**
 * The per-operation decision, made after validation and before query planning (so a refused
 * request reaches no subgraph), from one walk of the operation (analyzeOperation): refuse an
 * operation too large or too costly (400), check the caller's role flags against everything it
 * selects (403), and sign the context for subgraphs. The caller was authenticated before any
 * GraphQL step (auth/authenticateRequest.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type OperationDefinitionNode } from 'graphql';
import { AppError, BoundedCache } from '@syncad/platform';
import { requireSignIn } from '../auth/signIn';
import type { GatewayContext } from '../GatewayContext';
import {
  analyzeOperation,
  DEFAULT_OPERATION_LIMITS,
  type NeededPermission,
  type OperationAnalysis,
  type OperationLimits,
} from './analyzeOperation';
import type { GrantedPermissions, RolePermissions } from './RolePermissions';
import type { RuleMap } from './rules';
import { forbiddenFields, restoreForbidden, withoutFields, type ForbiddenField } from './filterOperation';
import { coerceVariables } from './coerceVariables';
import { SignedContextCache } from './SignedContextCache';

/** What happens to an operation selecting fields the caller may not use (SYNCAD_UNAUTHORIZED). */
export type UnauthorizedMode = 'reject' | 'filter';

export interface AuthorizeDeps {
  /** The rules of the loaded schema (null before the schema is loaded). */
  rules(): RuleMap | null;
  permissions: RolePermissions;
  internalKey: string;
  limits?: Partial<OperationLimits>;
  /** reject (default): 403 for the whole operation; filter: a query runs without those fields (see filterOperation.ts). */
  unauthorized?: UnauthorizedMode;
}

export function forbidden(missing: NeededPermission[]): AppError {
  const list = missing.map((m) => `${m.module}:${m.action} (${m.paths.join(', ')})`).join('; ');
  return AppError.forbidden(`missing permission: ${list}`, { missing }).withHttpStatus();
}

function tooLarge(operation: OperationDefinitionNode, analysis: OperationAnalysis, limits: OperationLimits): GraphQLError | null {
  const name = operation.name ? `operation "${operation.name.value}"` : 'the operation';
  const invalid = (message: string) =>
    new GraphQLError(message, { nodes: [operation], extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
  if (analysis.overLimit === 'depth') return invalid(`${name} is nested deeper than ${limits.maxDepth} levels`);
  if (analysis.overLimit === 'fields') return invalid(`${name} selects more than ${limits.maxFields} fields (after expanding fragments)`);
  if (analysis.cost > limits.maxCost) {
    return AppError.badInput(
      `the operation could return more than ${limits.maxCost} values (estimated from page sizes and lists): ask for smaller pages or fewer fields`,
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

/** Analyses kept per operation (distinct variable values), and the longest variables (as JSON) kept. */
const MAX_VARIABLE_SETS = 64;
const MAX_VARIABLES_KEY = 512;

/** The variables as a cache key, or null when they are too large to keep (or too deep to stringify: a hostile body). */
function variablesKey(variables: Record<string, unknown>): string | null {
  try {
    const key = JSON.stringify(variables);
    return key.length > MAX_VARIABLES_KEY ? null : key;
  } catch {
    return null;
  }
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

export function authorizeOperation(deps: AuthorizeDeps): ApolloServerPlugin<GatewayContext> {
  const signedContexts = new SignedContextCache(deps.internalKey);
  const filteredFields = new WeakMap<GatewayContext, ForbiddenField[]>();
  const limits = { ...DEFAULT_OPERATION_LIMITS, ...deps.limits };
  // Apollo Server reuses the parsed document of a repeated query, so its operation node is a
  // stable key: an operation is analysed once per rule map and set of variable values (page sizes
  // and @skip/@include depend on them), not once per request. Small variable sets only: a large
  // input is cheaper to walk again than to keep.
  const analyses = new WeakMap<OperationDefinitionNode, { rules: RuleMap; byVariables: BoundedCache<string, OperationAnalysis> }>();
  const analyze = (
    schema: Parameters<typeof analyzeOperation>[0],
    rules: RuleMap,
    document: Parameters<typeof analyzeOperation>[2],
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ) => {
    const key = operation.variableDefinitions?.length ? variablesKey(variables) : '';
    if (key === null) return analyzeOperation(schema, rules, document, operation, variables, limits);
    let cached = analyses.get(operation);
    if (cached?.rules !== rules) analyses.set(operation, (cached = { rules, byVariables: new BoundedCache({ max: MAX_VARIABLE_SETS }) }));
    return cached.byVariables.getOrSet(key, () => analyzeOperation(schema, rules, document, operation, variables, limits));
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { schema, document, operation, contextValue, request } = requestContext;
          const rules = deps.rules();
          if (!rules) throw new Error('the gateway has no permission rules loaded');
          if (!operation) throw AppError.badInput('no operation to run').withHttpStatus();
          const analysis = analyze(schema, rules, document, operation, coerceVariables(schema, operation, request.variables));
          const { caller, hostSchoolId, client } = contextValue;
          requireSignIn(analysis.authenticated, caller);
          const refusal = tooLarge(operation, analysis, limits);
          if (refusal) throw refusal;
          if (caller?.apiKey) refuseForApiKeys(analysis);
          let signedCaller = caller;
          if (caller) {
            const granted = await deps.permissions.granted(caller.roleId);
            signedCaller = { ...caller, mayDelete: deletableModules(granted) };
            const missing = [...analysis.permissions.values()].filter((p) => !granted.has(`${p.module}:${p.action}`));
            // A mutation touching a forbidden field is refused whole in both modes.
            if (missing.length > 0 && (deps.unauthorized !== 'filter' || operation.operation !== 'query')) throw forbidden(missing);
            if (missing.length > 0) {
              const cut = forbiddenFields(analysis.ruledFields, granted);
              // Execution runs this document instead of the client's (execution/withFilteredDocuments.ts).
              contextValue.filtered = withoutFields(document, new Set(cut.map((f) => f.node)), request.operationName ?? null);
              filteredFields.set(contextValue, cut);
            }
          }
          // Only a signed-in caller's mutation carries its Idempotency-Key to the subgraphs (it keys their writes).
          const idempotencyKey = caller && operation.operation === 'mutation' ? contextValue.idempotencyKey : undefined;
          contextValue.internalContext = signedContexts.sign({
            caller: signedCaller,
            hostSchool: caller?.schoolId ?? hostSchoolId,
            client,
            ...(idempotencyKey ? { idempotencyKey } : {}),
          });
        },
        async willSendResponse({ response, contextValue }) {
          const cut = filteredFields.get(contextValue);
          if (cut && response.body.kind === 'single') {
            const result = response.body.singleResult;
            const restored = restoreForbidden(result.data as Record<string, unknown> | null | undefined, cut);
            result.data = restored.data;
            result.errors = [...(result.errors ?? []), ...restored.errors];
          }
          // A throttled login: 429 with Retry-After, so clients and proxies back off.
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const waits = (errors ?? [])
            .filter((e) => e.extensions?.code === 'TOO_MANY_REQUESTS')
            .map((e) => Number(e.extensions?.retryAfter) || 1);
          if (waits.length === 0) return;
          response.http.status = 429;
          response.http.headers.set('retry-after', String(Math.max(...waits)));
        },
      };
    },
  };
}

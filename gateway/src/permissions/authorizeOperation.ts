/**
 * The per-operation decision, made after validation and before query planning (so a refused
 * request reaches no subgraph), from one walk of the operation (analyzeOperation): refuse an
 * operation too large or too costly (400), check the caller's role flags against everything it
 * selects (403), and sign the context for subgraphs. The caller was authenticated before any
 * GraphQL step (auth/authenticateRequest.ts).
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import { AppError, BoundedCache } from '@syncad/platform';
import type { GatewayContext } from '../GatewayContext';
import { parsedData } from '../execution/rawAnswers';
import {
  analyzeOperation,
  conditionVariables,
  costWith,
  DEFAULT_OPERATION_LIMITS,
  type OperationAnalysis,
  type OperationLimits,
} from './analyzeOperation';
import type { RolePermissions } from './RolePermissions';
import type { RuleMap } from './rules';
import { restoreForbidden, withoutFields, type ForbiddenField } from './filterOperation';
import { coerceVariables } from './coerceVariables';
import { checkFlags, costOf, refuseUnfitOperation, type UnauthorizedMode } from './operationDecision';
import { SignedContextCache } from './SignedContextCache';

export interface AuthorizeDeps {
  /** The rules of the loaded schema (null before the schema is loaded). */
  rules(): RuleMap | null;
  permissions: RolePermissions;
  internalKey: string;
  limits?: Partial<OperationLimits>;
  /** reject (default): 403 for the whole operation; filter: a query runs without those fields (see filterOperation.ts). */
  unauthorized?: UnauthorizedMode;
}

/** Analyses kept per operation (distinct values of its conditions), and the longest such values (as JSON) kept. */
const MAX_VARIABLE_SETS = 64;
const MAX_VARIABLES_KEY = 512;

/**
 * The values of the variables named (coerced: absent and null differ) as a cache key, or null
 * when they are too large to keep (or too deep to stringify: a hostile body).
 */
function variablesKey(variables: Record<string, unknown>, names: string[]): string | null {
  if (names.length === 0) return '';
  try {
    const key = JSON.stringify(names.map((name) => (name in variables ? [variables[name]] : [])));
    return key.length > MAX_VARIABLES_KEY ? null : key;
  } catch {
    return null;
  }
}

/**
 * `"extensions": { "dryRun": true }` in a request body: check the operation as if to run it (sign-in,
 * validation, size and cost limits, permissions) and answer `extensions.cost` instead of running it.
 */
function isDryRun(extensions: Record<string, unknown> | undefined): boolean {
  return extensions?.dryRun === true;
}

export function authorizeOperation(deps: AuthorizeDeps): ApolloServerPlugin<GatewayContext> {
  const signedContexts = new SignedContextCache(deps.internalKey);
  const filteredFields = new WeakMap<GatewayContext, ForbiddenField[]>();
  const dryRuns = new WeakMap<GatewayContext, ReturnType<typeof costOf>>();
  const limits = { ...DEFAULT_OPERATION_LIMITS, ...deps.limits };
  const mode = deps.unauthorized ?? 'reject';
  // Apollo Server reuses the parsed document of a repeated query, so its operation node is a
  // stable key: the analysis is made once per operation, rules and values of its @skip/@include
  // conditions, not once per request; requests that differ in ids, dates, inputs or page sizes
  // share one (its cost is worked out again from their page sizes: costWith). Small condition
  // sets only: a large input is cheaper to walk again than to keep.
  const analyses = new WeakMap<
    OperationDefinitionNode,
    { rules: RuleMap; conditions: string[]; byConditions: BoundedCache<string, OperationAnalysis> }
  >();
  const analyze = (
    schema: Parameters<typeof analyzeOperation>[0],
    rules: RuleMap,
    document: Parameters<typeof analyzeOperation>[2],
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ): OperationAnalysis => {
    let cached = analyses.get(operation);
    if (cached?.rules !== rules) {
      cached = { rules, conditions: conditionVariables(document), byConditions: new BoundedCache({ max: MAX_VARIABLE_SETS }) };
      analyses.set(operation, cached);
    }
    const key = variablesKey(variables, cached.conditions);
    if (key === null) return analyzeOperation(schema, rules, document, operation, variables, limits);
    const analysis = cached.byConditions.getOrSet(key, () => analyzeOperation(schema, rules, document, operation, variables, limits));
    return analysis.costTerms.terms.length === 0 ? analysis : { ...analysis, cost: costWith(analysis.costTerms, variables) };
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
          refuseUnfitOperation(operation, analysis, limits, caller);
          const dryRun = isDryRun(request.extensions);
          let signedCaller = caller;
          if (caller) {
            const decision = checkFlags(operation, analysis, caller, await deps.permissions.granted(caller.roleId), mode);
            signedCaller = decision.signedCaller;
            if (decision.cut.length > 0 && !dryRun) {
              // Execution runs this document instead of the client's (execution/withFilteredDocuments.ts).
              contextValue.filtered = withoutFields(document, new Set(decision.cut.map((f) => f.node)), request.operationName ?? null);
              filteredFields.set(contextValue, decision.cut);
            }
          }
          if (dryRun) {
            dryRuns.set(contextValue, costOf(analysis, limits));
            return;
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
        // A dry run, allowed, answers its cost and runs nothing (no subgraph is called).
        async responseForOperation({ contextValue }) {
          const cost = dryRuns.get(contextValue);
          return cost
            ? {
                http: { status: 200, headers: new HeaderMap() },
                body: { kind: 'single', singleResult: { extensions: { dryRun: true, cost } } },
              }
            : null;
        },
        async willSendResponse({ response, contextValue }) {
          const cut = filteredFields.get(contextValue);
          if (cut && response.body.kind === 'single') {
            const result = response.body.singleResult;
            const restored = restoreForbidden(parsedData(result.data as Record<string, unknown> | null | undefined), cut);
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

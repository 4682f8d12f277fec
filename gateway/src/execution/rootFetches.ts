/**
 * Operations whose plan is only root fetches, each needing nothing from another subgraph (the
 * common case: a page of one subgraph's data, a dashboard asking two subgraphs side by side, a
 * mutation of one subgraph), are sent straight: each subgraph gets the client's own operation cut to its root fields, and its answer is
 * returned as it is (two or more: put together in the operation's key order), as JSON text when
 * it answered data only (rawAnswers.ts). This skips
 * @apollo/gateway's plan execution and its re-shaping of the result (computeResponse alone was
 * 12.5% of the gateway's CPU on a roster of 40, issue 13). Everything before the fetches is
 * unchanged (authentication, limits, permissions, the filtered document of
 * SYNCAD_UNAUTHORIZED=filter), and each fetch goes through the subgraph's data source (signed
 * context, deduplication, timeouts, SUBGRAPH_UNAVAILABLE).
 *
 * A subgraph answers a valid operation on its own object types as the gateway would have shaped
 * it: the same fields, nullability and order. Where the two could differ, the usual way is taken:
 * mutations over several subgraphs (run one after the other); introspection or __typename at the root; fragments or @skip/@include at the root (the
 * answer's root keys must be known); an operation a subgraph's own schema does not validate; any entity fetch; any interface
 * or union in the operation (a subgraph may know fewer of their members than the supergraph, and
 * the gateway hides members it must not show); and a supergraph with anything @inaccessible that
 * an answer could carry (the gateway re-checks subgraph answers against the API schema, and a
 * subgraph's do not hide them; hiddenOutputs.ts).
 */
import type { GraphQLDataSource } from '@apollo/gateway';
import { hidesOutputs } from './hiddenOutputs';
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type QueryPlan } from '@apollo/query-planner';
import type {
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import {
  getNamedType,
  GraphQLError,
  isAbstractType,
  isNonNullType,
  Kind,
  parse,
  print,
  separateOperations,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { BoundedCache } from '@syncad/platform';
import { INCOMING_OPERATION } from './apolloInternals';
import { relayedError } from './subgraphErrors';
import { mergedObjectText, RawJson } from './rawAnswers';

export interface RootFetch {
  service: string;
  /** The client's operation cut to this subgraph's root fields, with the fragments and variables they use, printed. */
  query: string;
  /** The root response keys this subgraph fills. */
  keys: string[];
  /** The variables its operation declares: a subgraph is sent only those. */
  variables: string[];
  /** One of its root fields is non-null: if it answers no data, the whole answer is null. */
  nonNullRoot: boolean;
}

/** How an operation is answered straight: one fetch per subgraph, side by side. */
export interface RootPlan {
  fetches: RootFetch[];
  /** The answer's root keys in the operation's order. */
  keys: string[];
  /** For each of those keys, the index of the fetch that fills it. */
  filledBy: number[];
  /** The fetches in the order their keys come, when each fills one run of keys (their answers' texts then join as they are); else null. */
  rawOrder: number[] | null;
}

export interface Planning {
  planner: QueryPlanner;
  apiSchema: Schema;
  subgraphSchemas: Map<string, GraphQLSchema>;
  /** By query hash and operation name (the filtered document of filter mode has its own hash); bounded. */
  decisions: BoundedCache<string, RootPlan | null>;
}

/** Decisions kept (a gateway sees a bounded set of operations; the least recently used go first). */
const MAX_DECISIONS = 2_000;

/** The planning state of a supergraph, or null when nothing may be sent straight (see above: @inaccessible). */
export function planningOf(coreSupergraphSdl: string): Planning | null {
  if (hidesOutputs(coreSupergraphSdl)) return null;
  const supergraph = Supergraph.build(coreSupergraphSdl);
  const subgraphSchemas = new Map<string, GraphQLSchema>();
  for (const subgraph of supergraph.subgraphs()) subgraphSchemas.set(subgraph.name, subgraph.schema.toGraphQLJSSchema());
  return {
    planner: new QueryPlanner(supergraph),
    apiSchema: supergraph.apiSchema(),
    subgraphSchemas,
    decisions: new BoundedCache({ max: MAX_DECISIONS }),
  };
}

/** True when the operation (or a fragment of the document) selects a field of interface or union type or names one in a type condition. */
function touchesAbstractTypes(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  const abstract = (name: string | undefined) => name !== undefined && isAbstractType(schema.getType(name));
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: () => void (found ||= isAbstractType(getNamedType(typeInfo.getType()))),
      InlineFragment: (node) => void (found ||= abstract(node.typeCondition?.name.value)),
      FragmentDefinition: (node) => void (found ||= abstract(node.typeCondition.name.value)),
    }),
  );
  return found;
}

const responseKey = (field: FieldNode) => field.alias?.value ?? field.name.value;

/** The plan's fetches when it is one fetch or fetches side by side, each needing nothing from another subgraph; else null. */
function independentFetches(plan: QueryPlan): FetchNode[] | null {
  const nodes = plan.node?.kind === 'Fetch' ? [plan.node] : plan.node?.kind === 'Parallel' ? plan.node.nodes : null;
  if (!nodes?.length) return null;
  const fetches: FetchNode[] = [];
  for (const node of nodes) {
    if (
      node.kind !== 'Fetch' ||
      node.requires?.length ||
      node.inputRewrites?.length ||
      node.outputRewrites?.length ||
      node.contextRewrites?.length
    )
      return null;
    fetches.push(node);
  }
  return fetches;
}

/** The operation with only the root fields of `keys`, its variable definitions cut to those it uses, with the fragments it uses. */
function cutOperation(document: DocumentNode, operation: OperationDefinitionNode, keys: Set<string>): DocumentNode | undefined {
  const selections = operation.selectionSet.selections.filter((s) => keys.has(responseKey(s as FieldNode)));
  const cut: OperationDefinitionNode = { ...operation, variableDefinitions: [], selectionSet: { ...operation.selectionSet, selections } };
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const alone = separateOperations({ kind: Kind.DOCUMENT, definitions: [cut, ...fragments] })[operation.name?.value ?? ''];
  if (!alone) return undefined;
  const used = new Set<string>();
  visit(alone, { Variable: (node) => void used.add(node.name.value) });
  const variableDefinitions = operation.variableDefinitions?.filter((d) => used.has(d.variable.name.value));
  // The operation first: a query's text then starts with `query` or `{` (InflightQueries tells queries by that).
  const fragmentsUsed = alone.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return { kind: Kind.DOCUMENT, definitions: [{ ...cut, variableDefinitions }, ...fragmentsUsed] };
}

/** The root plan of this operation, or null when it takes the usual way. */
export function decideRootPlan(
  planning: Planning,
  requestContext: Pick<GatewayGraphQLRequestContext, 'document' | 'operation' | 'schema'>,
): RootPlan | null {
  const { document, operation, schema } = requestContext;
  // A mutation goes straight only when one subgraph runs it all (its plan is then one fetch, else a sequence).
  if (operation.operation === 'subscription' || touchesAbstractTypes(schema, document)) return null;
  const keys: string[] = [];
  const nonNullKeys = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.directives?.length) return null;
    const name = selection.name.value;
    // __schema and __type are answered from the API schema, never by a subgraph (and __typename
    // at the root is left to the usual way too: no subgraph owns it).
    if (name.startsWith('__')) return null;
    keys.push(responseKey(selection));
    const field = schema.getRootType(operation.operation)?.getFields()[name];
    if (field && isNonNullType(field.type)) nonNullKeys.add(responseKey(selection));
  }
  try {
    const plan = planning.planner.buildQueryPlan(
      operationFromDocument(planning.apiSchema, document, { operationName: operation.name?.value }),
    );
    const planned = independentFetches(plan);
    if (!planned) return null;
    const fetches: RootFetch[] = [];
    for (const fetch of planned) {
      // The root keys this fetch fills, as the planner wrote its operation.
      const root = parse(fetch.operation).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
      const fetchKeys = new Set(root.selectionSet.selections.map((s) => responseKey(s as FieldNode)));
      const cut = cutOperation(document, operation, fetchKeys);
      const subgraphSchema = planning.subgraphSchemas.get(fetch.serviceName);
      if (!cut || !subgraphSchema || validate(subgraphSchema, cut).length > 0) return null;
      const cutRoot = cut.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
      const variables = cutRoot.variableDefinitions?.map((d) => d.variable.name.value) ?? [];
      const filled = keys.filter((k) => fetchKeys.has(k));
      fetches.push({
        service: fetch.serviceName,
        query: print(cut),
        keys: filled,
        variables,
        nonNullRoot: filled.some((k) => nonNullKeys.has(k)),
      });
    }
    // Every root key filled by exactly one fetch (else, e.g. had the planner renamed a root alias, the usual way).
    if (
      fetches.reduce((n, f) => n + f.keys.length, 0) !== keys.length ||
      new Set(fetches.flatMap((f) => f.keys)).size !== new Set(keys).size
    )
      return null;
    const filledBy = keys.map((k) => fetches.findIndex((f) => f.keys.includes(k)));
    return { fetches, keys, filledBy, rawOrder: runsInOrder(filledBy) };
  } catch {
    // What the planner or the cut cannot handle runs the usual way, which answers it or words the error.
    return null;
  }
}

/** The distinct values in order of first appearance, when each value's appearances are one run (e.g. [1, 1, 0]); else null. */
function runsInOrder(values: number[]): number[] | null {
  const order = values.filter((v, i) => i === 0 || v !== values[i - 1]);
  return new Set(order).size === order.length ? order : null;
}

function variablesFor(fetch: RootFetch, values: Record<string, unknown> | undefined): Record<string, unknown> {
  // No prototype: a variable named __proto__ stays a variable.
  const picked: Record<string, unknown> = Object.create(null);
  for (const name of fetch.variables) if (values && name in values) picked[name] = values[name];
  return picked;
}

/** A data source that can hand a data-only answer over unparsed (SignedContextDataSource). */
interface RawAnswering extends GraphQLDataSource {
  processRaw(options: Parameters<GraphQLDataSource['process']>[0]): Promise<Awaited<ReturnType<GraphQLDataSource['process']>> | RawJson>;
}

const answersRaw = (source: GraphQLDataSource): source is RawAnswering => 'processRaw' in source;

/** One subgraph's answer: its data's JSON text when it answered data only, else its data (null if none) and errors. */
type FetchAnswer = { raw: string } | { raw?: undefined; data: Record<string, unknown> | null; errors: GraphQLError[] };

async function runFetch(fetch: RootFetch, source: GraphQLDataSource, requestContext: GatewayGraphQLRequestContext): Promise<FetchAnswer> {
  try {
    const options = {
      kind: INCOMING_OPERATION,
      request: {
        query: fetch.query,
        variables: variablesFor(fetch, requestContext.request.variables),
        operationName: requestContext.operationName ?? undefined,
      },
      incomingRequestContext: requestContext,
      context: requestContext.context,
    } as const;
    const response = answersRaw(source) ? await source.processRaw(options) : await source.process(options);
    if (response instanceof RawJson) return { raw: response.json };
    return { data: response.data ?? null, errors: response.errors?.map((e) => relayedError(e, fetch.service)) ?? [] };
  } catch (err) {
    // As a failed fetch of a plan: the error as it is, the fields it would have filled null.
    return {
      data: null,
      errors: [err instanceof GraphQLError ? err : new GraphQLError((err as Error).message, { originalError: err as Error })],
    };
  }
}

async function runRootPlan(
  plan: RootPlan,
  sources: GraphQLDataSource[],
  requestContext: GatewayGraphQLRequestContext,
): Promise<GatewayExecutionResult> {
  const answers = await Promise.all(plan.fetches.map((fetch, i) => runFetch(fetch, sources[i], requestContext)));
  // Every subgraph answered data only: their texts, put together unparsed (nearly always).
  const raw = answers.map((a) => a.raw).filter((text) => text !== undefined);
  if (raw.length === answers.length) {
    const text = answers.length === 1 ? raw[0] : plan.rawOrder && mergedObjectText(plan.rawOrder.map((i) => raw[i]));
    if (text) return { data: new RawJson(text) as unknown as Record<string, unknown> };
  }
  const parsed = answers.map((a) => (a.raw === undefined ? a : { data: JSON.parse(a.raw) as Record<string, unknown>, errors: [] }));
  const errors = parsed.flatMap((a) => a.errors);
  const withErrors = errors.length > 0 ? { errors } : {};
  // One subgraph: its data as it is.
  if (parsed.length === 1 && parsed[0].data) return { data: parsed[0].data, ...withErrors };
  // A non-null root field without a value nulls the answer (and only then).
  if (parsed.some((a, i) => !a.data && plan.fetches[i].nonNullRoot)) return { data: null, ...withErrors };
  // In the operation's order, as the usual way answers; no prototype, so an alias __proto__ is a key.
  const data: Record<string, unknown> = Object.create(null);
  plan.keys.forEach((key, i) => (data[key] = parsed[plan.filledBy[i]].data?.[key] ?? null));
  return { data, ...withErrors };
}

/**
 * The gateway Apollo Server runs: `gateway`'s own executor, with root plans sent straight in front of it.
 * `dataSources` are the gateway's data sources by subgraph name (filled by its buildService);
 * `observe` learns how each operation was executed (the gateway's metrics).
 */
export function withRootFetches(
  gateway: GatewayInterface,
  dataSources: ReadonlyMap<string, GraphQLDataSource>,
  observe: (way: 'straight' | 'planned') => void = () => {},
): GatewayInterface {
  // Built when the schema loads (~0.3 s, before the gateway reports ready), not at a first query.
  let planning: Planning | null = null;
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    // Forgotten first: if the new supergraph cannot be planned (planningOf throws), nothing goes straight.
    planning = null;
    planning = planningOf(coreSupergraphSdl);
  });
  const rootPlanOf = (requestContext: GatewayGraphQLRequestContext): RootPlan | null => {
    if (!planning) return null;
    const key = `${requestContext.queryHash}\n${requestContext.operation.name?.value ?? ''}`;
    const current = planning;
    return current.decisions.getOrSet(key, () => decideRootPlan(current, requestContext));
  };
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const { executor } = await gateway.load(options);
      if (!executor) return { executor };
      const planned = (requestContext: GatewayGraphQLRequestContext) => {
        observe('planned');
        return executor(requestContext);
      };
      const withRootPlans: GatewayExecutor = async (requestContext) => {
        const plan = rootPlanOf(requestContext);
        const sources = plan?.fetches.map((f) => dataSources.get(f.service));
        // Variables that do not coerce never get here: the permission check refused them (permissions/coerceVariables.ts).
        if (!plan || !sources || sources.some((s) => !s)) return planned(requestContext);
        observe('straight');
        return runRootPlan(plan, sources as GraphQLDataSource[], requestContext);
      };
      return { executor: withRootPlans };
    },
  };
}

/**
 * Everything the gateway must know about an operation before planning it, from one walk
 * (walkOperation): its size (depth, fields after fragment expansion), its estimated cost (how many
 * values it could return), whether it needs a token, and every module:action it needs with the
 * response paths that need it.
 *
 * Cost: each field costs the product of the list sizes above it. A page's `first`/`last` argument
 * (literal or variable) sizes the list below it; a list without one counts as DEFAULT_LIST_SIZE.
 * The cost is kept as terms over the page-size variables too (costWith), so an analysis serves
 * every page size: only the variables of @skip/@include conditions change the rest of it.
 * Fields on an interface need the interface field's rule and the same field's rule on every
 * implementing type (the planner may fetch any of them).
 */
import {
  getNullableType,
  isInterfaceType,
  isListType,
  Kind,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type GraphQLOutputType,
  type OperationDefinitionNode,
} from 'graphql';
import { PUBLIC_MODULE, SELF_MODULE } from '@syncad/shared-db';
import type { Requirement, RuleMap } from './rules';
import { walkOperation } from './walkOperation';

export interface OperationLimits {
  maxDepth: number;
  maxFields: number;
  /** Most values an operation may be estimated to return. */
  maxCost: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = { maxDepth: 15, maxFields: 2_000, maxCost: 50_000 };
const DEFAULT_LIST_SIZE = 50;
const PAGE_ARGUMENTS = ['first', 'last'];

export interface NeededPermission extends Requirement {
  paths: string[];
}

/** One response position of a field: its key and declared type at each level from the root. */
/** A field's response key, its type, and the type it is selected on (an object type under a type condition). */
export type FieldChain = readonly { key: string; type: GraphQLOutputType; parent: GraphQLCompositeType }[];

/** A field selection that needs module permissions, where it sits (filter mode removes forbidden ones). */
export interface RuledField {
  node: FieldNode;
  chain: FieldChain;
  requirements: readonly Requirement[];
}

export interface OperationAnalysis {
  depth: number;
  fields: number;
  cost: number;
  /** The walk stopped at a limit: the operation is refused whatever else it holds. */
  overLimit: 'depth' | 'fields' | null;
  /** False only when every selected field is public (or __typename). */
  authenticated: boolean;
  /** Keyed by "module:action", in the order first met. */
  permissions: Map<string, NeededPermission>;
  /** Every selection needing a module permission, with its position. */
  ruledFields: RuledField[];
  /** Root fields open to anyone or to any signed-in person (login, refreshToken, me, logout), by coordinate. */
  personalRootFields: Set<string>;
  /** The cost as a function of the page-size variables: `cost` for other values of them (costWith). */
  costTerms: CostTerms;
}

/** A page size as written: a valid literal, or a variable (valid when its value is a positive finite number). */
type PageSpec = number | { variable: string };

/** A list's size: the first valid of its candidates (its own page size, then its parent's), else DEFAULT_LIST_SIZE. */
type ListSize = readonly PageSpec[];

/** The part of the cost fixed by literals, and one term per field whose repetition depends on a variable. */
export interface CostTerms {
  fixed: number;
  terms: { times: number; sizes: ListSize[] }[];
}

function sizeOf(size: ListSize, variables: Record<string, unknown>): number {
  for (const spec of size) {
    if (typeof spec === 'number') return spec;
    const n = variables[spec.variable];
    if (typeof n === 'number' && Number.isFinite(n) && n > 0) return n;
  }
  return DEFAULT_LIST_SIZE;
}

/** The cost of an analysed operation for these (coerced) variables. */
export function costWith(terms: CostTerms, variables: Record<string, unknown>): number {
  let cost = terms.fixed;
  for (const term of terms.terms) cost += term.sizes.reduce((times, size) => times * sizeOf(size, variables), term.times);
  return cost;
}

interface CostScope {
  /** How many times a value at this level repeats: the product of the literal sizes above it... */
  times: number;
  /** ...and of the sizes above it that a variable may set. */
  sizes: ListSize[];
  /** A page size set by a parent field (a connection's `first`) for the lists below it. */
  pendingPage: PageSpec | undefined;
  chain: FieldChain;
}

/**
 * The variables whose values change an analysis beyond its cost: the conditions of @skip and
 * @include (walkOperation). Ids, dates, inputs and page sizes do not (costWith gives the cost), so
 * the analysis cache keys by these alone (authorizeOperation).
 */
export function conditionVariables(document: DocumentNode): string[] {
  const read = new Set<string>();
  visit(document, {
    Directive: (directive) => {
      if (directive.name.value !== 'skip' && directive.name.value !== 'include') return;
      for (const argument of directive.arguments ?? []) if (argument.value.kind === Kind.VARIABLE) read.add(argument.value.name.value);
    },
  });
  return [...read].sort();
}

function pageSpec(field: FieldNode): PageSpec | undefined {
  const arg = field.arguments?.find((a) => PAGE_ARGUMENTS.includes(a.name.value));
  if (!arg) return undefined;
  const { value } = arg;
  if (value.kind === Kind.VARIABLE) return { variable: value.name.value };
  const n = value.kind === Kind.INT ? Number(value.value) : undefined;
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined;
}

export function analyzeOperation(
  schema: GraphQLSchema,
  rules: RuleMap,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: OperationLimits = DEFAULT_OPERATION_LIMITS,
): OperationAnalysis {
  const analysis: OperationAnalysis = {
    depth: 0,
    fields: 0,
    cost: 0,
    overLimit: null,
    authenticated: false,
    permissions: new Map(),
    ruledFields: [],
    personalRootFields: new Set(),
    costTerms: { fixed: 0, terms: [] },
  };
  // Each module:action needed, with the paths that need it (in analysis.permissions once the walk ends).
  const needs = new Map<string, { requirement: Requirement; paths: Set<string> }>();

  /** Records what the field at `coordinate` needs; returns its module requirements. */
  const need = (coordinate: string, path: string): Requirement[] => {
    const rule = rules.get(coordinate);
    // Deny by default: the rule map covers the whole API schema, so a miss is a gateway bug.
    if (!rule) throw new Error(`no permission rule for ${coordinate}`);
    const modules: Requirement[] = [];
    for (const r of rule) {
      if ((r.module === PUBLIC_MODULE || r.module === SELF_MODULE) && !path.includes('.')) analysis.personalRootFields.add(coordinate);
      if (r.module === PUBLIC_MODULE) continue;
      analysis.authenticated = true;
      if (r.module === SELF_MODULE) continue;
      const key = `${r.module}:${r.action}`;
      const known = needs.get(key);
      if (known) known.paths.add(path);
      else needs.set(key, { requirement: r, paths: new Set([path]) });
      modules.push(r);
    }
    return modules;
  };

  const root: CostScope = { times: 1, sizes: [], pendingPage: undefined, chain: [] };
  walkOperation<CostScope>(schema, document, operation, variables, root, (visit, scope) => {
    analysis.fields++;
    analysis.depth = Math.max(analysis.depth, visit.depth);
    // Stop early: a bomb must not cost the server the work it is being refused for.
    if (visit.depth > limits.maxDepth) analysis.overLimit = 'depth';
    else if (analysis.fields > limits.maxFields) analysis.overLimit = 'fields';
    if (analysis.overLimit) return 'stop';

    // Introspection: any signed-in caller; its own types carry no rules and cost nothing to speak of.
    if (visit.introspection) {
      analysis.authenticated = true;
      return { descend: scope };
    }
    const { field } = visit;
    if (!field) return 'skip'; // __typename
    const requirements = need(`${visit.parent.name}.${field.name}`, visit.path);
    if (isInterfaceType(visit.parent)) {
      for (const impl of schema.getPossibleTypes(visit.parent)) requirements.push(...need(`${impl.name}.${field.name}`, visit.path));
    }
    const chain = [...scope.chain, { key: visit.node.alias?.value ?? field.name, type: field.type, parent: visit.parent }];
    if (requirements.length > 0) analysis.ruledFields.push({ node: visit.node, chain, requirements });
    const page = pageSpec(visit.node);
    const isList = isListType(getNullableType(field.type));
    // A list takes its own page size, or the one its parent page set, or the default.
    let { times, sizes } = scope;
    if (isList) {
      const size = [page, scope.pendingPage].filter((spec): spec is PageSpec => spec !== undefined);
      if (size.length === 0 || typeof size[0] === 'number') times *= sizeOf(size, variables);
      else sizes = [...sizes, size];
    }
    if (sizes.length === 0) analysis.costTerms.fixed += times;
    else analysis.costTerms.terms.push({ times, sizes });
    return { descend: { times, sizes, pendingPage: isList ? undefined : page, chain } };
  });
  analysis.cost = costWith(analysis.costTerms, variables);

  // An operation stopped at a limit was not seen whole: treat it as needing a token.
  if (analysis.overLimit) analysis.authenticated = true;
  for (const [key, { requirement, paths }] of needs) {
    analysis.permissions.set(key, { module: requirement.module, action: requirement.action, paths: [...paths] });
  }
  return analysis;
}

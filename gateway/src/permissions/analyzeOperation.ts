/**
 * Everything the gateway must know about an operation before planning it, from one walk
 * (walkOperation): its size (depth, fields after fragment expansion), its estimated cost (how many
 * values it could return), whether it needs a token, and every module:action it needs with the
 * response paths that need it.
 *
 * Cost: each field costs the product of the list sizes above it. A page's `first`/`last` argument
 * (literal or variable) sizes the list below it; a list without one counts as DEFAULT_LIST_SIZE.
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
  type ValueNode,
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
}

interface CostScope {
  /** How many times a value at this level repeats. */
  times: number;
  /** A page size set by a parent field (a connection's `first`) for the lists below it. */
  pendingPage: number | undefined;
  chain: FieldChain;
}

/**
 * The variables an analysis reads: page sizes given by a variable, and the conditions of @skip and
 * @include (walkOperation). Every other variable (an id, a date, an input) leaves the analysis as
 * it is, so the analysis cache keys by these alone (authorizeOperation).
 */
export function variablesReadByAnalysis(document: DocumentNode): string[] {
  const read = new Set<string>();
  const add = (value: ValueNode) => {
    if (value.kind === Kind.VARIABLE) read.add(value.name.value);
  };
  visit(document, {
    Field: (field) => field.arguments?.forEach((a) => PAGE_ARGUMENTS.includes(a.name.value) && add(a.value)),
    Directive: (directive) => {
      if (directive.name.value === 'skip' || directive.name.value === 'include') directive.arguments?.forEach((a) => add(a.value));
    },
  });
  return [...read].sort();
}

function pageSize(field: FieldNode, variables: Record<string, unknown>): number | undefined {
  const arg = field.arguments?.find((a) => PAGE_ARGUMENTS.includes(a.name.value));
  if (!arg) return undefined;
  const { value } = arg;
  const n = value.kind === Kind.INT ? Number(value.value) : value.kind === Kind.VARIABLE ? variables[value.name.value] : undefined;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
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

  walkOperation<CostScope>(schema, document, operation, variables, { times: 1, pendingPage: undefined, chain: [] }, (visit, scope) => {
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
    const page = pageSize(visit.node, variables);
    const isList = isListType(getNullableType(field.type));
    // A list takes its own page size, or the one its parent page set, or the default.
    const times = scope.times * (isList ? (page ?? scope.pendingPage ?? DEFAULT_LIST_SIZE) : 1);
    analysis.cost += times;
    return { descend: { times, pendingPage: isList ? undefined : page, chain } };
  });

  // An operation stopped at a limit was not seen whole: treat it as needing a token.
  if (analysis.overLimit) analysis.authenticated = true;
  for (const [key, { requirement, paths }] of needs) {
    analysis.permissions.set(key, { module: requirement.module, action: requirement.action, paths: [...paths] });
  }
  return analysis;
}

/**
 * Static composition (no network, no rover): the subgraphs' SDL -> the supergraph SDL the
 * gateway loads. The URLs written into the supergraph are placeholders; the gateway takes the
 * real ones from its configuration at start.
 *
 * Before composing, each subgraph's type-level `@module` is written onto the fields of the same
 * type block that carry none (and removed from the type), so the supergraph holds a rule per field
 * and a rule never crosses from one subgraph (or module) to fields another one wrote: a field a
 * subgraph adds to another's entity without its own `@module` ends up with no rule, and the
 * gateway refuses to start. An entity may carry a type-level `@module` in one subgraph only (its
 * owner's).
 *
 * Where `Node` is composed (identity), every entity keyed by `id` must implement it.
 */
import { composeServices } from '@apollo/composition';
import {
  Kind,
  parse,
  print,
  visit,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import { isModuleDirective as isModule, moduleRulesOf } from '@syncad/platform';
import { describeRequirements } from '../permissions/describeRequirements';

export interface SubgraphSdl {
  name: string;
  sdl: string;
}

export class CompositionError extends Error {
  constructor(readonly problems: string[]) {
    super(`supergraph composition failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

/** A placeholder that can never be reached by accident. */
export function placeholderUrl(name: string): string {
  return `http://${name}.subgraph.invalid/graphql`;
}

const isKey = (d: ConstDirectiveNode) => d.name.value === 'key';

/** Moves each type block's @module onto its fields without one; returns the entities that carried one. */
function rulesOnFields(doc: DocumentNode): { doc: DocumentNode; ruledEntities: string[] } {
  const ruledEntities: string[] = [];
  const pushDown = (node: {
    name: { value: string };
    directives?: readonly ConstDirectiveNode[];
    fields?: readonly FieldDefinitionNode[];
  }) => {
    const typeRules = (node.directives ?? []).filter(isModule);
    if (typeRules.length === 0) return undefined;
    if ((node.directives ?? []).some(isKey)) ruledEntities.push(node.name.value);
    return {
      ...node,
      directives: (node.directives ?? []).filter((d) => !isModule(d)),
      fields: (node.fields ?? []).map((f) =>
        (f.directives ?? []).some(isModule) ? f : { ...f, directives: [...(f.directives ?? []), ...typeRules] },
      ),
    };
  };
  const transformed = visit(doc, {
    [Kind.OBJECT_TYPE_DEFINITION]: (node) => pushDown(node) ?? describedByOwner(node),
    [Kind.OBJECT_TYPE_EXTENSION]: pushDown,
    [Kind.INTERFACE_TYPE_DEFINITION]: pushDown,
    [Kind.INTERFACE_TYPE_EXTENSION]: pushDown,
  });
  return { doc: transformed, ruledEntities };
}

/**
 * An entity block without a type-level @module is another subgraph's entity, referenced or extended
 * here: its description and its key fields' give way to the owner's (composition would otherwise
 * pick between equally used descriptions by subgraph name).
 */
function describedByOwner(node: ObjectTypeDefinitionNode): ObjectTypeDefinitionNode | undefined {
  const key = node.directives?.find(isKey)?.arguments?.find((a) => a.name.value === 'fields')?.value;
  if (!key || key.kind !== Kind.STRING) return undefined;
  const keyFields = new Set(key.value.split(/\s+/));
  return {
    ...node,
    description: undefined,
    fields: node.fields?.map((f) => (keyFields.has(f.name.value) ? { ...f, description: undefined } : f)),
  };
}

export function composeSupergraph(subgraphs: SubgraphSdl[]): string {
  if (subgraphs.length === 0) throw new CompositionError(['there is no subgraph to compose']);
  const services = [];
  const problems: string[] = [];
  const entityOwners = new Map<string, string[]>();
  for (const s of subgraphs) {
    try {
      const { doc, ruledEntities } = rulesOnFields(parse(s.sdl));
      for (const entity of ruledEntities) entityOwners.set(entity, [...(entityOwners.get(entity) ?? []), s.name]);
      services.push({ name: s.name, url: placeholderUrl(s.name), typeDefs: parse(print(doc)) });
    } catch (err) {
      problems.push(`${s.name}: ${(err as Error).message}`);
    }
  }
  for (const [entity, owners] of entityOwners) {
    if (owners.length > 1) {
      problems.push(
        `${entity} carries a type-level @module in ${owners.join(' and ')}: only the subgraph that owns an entity may; the others put @module on each field they add`,
      );
    }
  }
  if (problems.length > 0) throw new CompositionError(problems);
  const result = composeServices(services);
  if (result.errors) {
    throw new CompositionError(result.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`));
  }
  const notNodes = entitiesKeyedByIdNotNodes(result.supergraphSdl);
  if (notNodes.length > 0) {
    throw new CompositionError(
      notNodes.map((t) => `${t} is an entity keyed by id, so its id is a global id: list it as a Node in identity's nodes module`),
    );
  }
  return withRequiresLines(result.supergraphSdl);
}

/**
 * The object types some subgraph keys by `id` that do not implement Node (the kit seals such ids,
 * so `node(id:)` must answer them). A composition without identity (a subgraph's own tests) has no Node.
 */
function entitiesKeyedByIdNotNodes(supergraphSdl: string): string[] {
  const keyedById = (d: ConstDirectiveNode) =>
    d.name.value === 'join__type' &&
    d.arguments?.some((a) => a.name.value === 'key' && a.value.kind === Kind.STRING && a.value.value === 'id');
  const { definitions } = parse(supergraphSdl);
  if (!definitions.some((def) => def.kind === Kind.INTERFACE_TYPE_DEFINITION && def.name.value === 'Node')) return [];
  return definitions
    .filter((def) => def.kind === Kind.OBJECT_TYPE_DEFINITION)
    .filter((def) => def.directives?.some(keyedById) && !def.interfaces?.some((i) => i.name.value === 'Node'))
    .map((def) => def.name.value);
}

/** Appends each ruled field's "Requires: ..." line to its description. */
function withRequiresLines(supergraphSdl: string): string {
  const doc = visit(parse(supergraphSdl), {
    [Kind.FIELD_DEFINITION](field) {
      const rules = moduleRulesOf(field.directives);
      if (rules.length === 0) return undefined;
      const own = field.description?.value.trim();
      const line = describeRequirements(rules);
      return { ...field, description: { kind: Kind.STRING, value: own ? `${own}\n\n${line}` : line, block: true } };
    },
  });
  return `${print(doc)}\n`;
}

/**
 * Builds the permission rule of every field of the API schema from the supergraph's `@module`
 * directives (the executable API schema has no trace of them, so they are read from the core
 * supergraph SDL). A field's own directives win, otherwise its type's apply. Any field left
 * without a rule, or a rule naming an unknown action, makes the gateway refuse to start.
 */
import {
  Kind,
  isInterfaceType,
  isObjectType,
  parse,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { ACTIONS, PUBLIC_MODULE, SELF_MODULE, type Requirement, type RuleMap } from './Requirement';

const PERMISSIONS_SPEC = 'https://syncad.dev/permissions/';

export class PermissionRulesError extends Error {
  constructor(readonly problems: string[]) {
    super(`refusing to start (deny by default): ${problems.length} permission rule problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PermissionRulesError';
  }
}

/** The directive's name in the supergraph: `@module` unless the @link imports it under another name. */
function moduleDirectiveName(doc: DocumentNode): string | null {
  for (const def of doc.definitions) {
    if (def.kind !== Kind.SCHEMA_DEFINITION && def.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const d of def.directives ?? []) {
      if (d.name.value !== 'link') continue;
      const args = Object.fromEntries((d.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
      if (typeof args.url !== 'string' || !args.url.startsWith(PERMISSIONS_SPEC)) continue;
      for (const imp of (args.import as unknown[]) ?? []) {
        if (imp === '@module') return 'module';
        const named = imp as { name?: string; as?: string };
        if (named?.name === '@module') return (named.as ?? '@module').replace(/^@/, '');
      }
    }
  }
  return null;
}

function requirementsOf(directives: readonly ConstDirectiveNode[] | undefined, name: string): Requirement[] {
  return (directives ?? [])
    .filter((d) => d.name.value === name)
    .map((d) => {
      const args = Object.fromEntries((d.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
      return { module: String(args.name), action: String(args.action) };
    });
}

function invalid(r: Requirement): boolean {
  if (r.module === PUBLIC_MODULE || r.module === SELF_MODULE) return false;
  return r.module === '' || !(ACTIONS as readonly string[]).includes(r.action);
}

export function buildRuleMap(coreSupergraphSdl: string, apiSchema: GraphQLSchema): RuleMap {
  const doc = parse(coreSupergraphSdl);
  const directive = moduleDirectiveName(doc);
  const typeRules = new Map<string, Requirement[]>();
  const fieldRules = new Map<string, Requirement[]>();
  if (directive) {
    for (const def of doc.definitions) {
      if (
        def.kind !== Kind.OBJECT_TYPE_DEFINITION &&
        def.kind !== Kind.OBJECT_TYPE_EXTENSION &&
        def.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
        def.kind !== Kind.INTERFACE_TYPE_EXTENSION
      ) {
        continue;
      }
      const type = def.name.value;
      typeRules.set(type, [...(typeRules.get(type) ?? []), ...requirementsOf(def.directives, directive)]);
      for (const field of def.fields ?? []) {
        const own = requirementsOf(field.directives, directive);
        if (own.length > 0) fieldRules.set(`${type}.${field.name.value}`, own);
      }
    }
  }

  const rules = new Map<string, readonly Requirement[]>();
  const problems: string[] = [];
  if (!directive) problems.push(`the supergraph does not link ${PERMISSIONS_SPEC}... (@module): no field has a rule`);
  for (const type of Object.values(apiSchema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.keys(type.getFields())) {
      const coordinate = `${type.name}.${field}`;
      const rule = fieldRules.get(coordinate) ?? typeRules.get(type.name) ?? [];
      if (rule.length === 0) {
        problems.push(`${coordinate} has no @module rule`);
        continue;
      }
      for (const r of rule.filter(invalid)) {
        problems.push(`${coordinate} has @module(name: "${r.module}", action: "${r.action}"): action must be one of ${ACTIONS.join(', ')}`);
      }
      rules.set(coordinate, rule);
    }
  }
  if (problems.length > 0) throw new PermissionRulesError(problems);
  return rules;
}

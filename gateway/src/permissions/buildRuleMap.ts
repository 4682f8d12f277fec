/**
 * Builds the permission rule of every field of the API schema from the supergraph's field-level
 * `@module` directives (composeSupergraph has already given each field its type's rule, within
 * the subgraph that wrote them; the executable API schema has no trace of directives, so they are
 * read from the core supergraph SDL). The gateway refuses to start, naming each field, when a
 * field has no rule, or names an unknown module or an action other than read/write/delete.
 */
import { Kind, parse, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { moduleRulesOf } from '@syncad/platform';
import { BUILTIN_MODULES, PERMISSION_ACTIONS, PUBLIC_MODULE, SELF_MODULE } from '@syncad/shared-db';
import type { Requirement, RuleMap } from './rules';

const KNOWN_MODULES: ReadonlySet<string> = new Set([PUBLIC_MODULE, SELF_MODULE, ...BUILTIN_MODULES.map((m) => m.name)]);

export class PermissionRulesError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `refusing to start (deny by default): ${problems.length} permission rule problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'PermissionRulesError';
  }
}

function problemOf(r: Requirement): string | null {
  if (!KNOWN_MODULES.has(r.module)) return `names an unknown module "${r.module}" (known: ${[...KNOWN_MODULES].join(', ')})`;
  if (!(PERMISSION_ACTIONS as readonly string[]).includes(r.action)) {
    return `has @module(name: "${r.module}", action: "${r.action}"): action must be one of ${PERMISSION_ACTIONS.join(', ')}`;
  }
  return null;
}

export function buildRuleMap(coreSupergraphSdl: string, apiSchema: GraphQLSchema): RuleMap {
  const fieldRules = new Map<string, Requirement[]>();
  // A composed supergraph defines each type once, never as an extension (a field found nowhere
  // here has no rule, so the gateway would refuse to start: deny by default).
  for (const def of parse(coreSupergraphSdl).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    for (const field of def.fields ?? []) fieldRules.set(`${def.name.value}.${field.name.value}`, moduleRulesOf(field.directives));
  }

  const rules = new Map<string, readonly Requirement[]>();
  const problems: string[] = [];
  for (const type of Object.values(apiSchema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.keys(type.getFields())) {
      const coordinate = `${type.name}.${field}`;
      const rule = fieldRules.get(coordinate) ?? [];
      if (rule.length === 0) {
        problems.push(`${coordinate} has no @module rule (a field one subgraph adds to another's type needs its own)`);
        continue;
      }
      for (const problem of rule.map(problemOf)) if (problem) problems.push(`${coordinate} ${problem}`);
      rules.set(coordinate, rule);
    }
  }
  if (problems.length > 0) throw new PermissionRulesError(problems);
  return rules;
}

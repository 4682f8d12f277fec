/**
 * The one reader of the `@module(name:, action:)` directive (subgraphs/kit/MODULE_DIRECTIVE.md):
 * composition, the gateway's rule map and the subgraph contract test all read rules through it.
 */
import { valueFromASTUntyped, type ConstDirectiveNode } from 'graphql';

/** What one `@module` directive asks: a permission module and an action (read, write or delete). */
export interface ModuleRule {
  module: string;
  action: string;
}

export function isModuleDirective(directive: ConstDirectiveNode): boolean {
  return directive.name.value === 'module';
}

/** The rules of the `@module` directives among `directives`, in order (a missing argument reads as ""). */
export function moduleRulesOf(directives: readonly ConstDirectiveNode[] | undefined): ModuleRule[] {
  return (directives ?? []).filter(isModuleDirective).map((d) => {
    const args = Object.fromEntries((d.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
    return { module: typeof args.name === 'string' ? args.name : '', action: typeof args.action === 'string' ? args.action : '' };
  });
}

import type { ModuleRule } from '@syncad/platform';

/** What a field needs: all of its `@module(name, action)` directives. */
export type Requirement = ModuleRule;

/** Schema coordinate ("Type.field") -> the requirements of that field. */
export type RuleMap = ReadonlyMap<string, readonly Requirement[]>;

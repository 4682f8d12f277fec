/** What a field needs, from its `@module(name, action)` directives (all of them are required). */
export interface Requirement {
  module: string;
  action: string;
}

/** Schema coordinate ("Type.field") -> the requirements of that field. */
export type RuleMap = ReadonlyMap<string, readonly Requirement[]>;

/** `@module(name: "public")`: anyone, no token. */
export const PUBLIC_MODULE = 'public';
/** `@module(name: "self")`: any valid token. */
export const SELF_MODULE = 'self';
/** The flags of Role_Module_Permission. */
export const ACTIONS = ['read', 'write', 'delete'] as const;

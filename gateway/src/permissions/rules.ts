/** What a field needs: all of its `@module(name, action)` directives. */
export interface Requirement {
  module: string;
  action: string;
}

/** Schema coordinate ("Type.field") -> the requirements of that field. */
export type RuleMap = ReadonlyMap<string, readonly Requirement[]>;

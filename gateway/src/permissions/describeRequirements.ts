/** A field's rule in words, as the last line of its description: what introspection tells an integrator. */
import { PUBLIC_MODULE, SELF_MODULE } from '@syncad/shared-db';
import type { Requirement } from './rules';

export function describeRequirements(rules: readonly Requirement[]): string {
  const flags = [
    ...new Set(rules.filter((r) => r.module !== PUBLIC_MODULE && r.module !== SELF_MODULE).map((r) => `${r.module}:${r.action}`)),
  ].sort();
  if (flags.length > 0) return `Requires: ${flags.join(', ')}`;
  return rules.some((r) => r.module === SELF_MODULE) ? 'Requires: sign-in' : 'Public';
}

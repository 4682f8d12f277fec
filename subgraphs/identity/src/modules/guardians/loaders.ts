/** The guardians module's DataLoaders: each student's guardians, from one statement per request. */
import { loaderOfGroups, type RequestContext } from '@syncad/subgraph-kit';
import type { IdentityContext } from '../../context';
import { guardianService } from './guardianService';

export function guardianLoaders(ctx: RequestContext) {
  return {
    guardiansOf: loaderOfGroups(
      (ids) => guardianService.guardiansOf(ctx as IdentityContext, ids),
      (g) => g.studentId,
    ),
  };
}

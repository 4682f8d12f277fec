/**
 * Self-scoping: a STUDENT-role caller (caller.selfScoped) sees only the student linked to their
 * user, and staff-only writes refuse them whatever their module flags say.
 */
import { AppError } from '@syncad/subgraph-kit';
import type { AcademicsContext } from '../context';
import type { StudentRow } from '../data/rows';

export const scope = {
  /** For SQL filters: the caller's user id when self-scoped, else undefined (no filter). */
  ownUserId(ctx: AcademicsContext): string | undefined {
    return ctx.caller.selfScoped ? ctx.caller.userId : undefined;
  },

  /** The row if the caller may see it, else null (another student's row looks like no row). */
  visible(ctx: AcademicsContext, row: StudentRow | null): StudentRow | null {
    if (!row) return null;
    return ctx.caller.selfScoped && row.userId !== ctx.caller.userId ? null : row;
  },

  assertStaff(ctx: AcademicsContext, action: string): void {
    if (ctx.caller.selfScoped) throw AppError.forbidden(`a student account cannot ${action}`);
  },
};

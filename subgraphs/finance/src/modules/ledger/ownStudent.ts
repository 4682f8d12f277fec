/** The SQL filter that keeps a self-scoped caller (a STUDENT) to their own student's rows. */
import type { SchoolRequestContext } from '@syncad/subgraph-kit';

/**
 * undefined: staff, no filter. A string: only that student's rows. null: a STUDENT login linked to
 * no student, who sees nothing.
 */
export type StudentFilter = string | null | undefined;

export async function ownStudentFilter(ctx: SchoolRequestContext): Promise<StudentFilter> {
  return ctx.caller.selfScoped ? ctx.ownStudentId() : undefined;
}

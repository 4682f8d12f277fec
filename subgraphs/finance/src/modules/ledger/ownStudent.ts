/**
 * The SQL filter that keeps a self-scoped caller (a STUDENT, a GUARDIAN) to their own students'
 * rows (the kit's ownStudentFilter): undefined for staff, no filter; else only those students'
 * rows (none for an empty list: a login linked to no student sees nothing).
 */
export type StudentFilter = readonly string[] | undefined;

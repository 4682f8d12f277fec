/**
 * The permission modules: the names `@module(name:)` may use and the rows of the Module table.
 * One list for the migrations (which seed it), the gateway (which refuses a schema naming any
 * other module) and the subgraphs' module folders.
 */
export const BUILTIN_MODULES = [
  { name: 'student', description: 'Student records, classes and class history' },
  { name: 'attendance', description: 'Daily attendance' },
  { name: 'exam', description: 'Exams, results and grading' },
  { name: 'fee', description: 'Fee structures, the fee ledger, balances and receipts' },
  { name: 'transport', description: 'Buses, routes, stops, trips and boarding marks' },
  { name: 'library', description: 'Books, copies and issues/returns' },
  { name: 'announcement', description: 'School and class announcements' },
  { name: 'leave', description: 'Leave applications and decisions' },
  { name: 'message', description: 'Message threads' },
  { name: 'user', description: 'Users, roles and permissions of the school' },
  // Read only: the database writes the trail; nobody writes or deletes it, so no role holds those flags.
  { name: 'audit', description: 'The audit trail: who changed which record, before and after', readOnly: true },
] as const;

/** Modules whose write and delete flags guard nothing (see the delete-operations contract test). */
export const READ_ONLY_MODULES: readonly string[] = BUILTIN_MODULES.filter((m) => 'readOnly' in m && m.readOnly).map((m) => m.name);

export type ModuleName = (typeof BUILTIN_MODULES)[number]['name'];

/**
 * The roles every school gets (their flags are in migrations' builtinRoles). A school may tune their
 * flags but never rename or delete them; the roles it creates itself take other names.
 */
export const BUILTIN_ROLE_NAMES = [
  'SCHOOL_ADMIN',
  'TEACHER',
  'ACCOUNTANT',
  'TRANSPORT_MANAGER',
  'LIBRARIAN',
  'STUDENT',
  'GUARDIAN',
] as const;
export type BuiltinRoleName = (typeof BUILTIN_ROLE_NAMES)[number];

/** `@module(name: "public")`: anyone, no token (login, refreshToken). */
export const PUBLIC_MODULE = 'public';
/** `@module(name: "self")`: any valid token (me, logout). */
export const SELF_MODULE = 'self';

/** The flags of Role_Module_Permission, i.e. the actions a `@module` may name. */
export const PERMISSION_ACTIONS = ['read', 'write', 'delete'] as const;
export type PermissionAction = (typeof PERMISSION_ACTIONS)[number];

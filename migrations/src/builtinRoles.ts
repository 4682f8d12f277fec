import { BUILTIN_MODULES, READ_ONLY_MODULES, type BuiltinRoleName, type ModuleName } from '@syncad/shared-db';

export { BUILTIN_MODULES, type ModuleName };

/**
 * The built-in roles every new school gets (the modules they are granted on live in shared-db).
 * Flags are defaults: a school admin may tune them later. Every role carries a row for every
 * module (missing flags are false) so "no access" is explicit, never an absent row.
 */
export interface ModuleDefinition {
  name: string;
  description: string;
}

export interface PermissionFlags {
  read: boolean;
  write: boolean;
  delete: boolean;
}

export interface BuiltinRole {
  name: string;
  description: string;
  isSelfScoped: boolean;
  /** One entry per module in BUILTIN_MODULES. */
  permissions: Record<ModuleName, PermissionFlags>;
}

const R = { read: true, write: false, delete: false };
const RW = { read: true, write: true, delete: false };
const RWD = { read: true, write: true, delete: true };
const NONE = { read: false, write: false, delete: false };

function role(
  name: BuiltinRoleName,
  description: string,
  grants: Partial<Record<ModuleName, PermissionFlags>>,
  isSelfScoped = false,
): BuiltinRole {
  const permissions = Object.fromEntries(BUILTIN_MODULES.map((m) => [m.name, { ...(grants[m.name] ?? NONE) }])) as Record<
    ModuleName,
    PermissionFlags
  >;
  return { name, description, isSelfScoped, permissions };
}

export const BUILTIN_ROLES: readonly BuiltinRole[] = [
  role(
    'SCHOOL_ADMIN',
    'Runs the school: every module, every action',
    Object.fromEntries(BUILTIN_MODULES.map((m) => [m.name, READ_ONLY_MODULES.includes(m.name) ? R : RWD])),
  ),
  role('TEACHER', 'Teaches classes: marks attendance, enters results, posts announcements', {
    student: R,
    attendance: RW,
    exam: RW,
    announcement: RW,
    leave: RW,
    message: RW,
    library: R,
    // No transport: a manifest lists every rider's stop and guardian's phone. A school grants it to the teachers who need it.
  }),
  // The ledger is append-only (a correction is a reversal voucher), so no fee delete.
  role('ACCOUNTANT', 'Keeps the fee ledger: charges, payments, discounts', { student: R, fee: RW }),
  role('TRANSPORT_MANAGER', 'Runs buses, routes and trips', { student: R, transport: RWD }),
  role('LIBRARIAN', 'Runs the library', { student: R, library: RWD }),
  role(
    'STUDENT',
    'A student: reads only their own records',
    {
      student: R,
      attendance: R,
      exam: R,
      fee: R,
      transport: R,
      library: R,
      announcement: R,
      leave: RW,
      message: RW,
    },
    true,
  ),
  // What a student reads about themselves, a guardian reads about each child they are linked to.
  role(
    'GUARDIAN',
    "A guardian: reads only their own children's records",
    {
      student: R,
      attendance: R,
      exam: R,
      fee: R,
      transport: R,
      library: R,
      announcement: R,
      leave: RW,
      message: RW,
    },
    true,
  ),
];

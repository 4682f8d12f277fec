/**
 * The first SCHOOL_ADMIN of a newly provisioned school (`school:create --admin-email`): without
 * one, nobody could sign in to the school to create its other users. A new user is created with
 * the given password. An existing account is linked only when the operator says so
 * (`--link-existing`): its owner, whoever made it (another school's admin can create accounts),
 * becomes this school's admin with their own password, so a silent link would hand them the school.
 */
import { hash } from '@node-rs/argon2';
import { central, contactFormat, createCentralDb, schoolIdOf } from '@syncad/shared-db';
import { and, eq } from 'drizzle-orm';
import { ProvisionError } from './provisionError';

export interface SchoolAdminInput {
  email: string;
  /** Required when no user has this email yet; at least 8 characters. */
  password?: string;
  /** The operator's explicit consent to make an existing account (with its own password) the admin. */
  linkExisting?: boolean;
}

/** Checked before the school is provisioned, so a typo leaves no admin-less school behind. */
export function validateSchoolAdmin(input: SchoolAdminInput): SchoolAdminInput {
  // The normal form identity stores and logs in with, so the new admin can sign in.
  const email = contactFormat.email(input.email);
  if (email === null) throw new ProvisionError('BAD_USER_INPUT', `admin email "${input.email}" is not an email address`);
  if (input.password !== undefined && input.password.length < 8) {
    throw new ProvisionError('BAD_USER_INPUT', 'the admin password must be at least 8 characters');
  }
  return { email, password: input.password, linkExisting: input.linkExisting ?? false };
}

const existsAlready = (email: string) =>
  new ProvisionError(
    'CONFLICT',
    `an account with the email ${email} exists already: linking it makes its owner, with their own password, an admin of the school. ` +
      'If that is who you mean, run again with --link-existing (no password is set or changed)',
  );

const nothingToLink = (email: string) =>
  new ProvisionError('BAD_USER_INPUT', `--link-existing: no account has the email ${email} (leave the flag out to create one)`);

const noSuchUser = (email: string) =>
  new ProvisionError(
    'BAD_USER_INPUT',
    `no user has the email ${email}: give a password to create one (school:create --admin-password, school:add-admin --password, or SYNCAD_ADMIN_PASSWORD)`,
  );

/**
 * Refuses, before anything is created, an admin who is no user yet and has no password to become
 * one, and an existing account the operator did not say to link (so school:create never leaves
 * a school without its admin).
 */
export async function assertSchoolAdminPossible(centralUrl: string, input: SchoolAdminInput): Promise<void> {
  const { email, password, linkExisting } = validateSchoolAdmin(input);
  const handle = createCentralDb(centralUrl, 1);
  try {
    const [existing] = await handle.db.select({ id: central.User.id }).from(central.User).where(eq(central.User.email, email));
    if (existing && !linkExisting) throw existsAlready(email);
    if (!existing && linkExisting) throw nothingToLink(email);
    if (!existing && password === undefined) throw noSuchUser(email);
  } finally {
    await handle.close();
  }
}

/** Makes the user with `input.email` (created when missing) a SCHOOL_ADMIN of the school `schoolRef` (its id or subdomain). */
export async function addSchoolAdmin(
  centralUrl: string,
  schoolRef: string,
  input: SchoolAdminInput,
): Promise<{ userId: string; created: boolean; schoolId: string }> {
  const { email, password, linkExisting } = validateSchoolAdmin(input);
  const handle = createCentralDb(centralUrl, 1);
  try {
    return await handle.db.transaction(async (tx) => {
      const schoolId = await schoolIdOf(tx, schoolRef);
      if (!schoolId) throw new ProvisionError('NOT_FOUND', `no school has the id or subdomain "${schoolRef}"`);
      const [adminRole] = await tx
        .select({ id: central.Role.id })
        .from(central.Role)
        .where(and(eq(central.Role.schoolId, schoolId), eq(central.Role.name, 'SCHOOL_ADMIN')));
      if (!adminRole) throw new ProvisionError('CONFLICT', `school "${schoolRef}" has no SCHOOL_ADMIN role`);
      const [existing] = await tx.select({ id: central.User.id }).from(central.User).where(eq(central.User.email, email));
      if (existing && !linkExisting) throw existsAlready(email);
      if (!existing && linkExisting) throw nothingToLink(email);
      let userId = existing?.id;
      if (!userId) {
        if (password === undefined) throw noSuchUser(email);
        const [row] = await tx
          .insert(central.User)
          .values({ email, passwordHash: await hash(password), firstName: 'School', lastName: 'Administrator' })
          .returning({ id: central.User.id });
        userId = row.id;
      }
      // A member already (in another role) becomes the admin; an admin stays one.
      await tx
        .insert(central.EmployeeUserSchool)
        .values({ userId, schoolId, roleId: adminRole.id })
        .onConflictDoUpdate({
          target: [central.EmployeeUserSchool.userId, central.EmployeeUserSchool.schoolId],
          set: { roleId: adminRole.id, isActive: true },
        });
      return { userId, created: !existing, schoolId };
    });
  } finally {
    await handle.close();
  }
}

/** An existing account linked as admin: said so it cannot be missed. */
export function linkedLoudly(email: string, userId: string, school: string): string {
  return [
    '!'.repeat(72),
    `!! LINKED AN EXISTING ACCOUNT: ${email} (user=${userId}) is now a SCHOOL_ADMIN of ${school}.`,
    '!! It signs in with its own password (none was set or changed). Check that this is who you meant.',
    '!'.repeat(72),
  ].join('\n');
}

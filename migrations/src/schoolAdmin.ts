/**
 * The first SCHOOL_ADMIN of a newly provisioned school (`school:create --admin-email`): without
 * one, nobody could sign in to the school to create its other users. An existing user (an
 * operator who runs several schools) is linked; a new one is created with the given password.
 */
import { hash } from '@node-rs/argon2';
import { central, contactFormat, createCentralDb } from '@syncad/shared-db';
import { eq } from 'drizzle-orm';
import { ProvisionError } from './provisionError';

export interface SchoolAdminInput {
  email: string;
  /** Required when no user has this email yet; at least 8 characters. */
  password?: string;
}

/** Checked before the school is provisioned, so a typo leaves no admin-less school behind. */
export function validateSchoolAdmin(input: SchoolAdminInput): SchoolAdminInput {
  // The normal form identity stores and logs in with, so the new admin can sign in.
  const email = contactFormat.email(input.email);
  if (email === null) throw new ProvisionError('BAD_USER_INPUT', `admin email "${input.email}" is not an email address`);
  if (input.password !== undefined && input.password.length < 8) {
    throw new ProvisionError('BAD_USER_INPUT', 'the admin password must be at least 8 characters');
  }
  return { email, password: input.password };
}

export async function addSchoolAdmin(
  centralUrl: string,
  school: { id: string; roles: Record<string, string> },
  input: SchoolAdminInput,
): Promise<{ userId: string; created: boolean }> {
  const { email, password } = validateSchoolAdmin(input);
  const handle = createCentralDb(centralUrl, 1);
  try {
    return await handle.db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: central.User.id }).from(central.User).where(eq(central.User.email, email));
      let userId = existing?.id;
      if (!userId) {
        if (password === undefined) {
          throw new ProvisionError('BAD_USER_INPUT', `no user has the email ${email}: give --admin-password to create one`);
        }
        const [row] = await tx
          .insert(central.User)
          .values({ email, passwordHash: await hash(password), firstName: 'School', lastName: 'Administrator' })
          .returning({ id: central.User.id });
        userId = row.id;
      }
      await tx
        .insert(central.EmployeeUserSchool)
        .values({ userId, schoolId: school.id, roleId: school.roles.SCHOOL_ADMIN })
        .onConflictDoNothing();
      return { userId, created: !existing };
    });
  } finally {
    await handle.close();
  }
}

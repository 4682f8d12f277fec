/** SQL on User for signing in: credentials by login, accepting an invitation, and a user's own profile. */
import { central, type CentralExecutor } from '@syncad/shared-db';
import { and, eq, inArray } from 'drizzle-orm';

const { User, EmployeeUserSchool } = central;

/** A user's own profile, whatever school they look from. */
export interface Profile {
  id: string;
  email: string | null;
  phone: string | null;
  firstName: string;
  lastName: string | null;
  isActive: boolean;
  createdAt: Date;
}

export interface Credentials {
  id: string;
  passwordHash: string;
  isActive: boolean;
}

const profileColumns = {
  id: User.id,
  email: User.email,
  phone: User.phone,
  firstName: User.firstName,
  lastName: User.lastName,
  isActive: User.isActive,
  createdAt: User.createdAt,
};

export const accountData = {
  /** The person signed in to the school that invited their account: the membership takes effect, with their own profile. */
  async acceptInvitation(db: CentralExecutor, userId: string, schoolId: string): Promise<void> {
    await db
      .update(EmployeeUserSchool)
      .set({ invitedAt: null, invitedProfile: null })
      .where(and(eq(EmployeeUserSchool.userId, userId), eq(EmployeeUserSchool.schoolId, schoolId)));
  },

  profilesByIds(db: CentralExecutor, ids: readonly string[]): Promise<Profile[]> {
    return db
      .select(profileColumns)
      .from(User)
      .where(inArray(User.id, [...ids]));
  },

  async credentialsByLogin(db: CentralExecutor, login: { email: string } | { phone: string }): Promise<Credentials | undefined> {
    const where = 'email' in login ? eq(User.email, login.email) : eq(User.phone, login.phone);
    const [row] = await db.select({ id: User.id, passwordHash: User.passwordHash, isActive: User.isActive }).from(User).where(where);
    return row;
  },
};

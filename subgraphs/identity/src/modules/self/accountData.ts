/** SQL on User for signing in: credentials by login, accepting an invitation, and a user's own profile. */
import { central, type CentralExecutor } from '@syncad/shared-db';
import { and, eq, sql } from 'drizzle-orm';
import { rowsByIds } from '@syncad/subgraph-kit';

const { User, EmployeeUserSchool } = central;

export interface Credentials {
  id: string;
  passwordHash: string;
  isActive: boolean;
  /** An admin reset the password: it signs in only together with a new one. */
  mustChangePassword: boolean;
}

const credentialColumns = {
  id: User.id,
  passwordHash: User.passwordHash,
  isActive: User.isActive,
  mustChangePassword: User.mustChangePassword,
};

export const accountData = {
  /** The person signed in to the school that invited their account: the membership takes effect, with their own profile. */
  async acceptInvitation(db: CentralExecutor, userId: string, schoolId: string): Promise<void> {
    await db
      .update(EmployeeUserSchool)
      .set({ invitedAt: null, invitedProfile: null })
      .where(and(eq(EmployeeUserSchool.userId, userId), eq(EmployeeUserSchool.schoolId, schoolId)));
  },

  /** By id (a loader's batch): one named statement whatever the count. */
  profilesByIds: rowsByIds('identity_profiles_by_ids', User, ['passwordHash', 'mustChangePassword', 'updatedAt']),

  async credentialsByLogin(db: CentralExecutor, login: { email: string } | { phone: string }): Promise<Credentials | undefined> {
    const where = 'email' in login ? eq(User.email, login.email) : eq(User.phone, login.phone);
    const [row] = await db.select(credentialColumns).from(User).where(where);
    return row;
  },

  async credentialsById(db: CentralExecutor, userId: string): Promise<Credentials | undefined> {
    const [row] = await db.select(credentialColumns).from(User).where(eq(User.id, userId));
    return row;
  },

  /** Replaces the password; `mustChange` makes it a one-time password (an admin's reset). */
  async setPassword(db: CentralExecutor, userId: string, passwordHash: string, mustChange: boolean): Promise<void> {
    await db
      .update(User)
      .set({ passwordHash, mustChangePassword: mustChange, updatedAt: sql`now()` })
      .where(eq(User.id, userId));
  },
};

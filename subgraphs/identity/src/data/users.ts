/** SQL on User (with the school membership that makes a user visible to a school). */
import { central } from '@syncad/shared-db';
import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import type { CentralExecutor } from './CentralExecutor';

const { User, EmployeeUserSchool } = central;

/** A user as one school sees them: never the password hash. */
export interface SchoolUser {
  id: string;
  email: string | null;
  phone: string | null;
  firstName: string;
  lastName: string | null;
  /** The user is active and so is their membership of the school. */
  isActive: boolean;
  createdAt: Date;
  roleId: string;
}

/** A user's own profile, whatever school they look from. */
export type Profile = Omit<SchoolUser, 'roleId'>;

export interface Credentials {
  id: string;
  passwordHash: string;
  isActive: boolean;
}

export interface NewUser {
  email: string | null;
  phone: string | null;
  firstName: string;
  lastName: string | null;
  passwordHash: string;
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

const schoolUserColumns = {
  ...profileColumns,
  isActive: sql<boolean>`(${User.isActive} AND ${EmployeeUserSchool.isActive})`,
  roleId: EmployeeUserSchool.roleId,
};

function inSchool(db: CentralExecutor, schoolId: string) {
  return db
    .select(schoolUserColumns)
    .from(User)
    .innerJoin(EmployeeUserSchool, and(eq(EmployeeUserSchool.userId, User.id), eq(EmployeeUserSchool.schoolId, schoolId)));
}

export const users = {
  bySchoolAndIds(db: CentralExecutor, schoolId: string, ids: readonly string[]): Promise<SchoolUser[]> {
    return inSchool(db, schoolId).where(inArray(User.id, [...ids]));
  },

  /** `limit` users of the school in (createdAt, id) order, after the user `afterId` when given. */
  page(db: CentralExecutor, schoolId: string, limit: number, afterId: string | null): Promise<SchoolUser[]> {
    const after = afterId
      ? sql`(${User.createdAt}, ${User.id}) > (SELECT "createdAt", "id" FROM "User" WHERE "id" = ${afterId})`
      : undefined;
    return inSchool(db, schoolId).where(after).orderBy(asc(User.createdAt), asc(User.id)).limit(limit);
  },

  async countInSchool(db: CentralExecutor, schoolId: string): Promise<number> {
    const [row] = await db.select({ n: count() }).from(EmployeeUserSchool).where(eq(EmployeeUserSchool.schoolId, schoolId));
    return row.n;
  },

  profilesByIds(db: CentralExecutor, ids: readonly string[]): Promise<Profile[]> {
    return db.select(profileColumns).from(User).where(inArray(User.id, [...ids]));
  },

  async credentialsByLogin(db: CentralExecutor, login: { email: string } | { phone: string }): Promise<Credentials | undefined> {
    const where = 'email' in login ? eq(User.email, login.email) : eq(User.phone, login.phone);
    const [row] = await db
      .select({ id: User.id, passwordHash: User.passwordHash, isActive: User.isActive })
      .from(User)
      .where(where);
    return row;
  },

  /** Users already holding this email or phone (any school). */
  withEmailOrPhone(db: CentralExecutor, email: string | null, phone: string | null) {
    const conditions = [email ? eq(User.email, email) : undefined, phone ? eq(User.phone, phone) : undefined];
    return db.select({ email: User.email, phone: User.phone }).from(User).where(or(...conditions));
  },

  async insert(db: CentralExecutor, user: NewUser): Promise<string> {
    const [row] = await db.insert(User).values(user).returning({ id: User.id });
    return row.id;
  },
};

/**
 * SQL on User (with the school membership that makes a user visible to a school). A membership
 * still an invitation shows what the inviting admin typed and when they did, never the account's
 * own profile: a school learns nothing of an account it invited until the person signs in there.
 */
import { central, type CentralExecutor } from '@syncad/shared-db';
import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import { unrevokedUnexpired } from './apiKeyData';

const { ApiKey, User, EmployeeUserSchool } = central;

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

/** Where a user stands in the (createdAt, id) order of the users list. */
export type UserPosition = readonly [createdAt: string, id: string];

export interface NewUser {
  email: string | null;
  phone: string | null;
  firstName: string;
  lastName: string | null;
  passwordHash: string;
  /** A password someone else chose (a guardian's invitation code): its first sign-in sets a new one. */
  mustChangePassword?: boolean;
}

const invited = sql`${EmployeeUserSchool.invitedAt} IS NOT NULL`;
const shown = (column: typeof User.email | typeof User.phone | typeof User.firstName | typeof User.lastName, key: string) =>
  sql<string | null>`CASE WHEN ${invited} THEN ${EmployeeUserSchool.invitedProfile} ->> ${key} ELSE ${column} END`;
const shownCreatedAt = sql<Date>`CASE WHEN ${invited} THEN ${EmployeeUserSchool.createdAt} ELSE ${User.createdAt} END`;

const schoolUserColumns = {
  id: User.id,
  email: shown(User.email, 'email'),
  phone: shown(User.phone, 'phone'),
  firstName: sql<string>`${shown(User.firstName, 'firstName')}`,
  lastName: shown(User.lastName, 'lastName'),
  createdAt: shownCreatedAt.mapWith(User.createdAt),
  // An invited account's own state is not the school's to see.
  isActive: sql<boolean>`(CASE WHEN ${invited} THEN ${EmployeeUserSchool.isActive} ELSE ${User.isActive} AND ${EmployeeUserSchool.isActive} END)`,
  roleId: EmployeeUserSchool.roleId,
};

function inSchool(db: CentralExecutor, schoolId: string) {
  return db
    .select(schoolUserColumns)
    .from(User)
    .innerJoin(EmployeeUserSchool, and(eq(EmployeeUserSchool.userId, User.id), eq(EmployeeUserSchool.schoolId, schoolId)));
}

export const userData = {
  bySchoolAndIds(db: CentralExecutor, schoolId: string, ids: readonly string[]): Promise<SchoolUser[]> {
    return inSchool(db, schoolId).where(inArray(User.id, [...ids]));
  },

  /**
   * `limit` users of the school in (createdAt, id) order, after `position` when given. The
   * position is the exact text of createdAt (a JS Date would drop its microseconds) and the id.
   */
  page(
    db: CentralExecutor,
    schoolId: string,
    limit: number,
    after: UserPosition | null,
  ): Promise<(SchoolUser & { position: UserPosition })[]> {
    return db
      .select({ ...schoolUserColumns, createdAtText: sql<string>`(${shownCreatedAt})::text` })
      .from(User)
      .innerJoin(EmployeeUserSchool, and(eq(EmployeeUserSchool.userId, User.id), eq(EmployeeUserSchool.schoolId, schoolId)))
      .where(after ? sql`(${shownCreatedAt}, ${User.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined)
      .orderBy(asc(shownCreatedAt), asc(User.id))
      .limit(limit)
      .then((rows) => rows.map(({ createdAtText, ...user }) => ({ ...user, position: [createdAtText, user.id] as UserPosition })));
  },

  /**
   * The school's API keys with these ids, shaped as users: a key is its own principal, so what it
   * wrote (publishedBy, markedBy, ...) names it. The key's name is its first name; it has no contact.
   */
  apiKeyActors(db: CentralExecutor, schoolId: string, ids: readonly string[]): Promise<SchoolUser[]> {
    return db
      .select({
        id: ApiKey.id,
        email: sql<string | null>`NULL`,
        phone: sql<string | null>`NULL`,
        firstName: ApiKey.name,
        lastName: sql<string | null>`NULL`,
        isActive: sql<boolean>`${unrevokedUnexpired}`,
        createdAt: ApiKey.createdAt,
        roleId: ApiKey.roleId,
      })
      .from(ApiKey)
      .where(and(eq(ApiKey.schoolId, schoolId), inArray(ApiKey.id, [...ids])));
  },

  async countInSchool(db: CentralExecutor, schoolId: string): Promise<number> {
    const [row] = await db.select({ n: count() }).from(EmployeeUserSchool).where(eq(EmployeeUserSchool.schoolId, schoolId));
    return row.n;
  },

  /** Accounts already holding this email or phone (any school), with whether they are members of `schoolId`. */
  withEmailOrPhone(db: CentralExecutor, schoolId: string, email: string | null, phone: string | null) {
    const conditions = [email ? eq(User.email, email) : undefined, phone ? eq(User.phone, phone) : undefined];
    return db
      .select({
        id: User.id,
        email: User.email,
        phone: User.phone,
        // "User"."id" spelled out: Drizzle writes a lone table's columns unqualified, which inside the
        // subquery would name m's own id (and no account would ever read as a member).
        member: sql<boolean>`EXISTS (SELECT 1 FROM ${EmployeeUserSchool} m WHERE m."userId" = "User"."id" AND m."schoolId" = ${schoolId})`,
      })
      .from(User)
      .where(or(...conditions));
  },

  async setNames(db: CentralExecutor, userId: string, names: { firstName: string; lastName: string | null }): Promise<void> {
    await db
      .update(User)
      .set({ ...names, updatedAt: sql`now()` })
      .where(eq(User.id, userId));
  },

  async insert(db: CentralExecutor, user: NewUser): Promise<string> {
    const [row] = await db.insert(User).values(user).returning({ id: User.id });
    return row.id;
  },
};

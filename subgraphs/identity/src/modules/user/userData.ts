/** SQL on User (with the school membership that makes a user visible to a school). */
import { central, type CentralExecutor } from '@syncad/shared-db';
import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';

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

/** Where a user stands in the (createdAt, id) order of the users list. */
export type UserPosition = readonly [createdAt: string, id: string];

export interface NewUser {
  email: string | null;
  phone: string | null;
  firstName: string;
  lastName: string | null;
  passwordHash: string;
}

const schoolUserColumns = {
  id: User.id,
  email: User.email,
  phone: User.phone,
  firstName: User.firstName,
  lastName: User.lastName,
  createdAt: User.createdAt,
  isActive: sql<boolean>`(${User.isActive} AND ${EmployeeUserSchool.isActive})`,
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
      .select({ ...schoolUserColumns, createdAtText: sql<string>`${User.createdAt}::text` })
      .from(User)
      .innerJoin(EmployeeUserSchool, and(eq(EmployeeUserSchool.userId, User.id), eq(EmployeeUserSchool.schoolId, schoolId)))
      .where(after ? sql`(${User.createdAt}, ${User.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined)
      .orderBy(asc(User.createdAt), asc(User.id))
      .limit(limit)
      .then((rows) => rows.map(({ createdAtText, ...user }) => ({ ...user, position: [createdAtText, user.id] as UserPosition })));
  },

  async countInSchool(db: CentralExecutor, schoolId: string): Promise<number> {
    const [row] = await db.select({ n: count() }).from(EmployeeUserSchool).where(eq(EmployeeUserSchool.schoolId, schoolId));
    return row.n;
  },

  /** Users already holding this email or phone (any school). */
  withEmailOrPhone(db: CentralExecutor, email: string | null, phone: string | null) {
    const conditions = [email ? eq(User.email, email) : undefined, phone ? eq(User.phone, phone) : undefined];
    return db
      .select({ email: User.email, phone: User.phone })
      .from(User)
      .where(or(...conditions));
  },

  async insert(db: CentralExecutor, user: NewUser): Promise<string> {
    const [row] = await db.insert(User).values(user).returning({ id: User.id });
    return row.id;
  },
};

/** SQL on SavedQuery (central): a school's shared queries and each author's own. */
import { central, type CentralExecutor } from '@syncad/shared-db';
import { and, count, desc, eq, or, sql } from 'drizzle-orm';

const { SavedQuery } = central;

export type SavedQueryRow = typeof SavedQuery.$inferSelect;
export type SavedQueryValues = Pick<SavedQueryRow, 'name' | 'description' | 'query' | 'variables' | 'shared'>;

/** One school's, and of those the author's own or shared. */
const visibleTo = (schoolId: string, userId: string) =>
  and(eq(SavedQuery.schoolId, schoolId), or(eq(SavedQuery.authorId, userId), eq(SavedQuery.shared, true)));

const ownedBy = (schoolId: string, userId: string, id: string) =>
  and(eq(SavedQuery.id, id), eq(SavedQuery.schoolId, schoolId), eq(SavedQuery.authorId, userId));

export const savedQueryData = {
  visible(db: CentralExecutor, schoolId: string, userId: string, limit: number): Promise<SavedQueryRow[]> {
    return db
      .select()
      .from(SavedQuery)
      .where(visibleTo(schoolId, userId))
      .orderBy(desc(SavedQuery.updatedAt), desc(SavedQuery.id))
      .limit(limit);
  },

  async countOwn(db: CentralExecutor, schoolId: string, userId: string): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(SavedQuery)
      .where(and(eq(SavedQuery.schoolId, schoolId), eq(SavedQuery.authorId, userId)));
    return row.n;
  },

  async insert(db: CentralExecutor, schoolId: string, authorId: string, values: SavedQueryValues): Promise<SavedQueryRow> {
    const [row] = await db
      .insert(SavedQuery)
      .values({ schoolId, authorId, ...values })
      .returning();
    return row;
  },

  /** The author's own query changed; undefined when they have none with that id. */
  async update(
    db: CentralExecutor,
    schoolId: string,
    authorId: string,
    id: string,
    values: SavedQueryValues,
  ): Promise<SavedQueryRow | undefined> {
    const [row] = await db
      .update(SavedQuery)
      .set({ ...values, updatedAt: sql`now()` })
      .where(ownedBy(schoolId, authorId, id))
      .returning();
    return row;
  },

  async remove(db: CentralExecutor, schoolId: string, authorId: string, id: string): Promise<boolean> {
    const removed = await db
      .delete(SavedQuery)
      .where(ownedBy(schoolId, authorId, id))
      .returning({ id: SavedQuery.id });
    return removed.length > 0;
  },
};

/** SQL for announcements. */
import { school } from '@syncad/shared-db';
import { toMilliseconds, type KeysetSlice, type SortKey } from '@syncad/subgraph-kit';
import { and, count, eq, gt, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { AnnouncementRow, Db } from './rows';

const { Announcement } = school;

/** Newest first. */
export const ANNOUNCEMENT_ORDER: SortKey[] = [
  { by: toMilliseconds(Announcement.publishedAt), descending: true },
  { by: Announcement.id, descending: true },
];

function visibleTo(classId: string | null | undefined): SQL | undefined {
  let audience: SQL | undefined;
  if (classId === null) audience = eq(Announcement.audience, 'SCHOOL');
  else if (classId !== undefined) audience = or(eq(Announcement.audience, 'SCHOOL'), eq(Announcement.classId, classId));
  return and(or(isNull(Announcement.expiresAt), gt(Announcement.expiresAt, sql`now()`)), audience);
}

export const announcementData = {
  async insert(db: Db, values: typeof Announcement.$inferInsert): Promise<AnnouncementRow> {
    const [row] = await db.insert(Announcement).values(values).returning();
    return row;
  },

  async byId(db: Db, id: string): Promise<AnnouncementRow | null> {
    const [row] = await db.select().from(Announcement).where(eq(Announcement.id, id));
    return row ?? null;
  },

  async update(
    db: Db,
    id: string,
    changes: Partial<Pick<AnnouncementRow, 'title' | 'body' | 'expiresAt'>>,
  ): Promise<AnnouncementRow | null> {
    const [row] = await db.update(Announcement).set(changes).where(eq(Announcement.id, id)).returning();
    return row ?? null;
  },

  /** Deletes the announcement; false when there is none with that id. */
  async remove(db: Db, id: string): Promise<boolean> {
    const deleted = await db.delete(Announcement).where(eq(Announcement.id, id)).returning({ id: Announcement.id });
    return deleted.length > 0;
  },

  /** A page of unexpired announcements; `classId` limits CLASS ones to that class (null: none), undefined: all. */
  visible(db: Db, classId: string | null | undefined, slice: KeysetSlice): Promise<AnnouncementRow[]> {
    return db
      .select()
      .from(Announcement)
      .where(and(visibleTo(classId), slice.after))
      .orderBy(...slice.order)
      .limit(slice.limit);
  },

  async countVisible(db: Db, classId: string | null | undefined): Promise<number> {
    const [row] = await db.select({ n: count() }).from(Announcement).where(visibleTo(classId));
    return row.n;
  },
};

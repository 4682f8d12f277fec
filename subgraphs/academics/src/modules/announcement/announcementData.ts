/** SQL for announcements. */
import { school } from '@syncad/shared-db';
import { toMilliseconds, type KeysetSlice, type SortKey } from '@syncad/subgraph-kit';
import { and, count, eq, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { AnnouncementRow, Db } from './rows';

const { Announcement } = school;

/** Newest first. */
export const ANNOUNCEMENT_ORDER: SortKey[] = [
  { by: toMilliseconds(Announcement.publishedAt), descending: true },
  { by: Announcement.id, descending: true },
];

/** Whom a self-scoped caller's announcements address: their own students' classes, and GUARDIANS when they are a guardian. */
export interface Audience {
  classIds: readonly string[];
  guardians: boolean;
}

function visibleTo(audience: Audience | undefined): SQL | undefined {
  const addressed =
    audience &&
    or(
      eq(Announcement.audience, 'SCHOOL'),
      audience.classIds.length > 0 ? inArray(Announcement.classId, [...audience.classIds]) : undefined,
      audience.guardians ? eq(Announcement.audience, 'GUARDIANS') : undefined,
    );
  return and(or(isNull(Announcement.expiresAt), gt(Announcement.expiresAt, sql`now()`)), addressed);
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

  /** A page of unexpired announcements: those addressed to `audience`, or all (staff) when undefined. */
  visible(db: Db, audience: Audience | undefined, slice: KeysetSlice): Promise<AnnouncementRow[]> {
    return db
      .select()
      .from(Announcement)
      .where(and(visibleTo(audience), slice.after))
      .orderBy(...slice.order)
      .limit(slice.limit);
  },

  async countVisible(db: Db, audience: Audience | undefined): Promise<number> {
    const [row] = await db.select({ n: count() }).from(Announcement).where(visibleTo(audience));
    return row.n;
  },
};

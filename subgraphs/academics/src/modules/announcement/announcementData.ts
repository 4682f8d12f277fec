/** SQL for announcements. */
import { school } from '@syncad/shared-db';
import { and, desc, eq, gt, isNull, or, type SQL } from 'drizzle-orm';
import type { AnnouncementRow, Db } from './rows';

const { Announcement } = school;

export const announcementData = {
  async insert(db: Db, values: typeof Announcement.$inferInsert): Promise<AnnouncementRow> {
    const [row] = await db.insert(Announcement).values(values).returning();
    return row;
  },

  /** Unexpired announcements; `classId` limits CLASS ones to that class (null: none), undefined: all. */
  visible(db: Db, classId: string | null | undefined): Promise<AnnouncementRow[]> {
    let audience: SQL | undefined;
    if (classId === null) audience = eq(Announcement.audience, 'SCHOOL');
    else if (classId !== undefined) audience = or(eq(Announcement.audience, 'SCHOOL'), eq(Announcement.classId, classId));
    return db
      .select()
      .from(Announcement)
      .where(and(or(isNull(Announcement.expiresAt), gt(Announcement.expiresAt, new Date())), audience))
      .orderBy(desc(Announcement.publishedAt));
  },
};

/** SQL for message threads, their participants and messages. */
import { school } from '@syncad/shared-db';
import { toMilliseconds, type KeysetSlice, type SortKey } from '@syncad/subgraph-kit';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db, MessageRow, MessageThreadRow } from './rows';

const { MessageThread, MessageThreadParticipant, Message } = school;

/** Most recently active first. */
export const THREAD_ORDER: SortKey[] = [
  { by: toMilliseconds(MessageThread.lastMessageAt), descending: true },
  { by: MessageThread.id, descending: true },
];

export const messageData = {
  async insertThread(db: Db, values: typeof MessageThread.$inferInsert): Promise<MessageThreadRow> {
    const [row] = await db.insert(MessageThread).values(values).returning();
    return row;
  },

  /** Adds the users to the thread; those already in it stay as they are. */
  async addParticipants(db: Db, threadId: string, userIds: string[]): Promise<void> {
    await db
      .insert(MessageThreadParticipant)
      .values(userIds.map((userId) => ({ threadId, userId })))
      .onConflictDoNothing();
  },

  /** Takes the user out of the thread; false when they were not in it. */
  async removeParticipant(db: Db, threadId: string, userId: string): Promise<boolean> {
    const removed = await db
      .delete(MessageThreadParticipant)
      .where(and(eq(MessageThreadParticipant.threadId, threadId), eq(MessageThreadParticipant.userId, userId)))
      .returning({ userId: MessageThreadParticipant.userId });
    return removed.length > 0;
  },

  /** Locks the thread row (additions to one thread run one at a time, so the bound holds) and counts its participants. */
  async lockAndCount(db: Db, threadId: string): Promise<number> {
    await db.execute(sql`SELECT 1 FROM ${MessageThread} WHERE id = ${threadId} FOR UPDATE`);
    const [row] = await db.select({ n: count() }).from(MessageThreadParticipant).where(eq(MessageThreadParticipant.threadId, threadId));
    return row.n;
  },

  async insertMessage(db: Db, values: typeof Message.$inferInsert): Promise<MessageRow> {
    const [row] = await db.insert(Message).values(values).returning();
    return row;
  },

  /** Removes a message of a thread `userId` is in; false when there is no such message for them. */
  async removeMessage(db: Db, messageId: string, userId: string): Promise<boolean> {
    const result = await db.execute(sql`
      DELETE FROM ${Message} m USING ${MessageThreadParticipant} p
      WHERE m.id = ${messageId} AND p."threadId" = m."threadId" AND p."userId" = ${userId}`);
    return (result.rowCount ?? 0) > 0;
  },

  async touchThread(db: Db, threadId: string, at: Date): Promise<void> {
    await db.update(MessageThread).set({ lastMessageAt: at }).where(eq(MessageThread.id, threadId));
  },

  /** The thread if `userId` is in it, else null: one statement either way. */
  async threadFor(db: Db, threadId: string, userId: string): Promise<MessageThreadRow | null> {
    const [row] = await db
      .select({ thread: MessageThread })
      .from(MessageThread)
      .innerJoin(
        MessageThreadParticipant,
        and(eq(MessageThreadParticipant.threadId, MessageThread.id), eq(MessageThreadParticipant.userId, userId)),
      )
      .where(eq(MessageThread.id, threadId));
    return row?.thread ?? null;
  },

  /**
   * Marks the thread read for `userId` up to its newest message (a message committed later stays
   * unread); false when `userId` is not in the thread.
   */
  async markRead(db: Db, threadId: string, userId: string): Promise<boolean> {
    const result = await db.execute(sql`
      UPDATE ${MessageThreadParticipant} p
      SET "lastReadAt" = greatest(p."lastReadAt", (SELECT max(m."sentAt") FROM ${Message} m WHERE m."threadId" = p."threadId"))
      WHERE p."threadId" = ${threadId} AND p."userId" = ${userId}`);
    return (result.rowCount ?? 0) > 0;
  },

  /** Per thread, the messages of others `userId` has not read (sent after their lastReadAt); one statement. */
  async unreadCounts(db: Db, threadIds: readonly string[], userId: string): Promise<{ threadId: string; n: number }[]> {
    const result = await db.execute<{ threadId: string; n: number }>(sql`
      SELECT m."threadId", count(*)::int AS n
      FROM ${Message} m
      JOIN ${MessageThreadParticipant} p ON p."threadId" = m."threadId" AND p."userId" = ${userId}
      WHERE m."threadId" = ANY(${sql.param([...threadIds])}::uuid[]) AND m."senderId" <> ${userId}
        AND (p."lastReadAt" IS NULL OR m."sentAt" > p."lastReadAt")
      GROUP BY m."threadId"`);
    return result.rows;
  },

  /** The messages of others `userId` has not read, in every thread they are in. */
  async unreadTotal(db: Db, userId: string): Promise<number> {
    const result = await db.execute<{ n: number }>(sql`
      SELECT count(*)::int AS n
      FROM ${MessageThreadParticipant} p
      JOIN ${Message} m ON m."threadId" = p."threadId" AND m."senderId" <> ${userId}
        AND (p."lastReadAt" IS NULL OR m."sentAt" > p."lastReadAt")
      WHERE p."userId" = ${userId}`);
    return result.rows[0].n;
  },

  participantsOf(db: Db, threadIds: readonly string[]): Promise<{ threadId: string; userId: string }[]> {
    return db
      .select({ threadId: MessageThreadParticipant.threadId, userId: MessageThreadParticipant.userId })
      .from(MessageThreadParticipant)
      .where(inArray(MessageThreadParticipant.threadId, [...threadIds]))
      .orderBy(MessageThreadParticipant.userId);
  },

  /**
   * For each thread, one page of its messages newest first (up to `limit`, after `after` when
   * given): one statement for every thread of the request.
   */
  async pageOfThreads(
    db: Db,
    threadIds: readonly string[],
    after: readonly (string | number)[] | null,
    limit: number,
  ): Promise<MessageRow[]> {
    const sentAt = toMilliseconds(Message.sentAt);
    const numbered = db
      .select({
        id: Message.id,
        n: sql<number>`row_number() OVER (PARTITION BY ${Message.threadId} ORDER BY ${sentAt} DESC, ${Message.id} DESC)`.as('n'),
      })
      .from(Message)
      .where(
        and(
          inArray(Message.threadId, [...threadIds]),
          after === null ? undefined : sql`(${sentAt}, ${Message.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`,
        ),
      )
      .as('numbered');
    const rows = await db
      .select({ message: Message })
      .from(Message)
      .innerJoin(numbered, eq(numbered.id, Message.id))
      .where(sql`${numbered.n} <= ${limit}`)
      .orderBy(Message.threadId, numbered.n);
    return rows.map((r) => r.message);
  },

  /** How many messages each thread has. */
  countsOfThreads(db: Db, threadIds: readonly string[]): Promise<{ threadId: string; n: number }[]> {
    return db
      .select({ threadId: Message.threadId, n: count() })
      .from(Message)
      .where(inArray(Message.threadId, [...threadIds]))
      .groupBy(Message.threadId);
  },

  /** A page of the threads `userId` is in, most recently active first. */
  async threadsOf(db: Db, userId: string, slice: KeysetSlice): Promise<MessageThreadRow[]> {
    const rows = await db
      .select({ thread: MessageThread })
      .from(MessageThread)
      .innerJoin(MessageThreadParticipant, eq(MessageThreadParticipant.threadId, MessageThread.id))
      .where(and(eq(MessageThreadParticipant.userId, userId), slice.after))
      .orderBy(...slice.order)
      .limit(slice.limit);
    return rows.map((r) => r.thread);
  },

  async countThreadsOf(db: Db, userId: string): Promise<number> {
    const [row] = await db.select({ n: count() }).from(MessageThreadParticipant).where(eq(MessageThreadParticipant.userId, userId));
    return row.n;
  },
};

/** SQL for message threads, their participants and messages. */
import { school } from '@syncad/shared-db';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, MessageRow, MessageThreadRow } from './rows';

const { MessageThread, MessageThreadParticipant, Message } = school;

export const messageData = {
  async insertThread(db: Db, values: typeof MessageThread.$inferInsert): Promise<MessageThreadRow> {
    const [row] = await db.insert(MessageThread).values(values).returning();
    return row;
  },

  async addParticipants(db: Db, threadId: string, userIds: string[]): Promise<void> {
    await db.insert(MessageThreadParticipant).values(userIds.map((userId) => ({ threadId, userId })));
  },

  async insertMessage(db: Db, values: typeof Message.$inferInsert): Promise<MessageRow> {
    const [row] = await db.insert(Message).values(values).returning();
    return row;
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

  async threadsOf(db: Db, userId: string): Promise<MessageThreadRow[]> {
    const rows = await db
      .select({ thread: MessageThread })
      .from(MessageThread)
      .innerJoin(MessageThreadParticipant, eq(MessageThreadParticipant.threadId, MessageThread.id))
      .where(eq(MessageThreadParticipant.userId, userId))
      .orderBy(desc(MessageThread.lastMessageAt));
    return rows.map((r) => r.thread);
  },

  participantsOf(db: Db, threadIds: readonly string[]): Promise<{ threadId: string; userId: string }[]> {
    return db
      .select({ threadId: MessageThreadParticipant.threadId, userId: MessageThreadParticipant.userId })
      .from(MessageThreadParticipant)
      .where(inArray(MessageThreadParticipant.threadId, [...threadIds]))
      .orderBy(MessageThreadParticipant.userId);
  },

  /** The latest `last` messages of each thread, oldest first. */
  async latest(db: Db, threadIds: readonly string[], last: number): Promise<MessageRow[]> {
    const numbered = db
      .select({
        id: Message.id,
        n: sql<number>`row_number() OVER (PARTITION BY ${Message.threadId} ORDER BY ${Message.sentAt} DESC, ${Message.id} DESC)`.as('n'),
      })
      .from(Message)
      .where(inArray(Message.threadId, [...threadIds]))
      .as('numbered');
    const rows = await db
      .select({ message: Message })
      .from(Message)
      .innerJoin(numbered, eq(numbered.id, Message.id))
      .where(sql`${numbered.n} <= ${last}`)
      .orderBy(Message.sentAt, Message.id);
    return rows.map((r) => r.message);
  },
};

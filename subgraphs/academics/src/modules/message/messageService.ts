/** Message threads: only participants can read or write a thread; others get NOT_FOUND/null. */
import { isUuid } from '@syncad/shared-db';
import { connection, keysetConnection, pageRequest, parseId, parseText, type Connection, type PageArgs } from '@syncad/subgraph-kit';
import { AppError } from '@syncad/platform';
import type { AcademicsContext } from '../../context';
import { messageData, THREAD_ORDER } from './messageData';

const MESSAGES_LIST = 'threadMessages';
import type { MessageRow, MessageThreadRow } from './rows';
import type { StartThreadInput } from '../../generated/graphql';
import { memberService } from '../../members';

const MAX_PARTICIPANTS = 200;

export const messageService = {
  /**
   * Creates the thread, its participants (the caller included) and first message in one
   * transaction. Every other participant must be an active member of the caller's school.
   */
  async start(ctx: AcademicsContext, input: StartThreadInput): Promise<MessageThreadRow> {
    const subject = parseText(input.subject, 'subject', 200);
    const body = parseText(input.body, 'body', 10_000);
    const others = input.participantIds.map((id, i) => parseId(id, `participantIds[${i}]`));
    const participants = [...new Set([ctx.caller.userId, ...others])];
    if (participants.length < 2) throw AppError.badInput('a thread needs at least one other participant', 'participantIds');
    if (participants.length > MAX_PARTICIPANTS) {
      throw AppError.badInput(`a thread has at most ${MAX_PARTICIPANTS} participants`, 'participantIds');
    }
    // The caller (first) is vouched for by the signed context; the others are checked before any write.
    await memberService.requireAll(ctx, participants.slice(1));
    return ctx.db.transaction(async (tx) => {
      const thread = await messageData.insertThread(tx, { schoolId: ctx.schoolId, subject, createdBy: ctx.caller.userId });
      await messageData.addParticipants(tx, thread.id, participants);
      const first = await messageData.insertMessage(tx, {
        schoolId: ctx.schoolId,
        threadId: thread.id,
        senderId: ctx.caller.userId,
        body,
      });
      await messageData.touchThread(tx, thread.id, first.sentAt);
      return { ...thread, lastMessageAt: first.sentAt };
    });
  },

  async send(ctx: AcademicsContext, threadId: string, text: string): Promise<MessageRow> {
    const id = parseId(threadId, 'threadId');
    const body = parseText(text, 'body', 10_000);
    return ctx.db.transaction(async (tx) => {
      const thread = await messageData.threadFor(tx, id, ctx.caller.userId);
      if (!thread) throw AppError.notFound(`thread ${threadId}`);
      const message = await messageData.insertMessage(tx, { schoolId: ctx.schoolId, threadId: id, senderId: ctx.caller.userId, body });
      await messageData.touchThread(tx, id, message.sentAt);
      return message;
    });
  },

  async deleteMessage(ctx: AcademicsContext, id: string): Promise<string> {
    const messageId = parseId(id, 'id');
    const removed = await ctx.db.transaction((tx) => messageData.removeMessage(tx, messageId, ctx.caller.userId));
    if (!removed) throw AppError.notFound(`message ${id}`);
    return messageId;
  },

  /**
   * Adds active members of the school to a thread the caller is in (those in it already stay);
   * at most MAX_PARTICIPANTS in all.
   */
  async addParticipants(ctx: AcademicsContext, input: { threadId: string; userIds: readonly string[] }): Promise<MessageThreadRow> {
    const id = parseId(input.threadId, 'threadId');
    const userIds = [...new Set(input.userIds.map((u, i) => parseId(u, `userIds[${i}]`)))];
    if (userIds.length === 0) throw AppError.badInput('name at least one user', 'userIds');
    if (userIds.length > MAX_PARTICIPANTS) throw AppError.badInput(`a thread has at most ${MAX_PARTICIPANTS} participants`, 'userIds');
    await memberService.requireAll(ctx, userIds);
    return ctx.db.transaction(async (tx) => {
      const thread = await messageData.threadFor(tx, id, ctx.caller.userId);
      if (!thread) throw AppError.notFound(`thread ${input.threadId}`);
      if ((await messageData.lockAndCount(tx, id)) + userIds.length > MAX_PARTICIPANTS) {
        throw AppError.conflict(`a thread has at most ${MAX_PARTICIPANTS} participants`);
      }
      await messageData.addParticipants(tx, id, userIds);
      return thread;
    });
  },

  /**
   * Takes a participant out of a thread: anyone may leave, and the thread's starter may remove
   * others. Answers the thread's id.
   */
  async removeParticipant(ctx: AcademicsContext, input: { threadId: string; userId: string }): Promise<string> {
    const id = parseId(input.threadId, 'threadId');
    const userId = parseId(input.userId, 'userId');
    return ctx.db.transaction(async (tx) => {
      const thread = await messageData.threadFor(tx, id, ctx.caller.userId);
      if (!thread) throw AppError.notFound(`thread ${input.threadId}`);
      if (userId !== ctx.caller.userId && thread.createdBy !== ctx.caller.userId) {
        throw AppError.forbidden('only the thread’s starter removes others; anyone may leave');
      }
      if (!(await messageData.removeParticipant(tx, id, userId))) throw AppError.notFound(`participant ${input.userId}`);
      return id;
    });
  },

  /** Marks the thread read up to its newest message; a thread the caller is not in is NOT_FOUND. */
  async markRead(ctx: AcademicsContext, threadId: string): Promise<MessageThreadRow> {
    const id = parseId(threadId, 'threadId');
    return ctx.db.transaction(async (tx) => {
      if (!(await messageData.markRead(tx, id, ctx.caller.userId))) throw AppError.notFound(`thread ${threadId}`);
      return (await messageData.threadFor(tx, id, ctx.caller.userId))!;
    });
  },

  unreadTotal(ctx: AcademicsContext): Promise<number> {
    return messageData.unreadTotal(ctx.db, ctx.caller.userId);
  },

  /** The thread if the caller is in it, else null (malformed ids too). */
  thread(ctx: AcademicsContext, threadId: string): Promise<MessageThreadRow | null> {
    if (!isUuid(threadId)) return Promise.resolve(null);
    return messageData.threadFor(ctx.db, threadId.toLowerCase(), ctx.caller.userId);
  },

  mine(ctx: AcademicsContext, args: PageArgs): Promise<Connection<MessageThreadRow>> {
    return keysetConnection(
      ctx.cursors,
      'myThreads',
      args,
      THREAD_ORDER,
      (slice) => messageData.threadsOf(ctx.db, ctx.caller.userId, slice),
      () => messageData.countThreadsOf(ctx.db, ctx.caller.userId),
      (row) => [row.lastMessageAt.toISOString(), row.id],
    );
  },

  /** A page of the thread's messages, newest first; the pages of every thread in the request come from one statement. */
  async messages(ctx: AcademicsContext, threadId: string, args: PageArgs): Promise<Connection<MessageRow>> {
    const page = pageRequest(ctx.cursors, MESSAGES_LIST, args);
    const [rows, total] = await Promise.all([ctx.loaders.messagesOf(page).load(threadId), ctx.loaders.messageCount.load(threadId)]);
    return connection(ctx.cursors, MESSAGES_LIST, page, rows, total, (row) => [row.sentAt.toISOString(), row.id]);
  },
};

/** Announcements: publish to the school or a class; list what the caller may see. */
import type { AcademicsContext } from '../../context';
import { ANNOUNCEMENT_ORDER, announcementData } from './announcementData';
import type { AnnouncementRow } from './rows';
import type { PublishAnnouncementInput } from '../../generated/graphql';
import { keysetConnection, parseText, type Connection, type PageArgs } from '@syncad/subgraph-kit';
import { AppError } from '@syncad/platform';
import { referenceService } from '../reference';

export const announcementService = {
  async publish(ctx: AcademicsContext, input: PublishAnnouncementInput): Promise<AnnouncementRow> {
    const cls = input.classId == null ? null : await referenceService.requireClass(ctx, input.classId);
    if (input.expiresAt != null && Date.parse(input.expiresAt) <= Date.now()) {
      throw AppError.badInput('expiresAt must be in the future', 'expiresAt');
    }
    return announcementData.insert(ctx.db, {
      schoolId: ctx.schoolId,
      title: parseText(input.title, 'title', 200),
      body: parseText(input.body, 'body', 20_000),
      audience: cls ? 'CLASS' : 'SCHOOL',
      classId: cls?.id ?? null,
      publishedBy: ctx.caller.userId,
      expiresAt: input.expiresAt == null ? null : new Date(input.expiresAt),
    });
  },

  /** Staff see every unexpired announcement; a student the school's and their own class's. */
  async visible(ctx: AcademicsContext, args: PageArgs): Promise<Connection<AnnouncementRow>> {
    const classId = ctx.caller.selfScoped ? ((await ctx.ownStudent())?.classId ?? null) : undefined;
    return keysetConnection(
      ctx.cursors,
      'announcements',
      args,
      ANNOUNCEMENT_ORDER,
      (slice) => announcementData.visible(ctx.db, classId, slice),
      () => announcementData.countVisible(ctx.db, classId),
      (row) => [row.publishedAt.toISOString(), row.id],
    );
  },
};

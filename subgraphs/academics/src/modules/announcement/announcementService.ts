/** Announcements: publish to the school or a class; list what the caller may see. */
import type { AcademicsContext } from '../../context';
import { announcementData } from './announcementData';
import type { AnnouncementRow } from './rows';
import type { PublishAnnouncementInput } from '../../generated/graphql';
import { AppError, parseText } from '@syncad/subgraph-kit';
import { referenceService } from '../student/referenceService';

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
  async visible(ctx: AcademicsContext): Promise<AnnouncementRow[]> {
    if (!ctx.caller.selfScoped) return announcementData.visible(ctx.db, undefined);
    const own = await ctx.ownStudent();
    return announcementData.visible(ctx.db, own?.classId ?? null);
  },
};

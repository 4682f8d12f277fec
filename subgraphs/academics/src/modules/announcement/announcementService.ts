/** Announcements: publish to the school or a class; list what the caller may see. */
import type { AcademicsContext } from '../../context';
import { ANNOUNCEMENT_ORDER, announcementData, type Audience } from './announcementData';
import type { AnnouncementRow } from './rows';
import type { PublishAnnouncementInput, UpdateAnnouncementInput } from '../../generated/graphql';
import { keysetConnection, parseId, parseText, type Connection, type PageArgs } from '@syncad/subgraph-kit';
import { AppError } from '@syncad/platform';
import { referenceService } from '../reference';

function futureInstant(value: string): Date {
  if (Date.parse(value) <= Date.now()) throw AppError.badInput('expiresAt must be in the future', 'expiresAt');
  return new Date(value);
}

async function audienceOf(ctx: AcademicsContext): Promise<Audience> {
  const own = await ctx.ownStudents();
  const students = await ctx.loaders.student.loadMany(own.all);
  const classIds = students.flatMap((s) => (s && !(s instanceof Error) && s.classId ? [s.classId] : []));
  return { classIds: [...new Set(classIds)], guardians: own.children.length > 0 };
}

export const announcementService = {
  async publish(ctx: AcademicsContext, input: PublishAnnouncementInput): Promise<AnnouncementRow> {
    if (input.toGuardians && input.classId != null)
      throw AppError.badInput('toGuardians is for the whole school: not with classId', 'toGuardians');
    const cls = input.classId == null ? null : await referenceService.requireClass(ctx, input.classId);
    const expiresAt = input.expiresAt == null ? null : futureInstant(input.expiresAt);
    return announcementData.insert(ctx.db, {
      schoolId: ctx.schoolId,
      title: parseText(input.title, 'title', 200),
      body: parseText(input.body, 'body', 20_000),
      audience: cls ? 'CLASS' : input.toGuardians ? 'GUARDIANS' : 'SCHOOL',
      classId: cls?.id ?? null,
      publishedBy: ctx.caller.userId,
      expiresAt,
    });
  },

  /** Corrects the title, text or expiry; the audience stays (withdraw and publish again to change it). */
  async update(ctx: AcademicsContext, input: UpdateAnnouncementInput): Promise<AnnouncementRow> {
    const id = parseId(input.id, 'id');
    const changes: Partial<Pick<AnnouncementRow, 'title' | 'body' | 'expiresAt'>> = {};
    if (input.title != null) changes.title = parseText(input.title, 'title', 200);
    if (input.body != null) changes.body = parseText(input.body, 'body', 20_000);
    if (input.expiresAt != null) changes.expiresAt = futureInstant(input.expiresAt);
    const updated =
      Object.keys(changes).length === 0 ? await announcementData.byId(ctx.db, id) : await announcementData.update(ctx.db, id, changes);
    if (!updated) throw AppError.notFound(`announcement ${input.id}`);
    return updated;
  },

  /** Withdraws (deletes) an announcement: nobody sees it any more. */
  async withdraw(ctx: AcademicsContext, announcementId: string): Promise<string> {
    const id = parseId(announcementId, 'id');
    if (!(await announcementData.remove(ctx.db, id))) throw AppError.notFound(`announcement ${announcementId}`);
    return id;
  },

  /**
   * Staff see every unexpired announcement; a student the school's and their own class's; a
   * guardian the school's, their children's classes' and those addressed to guardians.
   */
  async visible(ctx: AcademicsContext, args: PageArgs): Promise<Connection<AnnouncementRow>> {
    const audience = ctx.caller.selfScoped ? await audienceOf(ctx) : undefined;
    return keysetConnection(
      ctx.cursors,
      'announcements',
      args,
      ANNOUNCEMENT_ORDER,
      (slice) => announcementData.visible(ctx.db, audience, slice),
      () => announcementData.countVisible(ctx.db, audience),
      (row) => [row.publishedAt.toISOString(), row.id],
    );
  },
};

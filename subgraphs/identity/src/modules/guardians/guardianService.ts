/**
 * Guardians of the caller's school: invitations (a one-time code the school hands over, as there
 * is no mail or SMS sender), their acceptance by the code's holder, and unlinking. A link gives
 * access only once accepted; the links live in the school database, the accounts centrally.
 */
import { createHash } from 'node:crypto';
import { AppError, conflictAs } from '@syncad/platform';
import { contactFormat, releaseGuardianMemberships, removeGuardianLinks, type SchoolDb } from '@syncad/shared-db';
import { parseId, parseText } from '@syncad/subgraph-kit';
import type { IdentityContext } from '../../context';
import type { AcceptGuardianInvitationInput, InviteGuardianInput, UnlinkGuardianInput } from '../../generated/graphql';
import { passwords } from '../../passwords';
import { personName } from '../user';
import { guardianAccount, type GuardianProfile } from './guardianAccounts';
import { guardianData, type GuardianRow, type InvitedStudent } from './guardianData';

/** How long a code works, and how many guardians (invitations included) a student may have. */
const CODE_DAYS = 14;
const MAX_GUARDIANS = 10;

export interface GuardianInvitationModel {
  guardian: GuardianRow;
  code: string;
  expiresAt: Date;
}

function hashCode(code: string): string {
  return createHash('sha256').update(code.trim().toLowerCase()).digest('hex');
}

export function schoolDbOf(ctx: IdentityContext): Promise<SchoolDb> {
  if (!ctx.schoolDb) throw new AppError('INTERNAL_SERVER_ERROR', 'identity runs without school access');
  return ctx.schoolDb();
}

/** Who is invited: what the admin typed, else the contact the student's record keeps (guardianName, guardianPhone). */
function profileOf(input: Partial<InviteGuardianInput>, student: InvitedStudent): GuardianProfile {
  const [keptFirst = '', ...keptRest] = (student.guardianName ?? '').trim().split(/\s+/);
  const typedName = input.firstName != null;
  const firstName = personName(typedName ? input.firstName : keptFirst, 'firstName', true) as string;
  const lastName = personName(typedName ? input.lastName : keptRest.join(' '), 'lastName', false);
  const typedContact = input.email != null || input.phone != null;
  const rawEmail = input.email?.trim() || null;
  const rawPhone = (typedContact ? input.phone : student.guardianPhone)?.trim() || null;
  if (!rawEmail && !rawPhone) throw AppError.badInput('an email or a phone number is required (the student record keeps none)', 'phone');
  const email = rawEmail === null ? null : contactFormat.email(rawEmail);
  if (rawEmail !== null && email === null) throw AppError.badInput('email is not a valid email address', 'email');
  const phone = rawPhone === null ? null : contactFormat.phone(rawPhone);
  if (rawPhone !== null && phone === null) throw AppError.badInput('phone must be 7 to 15 digits with an optional leading +', 'phone');
  return { email, phone, firstName, lastName };
}

export const guardianService = {
  async invite(
    ctx: IdentityContext,
    input: Pick<InviteGuardianInput, 'studentId' | 'relation'> & Partial<InviteGuardianInput>,
  ): Promise<GuardianInvitationModel> {
    const caller = ctx.requireCaller();
    const studentId = parseId(input.studentId, 'studentId');
    const relation = parseText(input.relation, 'relation', 30).toUpperCase();
    const db = await schoolDbOf(ctx);
    const student = await guardianData.student(db, studentId);
    // A student who left takes no new guardians; to anyone else they look like no student.
    if (!student || student.status !== 'ACTIVE') throw AppError.notFound(`student ${input.studentId}`);
    const profile = profileOf(input, student);
    const code = passwords.temporary();
    const expiresAt = new Date(Date.now() + CODE_DAYS * 86_400_000);
    const userId = await conflictAs(guardianAccount(ctx, caller.schoolId, profile, code), {
      User_email_key: 'this email belongs to another account',
      User_phone_key: 'this phone belongs to another account',
    });
    return db.transaction(async (tx) => {
      // The student's row stays locked: two invitations at once count each other.
      if ((await guardianData.student(tx, studentId, true))?.status !== 'ACTIVE') throw AppError.notFound(`student ${input.studentId}`);
      const known = await guardianData.link(tx, studentId, userId);
      if (!known && (await guardianData.countOf(tx, studentId)) >= MAX_GUARDIANS) {
        throw AppError.conflict(`a student has at most ${MAX_GUARDIANS} guardians (invitations included)`);
      }
      const isPrimary = input.isPrimary ?? false;
      if (isPrimary) await guardianData.clearOtherPrimaries(tx, studentId, userId);
      const guardian = await guardianData.invite(tx, {
        schoolId: caller.schoolId,
        studentId,
        userId,
        relation,
        isPrimary,
        codeHash: hashCode(code),
        codeExpiresAt: expiresAt,
        invitedBy: caller.userId,
      });
      // None when the link exists and is accepted already (the upsert leaves it alone).
      if (!guardian) throw AppError.conflict('this person is a guardian of the student already');
      return { guardian, code, expiresAt };
    });
  },

  /** The caller's own waiting invitation with this code becomes a link; any other code is BAD_USER_INPUT. */
  async accept(ctx: IdentityContext, input: AcceptGuardianInvitationInput): Promise<GuardianRow> {
    const caller = ctx.requireCaller();
    const code = input.code.trim();
    if (code === '' || code.length > 64) throw AppError.badInput('code is wrong, spent or expired', 'code');
    const link = await guardianData.accept(await schoolDbOf(ctx), caller.userId, hashCode(code));
    if (!link) throw AppError.badInput('code is wrong, spent or expired', 'code');
    return link;
  },

  /** Ends a link (or withdraws an invitation); a guardian left with no child here loses the school at once. */
  async unlink(ctx: IdentityContext, input: UnlinkGuardianInput): Promise<{ id: string }> {
    const caller = ctx.requireCaller();
    const studentId = parseId(input.studentId, 'studentId');
    const userId = parseId(input.userId, 'userId');
    const db = await schoolDbOf(ctx);
    await db.transaction(async (tx) => {
      if (!(await guardianData.link(tx, studentId, userId)))
        throw AppError.notFound(`guardian ${input.userId} of student ${input.studentId}`);
      const released = await removeGuardianLinks(tx, [studentId], userId);
      await releaseGuardianMemberships(ctx.central, caller.schoolId, released);
    });
    return { id: studentId };
  },

  async childrenOf(ctx: IdentityContext, userId: string): Promise<GuardianRow[]> {
    return guardianData.childrenOf(await schoolDbOf(ctx), userId);
  },

  /** The guardians of each student, for the request's loader: one statement. */
  async guardiansOf(ctx: IdentityContext, studentIds: readonly string[]): Promise<GuardianRow[]> {
    return guardianData.guardiansOf(await schoolDbOf(ctx), studentIds);
  },
};

/**
 * inviteGuardiansFromContacts: the guardian contacts kept on student records (guardianName,
 * guardianPhone) turned into invitations a class at a time, each exactly as inviteGuardian makes
 * it (its own transaction and code). Bounded per call: each invitation hashes its code (argon2), and
 * the whole call must end well inside the gateway's deadline with every code it made in its answer.
 */
import { AppError } from '@syncad/platform';
import { parseId } from '@syncad/subgraph-kit';
import type { IdentityContext } from '../../context';
import type { InviteGuardiansFromContactsInput } from '../../generated/graphql';
import { guardianData } from './guardianData';
import { guardianService, schoolDbOf, type GuardianInvitationModel } from './guardianService';

const MAX_INVITATIONS = 25;
/** Time kept back from the request's deadline for the answer itself. */
const DEADLINE_MARGIN_MS = 1500;
/** Refusals that concern one contact: it is skipped, the others go on. */
const CONTACT_FAULTS: readonly string[] = ['BAD_USER_INPUT', 'CONFLICT', 'NOT_FOUND'];

export interface ContactInvitationsModel {
  invitations: GuardianInvitationModel[];
  skipped: Array<{ studentId: string; reason: string }>;
  remaining: number;
}

export async function inviteFromContacts(ctx: IdentityContext, input: InviteGuardiansFromContactsInput): Promise<ContactInvitationsModel> {
  ctx.requireCaller();
  const classId = parseId(input.classId, 'classId');
  const divisionId = input.divisionId == null ? undefined : parseId(input.divisionId, 'divisionId');
  const relation = input.relation ?? 'GUARDIAN';
  const db = await schoolDbOf(ctx);
  if (!(await guardianData.classHas(db, classId, divisionId))) throw AppError.notFound(`class ${input.classId}`);
  const students = await guardianData.uninvitedContacts(db, classId, divisionId);
  const result: ContactInvitationsModel = { invitations: [], skipped: [], remaining: 0 };
  let hashed = 0;
  for (const studentId of students) {
    if (hashed >= MAX_INVITATIONS || Date.now() > ctx.deadline - DEADLINE_MARGIN_MS) break;
    try {
      result.invitations.push(await guardianService.invite(ctx, { studentId, relation }));
      hashed++;
    } catch (err) {
      if (!(err instanceof AppError) || !CONTACT_FAULTS.includes(err.code)) {
        // Codes already made must reach the school: answer them, and let the next call meet the fault.
        if (result.invitations.length === 0) throw err;
        break;
      }
      // A malformed contact is refused before any hashing; a conflict after one.
      if (err.code !== 'BAD_USER_INPUT') hashed++;
      result.skipped.push({ studentId, reason: err.message });
    }
  }
  result.remaining = students.length - result.invitations.length - result.skipped.length;
  return result;
}

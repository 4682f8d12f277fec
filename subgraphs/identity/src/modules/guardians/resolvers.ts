/** Guardians: thin resolvers over guardianService; a student's guardians come from one loader per request. */
import type { Resolvers } from '../../generated/graphql';
import { inviteFromContacts } from './contactInvitations';
import { guardianService } from './guardianService';

export const resolvers: Resolvers = {
  Mutation: {
    inviteGuardian: (_root, { input }, ctx) => guardianService.invite(ctx, input),
    inviteGuardiansFromContacts: (_root, { input }, ctx) => inviteFromContacts(ctx, input),
    unlinkGuardian: (_root, { input }, ctx) => guardianService.unlink(ctx, input),
    acceptGuardianInvitation: (_root, { input }, ctx) => guardianService.accept(ctx, input),
  },
  Me: {
    children: (caller, _args, ctx) => guardianService.childrenOf(ctx, caller.userId),
  },
  Student: {
    __resolveReference: (ref) => ({ id: ref.id }),
    guardians: (student, _args, ctx) => ctx.loaders.guardiansOf.load(student.id),
  },
  Guardian: {
    student: (g) => ({ id: g.studentId }),
    user: (g, _args, ctx) => ctx.loaders.users.load(g.userId),
    accepted: (g) => g.acceptedAt !== null,
  },
  SkippedGuardianContact: {
    student: (s) => ({ id: s.studentId }),
  },
  GuardianChild: {
    student: (g) => ({ id: g.studentId }),
  },
};

/** Signing in and out, and `me`. Me's source is a Caller (the current session's, or the one login just opened). */
import { AppError } from '@syncad/platform';
import type { IdentityContext } from '../../context';
import type { Resolvers } from '../../generated/graphql';
import { authService } from './authService';

async function profile(userId: string, ctx: IdentityContext) {
  const found = await ctx.loaders.profiles.load(userId);
  if (!found) throw AppError.unauthenticated();
  return found;
}

export const resolvers: Resolvers = {
  Query: {
    me: (_root, _args, ctx) => ctx.requireCaller(),
  },
  Mutation: {
    login: (_root, args, ctx) => authService.login(ctx, args),
    refreshToken: (_root, { token }, ctx) => authService.refresh(ctx, token),
    logout: (_root, _args, ctx) => authService.logout(ctx),
    endSession: (_root, { input: { id } }, ctx) => authService.endSession(ctx, id),
    changePassword: (_root, { input }, ctx) => authService.changePassword(ctx, input),
  },
  Me: {
    /** Only the caller's own: node(id:) of another user's Me, or after sign-out, is null. */
    __resolveReference: (ref, ctx) => (ctx.caller && ref.id === ctx.caller.userId ? ctx.caller : null),
    id: (caller) => caller.userId,
    user: (caller, _args, ctx) => ctx.loaders.users.load(caller.userId),
    email: async (caller, _args, ctx) => (await profile(caller.userId, ctx)).email,
    phone: async (caller, _args, ctx) => (await profile(caller.userId, ctx)).phone,
    firstName: async (caller, _args, ctx) => (await profile(caller.userId, ctx)).firstName,
    lastName: async (caller, _args, ctx) => (await profile(caller.userId, ctx)).lastName,
    schools: (caller, _args, ctx) => ctx.loaders.memberships.load(caller.userId),
    currentSchool: async (caller, _args, ctx) => {
      const memberships = await ctx.loaders.memberships.load(caller.userId);
      const current = memberships.find((m) => m.schoolId === caller.schoolId);
      // The membership is gone (the session will be refused at the next refresh too).
      if (!current) throw AppError.unauthenticated();
      return current;
    },
    selfScoped: (caller) => caller.selfScoped,
    permissions: (caller, _args, ctx) => ctx.loaders.permissions.load(caller.roleId),
    sessions: (caller, _args, ctx) => ctx.loaders.sessions.load(caller.userId),
  },
  DeviceSession: {
    current: (s, _args, ctx) => s.id === ctx.caller?.sessionId,
  },
  MySchool: {
    id: (m) => m.schoolId,
    name: (m) => m.schoolName,
    subdomain: (m) => m.subdomain,
    roleName: (m) => m.roleName,
  },
};

import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  login: (_root, args, ctx) => ctx.services.auth.login(args, ctx.hostSchool),
  refreshToken: (_root, { token }, ctx) => ctx.services.auth.refresh(token),
  logout: (_root, _args, ctx) => ctx.services.auth.logout(ctx.requireCaller()),
  createUser: (_root, { input }, ctx) => ctx.services.users.create(ctx.requireCaller(), input),
  assignRole: (_root, { userId, roleName }, ctx) => ctx.services.users.assignRole(ctx.requireCaller(), userId, roleName),
  setRolePermission: (_root, { roleName, module, ...flags }, ctx) =>
    ctx.services.roles.setPermission(ctx.requireCaller(), roleName, module, flags),
};

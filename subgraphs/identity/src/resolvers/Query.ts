import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  me: (_root, _args, ctx) => ctx.requireCaller(),
  users: (_root, { first, after }, ctx) => ctx.services.users.list(ctx.requireCaller(), first, after),
  user: (_root, { id }, ctx) => {
    ctx.requireCaller();
    return ctx.loaders.users.load(id);
  },
  roles: (_root, _args, ctx) => ctx.services.roles.roles(ctx.requireCaller()),
  modules: (_root, _args, ctx) => {
    ctx.requireCaller();
    return ctx.services.roles.modules();
  },
};

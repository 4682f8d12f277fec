import type { RoleResolvers } from '../generated/graphql';

export const Role: RoleResolvers = {
  selfScoped: (role) => role.isSelfScoped,
  permissions: (role, _args, ctx) => ctx.loaders.permissions.load(role.id),
};

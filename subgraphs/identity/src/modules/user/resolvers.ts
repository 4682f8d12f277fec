/** User administration of the caller's school: users, roles, modules and permission flags. */
import { AppError } from '@syncad/platform';
import type { Resolvers } from '../../generated/graphql';
import { apiKeyService } from './apiKeyService';
import { roleService } from './roleService';
import { userService } from './userService';

export const resolvers: Resolvers = {
  Query: {
    users: (_root, args, ctx) => userService.list(ctx, args),
    user: (_root, { id }, ctx) => {
      ctx.requireCaller();
      return ctx.loaders.users.load(id);
    },
    roles: (_root, _args, ctx) => roleService.roles(ctx),
    modules: (_root, _args, ctx) => roleService.modules(ctx),
    apiKeys: (_root, _args, ctx) => apiKeyService.list(ctx),
  },
  Mutation: {
    createUser: (_root, { input }, ctx) => userService.create(ctx, input),
    assignRole: (_root, { userId, roleName }, ctx) => userService.assignRole(ctx, userId, roleName),
    setRolePermission: (_root, { roleName, module, ...flags }, ctx) => roleService.setPermission(ctx, roleName, module, flags),
    createApiKey: (_root, { input }, ctx) => apiKeyService.create(ctx, input),
    revokeApiKey: (_root, { id }, ctx) => apiKeyService.revoke(ctx, id),
  },
  ApiKey: {
    role: async (key, _args, ctx) => {
      const role = await ctx.loaders.roles.load(key.roleId);
      if (!role) throw new AppError('INTERNAL_SERVER_ERROR', 'role not found');
      return role;
    },
    active: (key) => key.revokedAt === null && !key.suspended && (key.expiresAt === null || key.expiresAt.getTime() > Date.now()),
    // Who made it, as the school sees its users (null when they are no member any more).
    createdBy: (key, _args, ctx) => ctx.loaders.users.load(key.createdBy),
  },
  User: {
    /** Another school's user (or any user without a caller) resolves to null. */
    __resolveReference: (ref, ctx) => ctx.loaders.users.load(ref.id),
    role: async (user, _args, ctx) => {
      const role = await ctx.loaders.roles.load(user.roleId);
      // A membership always names a role of its own school; anything else is a broken row.
      if (!role) throw new AppError('INTERNAL_SERVER_ERROR', 'role not found');
      return role;
    },
  },
  Role: {
    __resolveReference: (ref, ctx) => ctx.loaders.roles.load(ref.id),
    selfScoped: (role) => role.isSelfScoped,
    permissions: (role, _args, ctx) => ctx.loaders.permissions.load(role.id),
  },
};

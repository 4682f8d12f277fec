/** User administration of the caller's school: users, roles, modules and permission flags. */
import { AppError } from '@syncad/platform';
import type { IdentityContext } from '../../context';
import { selectsField } from '@syncad/subgraph-kit';
import type { Resolvers } from '../../generated/graphql';
import { apiKeyService } from './apiKeyService';
import { isBuiltinRole, roleService } from './roleService';
import { userService } from './userService';

/** A membership or key always names a role of its own school; anything else is a broken row. */
async function roleOf(roleId: string, ctx: IdentityContext) {
  const role = await ctx.loaders.roles.load(roleId);
  if (!role) throw new AppError('INTERNAL_SERVER_ERROR', 'role not found');
  return role;
}

export const resolvers: Resolvers = {
  Query: {
    users: (_root, args, ctx, info) => userService.list(ctx, args, selectsField(info, 'totalCount')),
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
    assignRole: (_root, { input: { userId, roleName } }, ctx) => userService.assignRole(ctx, userId, roleName),
    setRolePermission: (_root, { input: { roleName, module, ...flags } }, ctx) => roleService.setPermission(ctx, roleName, module, flags),
    createRole: (_root, { input }, ctx) => roleService.create(ctx, input),
    updateRole: (_root, { input }, ctx) => roleService.update(ctx, input),
    deleteRole: (_root, { input }, ctx) => roleService.remove(ctx, input.roleId),
    createApiKey: (_root, { input }, ctx) => apiKeyService.create(ctx, input),
    revokeApiKey: (_root, { input: { id } }, ctx) => apiKeyService.revoke(ctx, id),
  },
  ApiKey: {
    role: (key, _args, ctx) => roleOf(key.roleId, ctx),
    active: (key) => key.revokedAt === null && !key.suspended && (key.expiresAt === null || key.expiresAt.getTime() > Date.now()),
    // Who made it, as the school sees its users (null when they are no member any more).
    createdBy: (key, _args, ctx) => ctx.loaders.users.load(key.createdBy),
  },
  User: {
    /**
     * A member of the caller's school, or one of its API keys (the author of what the key wrote);
     * another school's user, a former member, or any user without a caller resolves to null.
     */
    __resolveReference: async (ref, ctx) => (await ctx.loaders.users.load(ref.id)) ?? ctx.loaders.apiKeyActors.load(ref.id),
    displayName: (user) => (user.lastName ? `${user.firstName} ${user.lastName}` : user.firstName),
    role: (user, _args, ctx) => roleOf(user.roleId, ctx),
    roleName: async (user, _args, ctx) => (await roleOf(user.roleId, ctx)).name,
  },
  Role: {
    __resolveReference: (ref, ctx) => ctx.loaders.roles.load(ref.id),
    selfScoped: (role) => role.isSelfScoped,
    builtIn: (role) => isBuiltinRole(role.name),
    permissions: (role, _args, ctx) => ctx.loaders.permissions.load(role.id),
  },
};

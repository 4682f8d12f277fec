import { AppError } from '@syncad/subgraph-kit';
import type { UserResolvers } from '../generated/graphql';

export const User: UserResolvers = {
  /** Another school's user (or any user without a caller) resolves to null. */
  __resolveReference: (ref, ctx) => ctx.loaders.users.load(ref.id),
  role: async (user, _args, ctx) => {
    const role = await ctx.loaders.roles.load(user.roleId);
    // A membership always names a role of its own school; anything else is a broken row.
    if (!role) throw new AppError('INTERNAL_SERVER_ERROR', 'role not found');
    return role;
  },
};

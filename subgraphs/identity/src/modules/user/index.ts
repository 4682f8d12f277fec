/** User administration of the caller's school (the `user` module): users, roles and their module flags. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export { userLoaders } from './loaders';
export { membershipData } from './membershipData';
export { roleData } from './roleData';
export { userData, type SchoolUser } from './userData';
export { keepAnAdmin, userService, type LockedMember } from './userService';
export { personName } from './validateNewUser';

export const userModule = defineModule(__dirname, { resolvers });

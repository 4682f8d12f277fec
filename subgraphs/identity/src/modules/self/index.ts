/**
 * Signing in and out: login and refreshToken (public), logout and me (any signed-in caller).
 * Its fields are `public` or `self`: no Role_Module_Permission flag guards them.
 */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export { selfLoaders } from './loaders';
export type { ThrottlePolicy } from './loginThrottle';
export { accountData } from './accountData';
export { sessions, type DeviceSessionRow } from './sessionData';

export const selfModule = defineModule(__dirname, {
  resolvers,
  selfScope: { mutations: ['login', 'refreshToken', 'logout', 'endSession', 'changePassword'] },
});

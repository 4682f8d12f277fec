/**
 * Accounts (permission module `user`): what an admin does to a member over the year: reset a
 * password, correct a name, deactivate, reactivate or remove a membership, see and end sessions.
 */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

// A STUDENT has no user module flags; nothing here is anybody's own.
export const accountsModule = defineModule(__dirname, { guards: 'user', resolvers });

/**
 * "Did you mean ...?" in a validation error lists schema names: a caller without a token never
 * sees them (signed-in callers keep the help). Apollo Server has no per-request switch for this
 * (hideSchemaDetailsFromClientErrors is for every caller alike), so the messages are rewritten in
 * the end hook of validationDidStart, which Apollo Server then sends (apolloInternals.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../GatewayContext';

const SUGGESTION = / Did you mean .*\?$/;

export function hideSuggestionsFromStrangers(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ contextValue }) {
          if (contextValue.caller) return;
          return async (errors) => {
            for (const error of errors ?? []) (error as { message: string }).message = error.message.replace(SUGGESTION, '');
          };
        },
      };
    },
  };
}

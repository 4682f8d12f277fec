/**
 * The HTTP status of a GraphQL answer, as the GraphQL-over-HTTP specification has it. A client
 * that accepts `application/graphql-response+json` gets 4xx for a request GraphQL refused
 * (parse, validation, variables, cost, a forbidden field); a client of the legacy
 * `application/json` (and one that sends no Accept) gets 200 for every request that reached
 * GraphQL, the errors in the body: Apollo Client reports any non-2xx answer as a network error and
 * drops its `graphQLErrors`, so a forbidden field could not be handled as a GraphQL error.
 * Statuses about the HTTP exchange itself stay whatever the media type: 401 (no valid token), 405
 * (a mutation sent with GET), 406, 413, 415, 429 (a throttled login, with Retry-After) and 5xx.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import Negotiator from 'negotiator';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
const APPLICATION_JSON = 'application/json';
const KEPT_STATUSES = new Set([401, 405, 406, 413, 415, 429]);

/** The media type the answer is sent as: the client's preference among the two, application/json without Accept (as Apollo Server chooses). */
function answersGraphqlResponseJson(accept: string | undefined): boolean {
  if (!accept) return false;
  return new Negotiator({ headers: { accept } }).mediaType([APPLICATION_JSON, GRAPHQL_RESPONSE_JSON]) === GRAPHQL_RESPONSE_JSON;
}

export function statusByMediaType(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          const status = response.http.status;
          if (status === undefined || status < 400 || status >= 500 || KEPT_STATUSES.has(status)) return;
          // A request that is not well-formed GraphQL over HTTP (a query that is no string, variables that are no map) stays 400.
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          if (errors.some((e) => e.extensions?.code === 'BAD_REQUEST')) return;
          if (!answersGraphqlResponseJson(request.http?.headers.get('accept'))) response.http.status = 200;
        },
      };
    },
  };
}

/// <reference lib="dom" />
/**
 * Bundled for the browser by gateway/test/browserClients.test.ts and loaded by a page of another
 * origin: each function runs one scenario with a stock GraphQL client, configured as its own
 * documentation shows, against the gateway, and returns plain JSON for the test to check.
 */
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError, gql } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { Client as UrqlClient, cacheExchange, fetchExchange } from '@urql/core';
import { ClientError, GraphQLClient } from 'graphql-request';
import { Observable } from 'rxjs';

type Codes = (string | undefined)[];

const codesOf = (errors: readonly { extensions?: Record<string, unknown> }[]): Codes =>
  errors.map((e) => e.extensions?.code as string | undefined);

/** Apollo Client on a field the caller may not read: a GraphQL error with its code, not a network error. */
async function apolloForbidden(url: string, token: string) {
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: new HttpLink({
      uri: url,
      headers: {
        authorization: `Bearer ${token}`,
        // What OpenTelemetry and Sentry add to every request: the preflight must allow them.
        traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
        tracestate: 'syncad=1',
        baggage: 'release=1.0.0',
        'sentry-trace': '4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1',
      },
    }),
    clientAwareness: { name: 'browser-test', version: '1.0.0' },
  });
  const allowed = await client.query({
    query: gql`
      {
        me {
          email
        }
      }
    `,
  });
  const refused = await client.query({
    query: gql`
      {
        announcements(first: 1) {
          totalCount
        }
      }
    `,
    errorPolicy: 'all',
  });
  const error = refused.error;
  return {
    allowed: allowed.data,
    graphQLError: CombinedGraphQLErrors.is(error),
    networkError: ServerError.is(error),
    codes: CombinedGraphQLErrors.is(error) ? codesOf(error.errors) : [],
  };
}

/**
 * Apollo Client's documented token refresh: an ErrorLink that, on UNAUTHENTICATED, trades the
 * refresh token for a new access token and retries the operation once with it.
 */
async function apolloRefresh(url: string, staleToken: string, refreshToken: string) {
  let accessToken = staleToken;
  let refreshes = 0;
  const refresh = async () => {
    refreshes++;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($t: String!) { refreshToken(token: $t) { accessToken } }',
        variables: { t: refreshToken },
      }),
    });
    accessToken = (await response.json()).data.refreshToken.accessToken;
  };
  const unauthenticated = (error: unknown) =>
    (CombinedGraphQLErrors.is(error) && codesOf(error.errors).includes('UNAUTHENTICATED')) ||
    (ServerError.is(error) && error.statusCode === 401);
  const auth = new SetContextLink(({ headers }) => ({ headers: { ...headers, authorization: `Bearer ${accessToken}` } }));
  const retryOnExpiry = new ErrorLink(({ error, operation, forward }) => {
    if (!unauthenticated(error) || operation.getContext().retried) return;
    return new Observable((observer) => {
      refresh().then(
        () => {
          operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
            retried: true,
            headers: { ...headers, authorization: `Bearer ${accessToken}` },
          }));
          forward(operation).subscribe(observer);
        },
        (err) => observer.error(err),
      );
    });
  });
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([retryOnExpiry, auth, new HttpLink({ uri: url })]),
  });
  const answer = await client.query({
    query: gql`
      {
        me {
          email
        }
      }
    `,
  });
  return { data: answer.data, refreshes };
}

/** urql with its defaults (queries as GET within the URL limit), a query and a mutation. */
async function urqlDefaults(url: string, token: string) {
  const client = new UrqlClient({
    url,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
  });
  const query = await client.query('{ me { email } }', {}).toPromise();
  const refused = await client.query('{ announcements(first: 1) { totalCount } }', {}).toPromise();
  const mutation = await client.mutation('mutation { logout }', {}).toPromise();
  return {
    query: query.data ?? null,
    queryError: query.error?.message ?? null,
    refusedCodes: codesOf(refused.error?.graphQLErrors ?? []),
    refusedNetworkError: refused.error?.networkError?.message ?? null,
    mutation: mutation.data ?? null,
    mutationError: mutation.error?.message ?? null,
  };
}

/** graphql-request: a query, and a refusal as a ClientError carrying the GraphQL errors. */
async function graphqlRequest(url: string, token: string) {
  const client = new GraphQLClient(url, { headers: { authorization: `Bearer ${token}` } });
  const data = await client.request<{ me: { email: string } }>('{ me { email } }');
  try {
    await client.request('{ announcements(first: 1) { totalCount } }');
    return { data, refusedCodes: [] as Codes, status: 0 };
  } catch (err) {
    if (!(err instanceof ClientError)) throw err;
    return { data, refusedCodes: codesOf(err.response.errors ?? []), status: err.response.status };
  }
}

Object.assign(window, { syncadClients: { apolloForbidden, apolloRefresh, urqlDefaults, graphqlRequest } });

/**
 * Authentication comes before every other check, in two steps. Before the body is read: the
 * Host's school and the caller's token, so that a request without a valid token is read only up
 * to the anonymous body cap. Then, given the body: for a request without a valid token, whether
 * the operation touches anything but public fields. So a caller without a token learns nothing
 * from cost limits or validation of a private operation: they get 401.
 */
import type { IncomingMessage } from 'node:http';
import { AppError, isApiKey, mapCentralOutage, type Caller } from '@syncad/platform';
import { PUBLIC_MODULE } from '@syncad/shared-db';
import { getOperationAST, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../GatewayContext';
import { analyzeOperation } from '../permissions/analyzeOperation';
import { coerceVariables } from '../permissions/coerceVariables';
import type { RuleMap } from '../permissions/rules';
import type { ApiKeys } from './ApiKeys';
import { clientInfo } from './clientInfo';
import { requireSignIn } from './signIn';
import type { HostSchools } from './HostSchools';
import type { SessionCheck } from './SessionCheck';
import type { VerifiedTokens } from './VerifiedTokens';

/** A request whose Host and token were checked; its body not read yet. */
export interface IdentifiedRequest {
  /** The caller of a valid token (its body may be as large as the signed-in cap); null without one. */
  caller: Caller | null;
  /** The GraphQL context for the body (refuses with 401 a private operation without a valid token). */
  context(body: unknown): Promise<GatewayContext>;
}

export interface AuthenticationDeps {
  /** The loaded API schema and its rules (null before loading). */
  schema(): { schema: GraphQLSchema; rules: RuleMap } | null;
  sessions: SessionCheck;
  apiKeys: ApiKeys;
  hostSchools: HostSchools;
  tokens: VerifiedTokens;
  trustedProxies: number;
}

/**
 * A request without a valid token may only sign in (login, refreshToken): a few dozen tokens.
 * Its document is parsed with this bound and never cached, so anonymous traffic costs a bounded
 * parse and no memory that outlives the request.
 */
export const ANONYMOUS_MAX_TOKENS = 1_000;

/** A body without a bearer token: a login with its variables is a few hundred bytes. */
export const ANONYMOUS_MAX_BODY_BYTES = 16 * 1024;

/**
 * A word test for the public root fields (login, refreshToken): an operation a caller without a
 * token may send names one, so a text that names none is refused unparsed.
 */
function publicFieldPattern(rules: RuleMap): RegExp {
  const names = new Set<string>();
  for (const [coordinate, requirements] of rules) {
    const [type, field] = coordinate.split('.');
    if (ROOT_TYPES.has(type) && requirements.length > 0 && requirements.every((r) => r.module === PUBLIC_MODULE)) names.add(field);
  }
  return names.size ? new RegExp(`\\b(${[...names].join('|')})\\b`) : /(?!)/;
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

function bearerToken(authorization: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return m ? m[1] : null;
}

function boundedParse(query: string): DocumentNode | null | 'too long' {
  try {
    return parse(query, { maxLexicalTokens: ANONYMOUS_MAX_TOKENS, noLocation: true });
  } catch (err) {
    return /more that \d+ tokens/.test(String((err as Error).message)) ? 'too long' : null;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const refuse = (message: string) => AppError.unauthenticated(message).withHttpStatus();

export function requestAuthenticator(deps: AuthenticationDeps) {
  const publicFields = new WeakMap<RuleMap, RegExp>();
  const publicFieldIn = (rules: RuleMap, query: string): boolean => {
    let pattern = publicFields.get(rules);
    if (!pattern) publicFields.set(rules, (pattern = publicFieldPattern(rules)));
    return pattern.test(query);
  };
  /**
   * Whether the request's operation selects anything but public fields: yes for a text that names
   * no public field (refused before parsing), for one over ANONYMOUS_MAX_TOKENS and for a request
   * with only a persisted query's hash (the lookup would tell whether anyone ran it); no for a
   * body without a query and for a syntax error (Apollo Server answers it, and it reveals nothing of the schema).
   */
  const needsSignIn = (body: unknown): boolean => {
    const loaded = deps.schema();
    if (!loaded) return true;
    const { query, operationName, variables, extensions } = (body ?? {}) as Record<string, unknown>;
    if (query === undefined) return isRecord(extensions) && extensions.persistedQuery !== undefined;
    if (typeof query !== 'string') return false;
    if (!publicFieldIn(loaded.rules, query)) return true;
    const document = boundedParse(query);
    if (document === 'too long') return true;
    if (!document) return false;
    const operation = getOperationAST(document, typeof operationName === 'string' ? operationName : undefined);
    if (!operation) return false;
    let coerced: Record<string, unknown>;
    try {
      coerced = coerceVariables(loaded.schema, operation, variables);
    } catch {
      // Refused as a request error by the permission check, with the same coercion.
      return false;
    }
    return analyzeOperation(loaded.schema, loaded.rules, document, operation, coerced).authenticated;
  };

  const verify = async (token: string, hostSchoolId: string | null): Promise<Caller> => {
    let caller: Caller;
    if (isApiKey(token)) {
      caller = await deps.apiKeys.verify(token);
    } else {
      try {
        caller = deps.tokens.verify(token);
      } catch (err) {
        throw err instanceof AppError ? err.withHttpStatus() : err;
      }
      if (!(await deps.sessions.isLive(caller))) throw refuse('the session has ended: log in again');
    }
    if (hostSchoolId !== null && hostSchoolId !== caller.schoolId)
      throw refuse('the access token belongs to another school than this host');
    return caller;
  };

  const identify = async (req: IncomingMessage): Promise<IdentifiedRequest> => {
    const client = clientInfo(req, deps.trustedProxies);
    const host = await deps.hostSchools.resolve(req.headers.host);
    if (host.kind === 'foreign') {
      throw new AppError(
        'NOT_FOUND',
        `this API is not served at ${String(req.headers.host).slice(0, 100)}: use the school's address (a subdomain of the base domain)`,
      ).withHttpStatus();
    }
    if (host.kind === 'unknown') {
      throw new AppError(
        'NOT_FOUND',
        `no school has the subdomain "${host.subdomain}" (host ${String(req.headers.host).slice(0, 100)})`,
      ).withHttpStatus();
    }
    const hostSchoolId = host.kind === 'school' ? host.schoolId : null;
    const token = bearerToken(req.headers.authorization);
    let caller: Caller | null = null;
    let tokenError: unknown = null;
    if (token) {
      try {
        caller = await verify(token, hostSchoolId);
      } catch (err) {
        tokenError = centralOutageAsHttp(err);
      }
    }
    return {
      caller,
      context: async (body) => {
        // A stale or forged token is ignored on a public operation (refreshToken), refused on any other.
        if (!caller && needsSignIn(body)) {
          if (tokenError) throw tokenError;
          requireSignIn(true, null);
        }
        return { caller, hostSchoolId, client };
      },
    };
  };
  // The central database down while authenticating: 503 TENANT_UNAVAILABLE, not a masked 500.
  // A failure is kept for the context step, so that it is answered in the GraphQL shape.
  return (req: IncomingMessage): Promise<IdentifiedRequest> =>
    identify(req).catch((err: unknown) => {
      const failure = centralOutageAsHttp(err);
      return {
        caller: null,
        context: () => Promise.reject(failure),
      };
    });
}

function centralOutageAsHttp(err: unknown): unknown {
  const mapped = mapCentralOutage(err);
  return mapped instanceof AppError ? mapped.withHttpStatus() : err;
}

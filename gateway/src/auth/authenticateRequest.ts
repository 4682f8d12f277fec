/**
 * Authentication comes before every other check: the Host's school, then the caller's token,
 * then (for a request without a valid token) whether the operation touches anything but public
 * fields. So a caller without a token learns nothing from cost limits or validation of a
 * private operation: they get 401. A stale token on a public operation (refreshToken) is ignored.
 */
import type { IncomingMessage } from 'node:http';
import { AppError, BoundedCache, isApiKey, mapCentralOutage, type Caller } from '@syncad/platform';
import { getOperationAST, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../GatewayContext';
import { analyzeOperation } from '../permissions/analyzeOperation';
import type { RuleMap } from '../permissions/rules';
import type { ApiKeys } from './ApiKeys';
import { clientInfo } from './clientInfo';
import { requireSignIn } from './signIn';
import type { HostSchools } from './HostSchools';
import type { SessionCheck } from './SessionCheck';
import type { VerifiedTokens } from './VerifiedTokens';

export interface AuthenticationDeps {
  /** The loaded API schema and its rules (null before loading). */
  schema(): { schema: GraphQLSchema; rules: RuleMap } | null;
  sessions: SessionCheck;
  apiKeys: ApiKeys;
  hostSchools: HostSchools;
  tokens: VerifiedTokens;
  trustedProxies: number;
}

const PARSED_MAX = 500;

function bearerToken(authorization: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return m ? m[1] : null;
}

const refuse = (message: string) => AppError.unauthenticated(message).withHttpStatus();

export function requestAuthenticator(deps: AuthenticationDeps) {
  // Token-less requests are few (login, refresh): a small cache of their parsed documents.
  const parsed = new BoundedCache<string, DocumentNode | null>({ max: PARSED_MAX });
  const parseOnce = (query: string): DocumentNode | null =>
    parsed.getOrSet(query, () => {
      try {
        return parse(query);
      } catch {
        // Apollo Server answers the syntax error itself; a syntax error reveals nothing of the schema.
        return null;
      }
    });

  /** Whether the request's operation selects anything but public fields (unparseable: no, Apollo refuses it). */
  const needsSignIn = (body: unknown): boolean => {
    const loaded = deps.schema();
    if (!loaded) return true;
    const { query, operationName, variables } = (body ?? {}) as { query?: unknown; operationName?: unknown; variables?: unknown };
    if (typeof query !== 'string') return false;
    const document = parseOnce(query);
    if (!document) return false;
    const operation = getOperationAST(document, typeof operationName === 'string' ? operationName : undefined);
    if (!operation) return false;
    const vars = variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : {};
    return analyzeOperation(loaded.schema, loaded.rules, document, operation, vars).authenticated;
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

  const authenticate = async (req: IncomingMessage, body: unknown): Promise<GatewayContext> => {
    const client = clientInfo(req, deps.trustedProxies);
    const host = await deps.hostSchools.resolve(req.headers.host);
    if (host.kind === 'unknown') {
      throw new AppError(
        'NOT_FOUND',
        `no school has the subdomain "${host.subdomain}" (host ${String(req.headers.host).slice(0, 100)})`,
      ).withHttpStatus();
    }
    const hostSchoolId = host.kind === 'school' ? host.schoolId : null;
    const token = bearerToken(req.headers.authorization);
    let caller: Caller | null = null;
    if (token) {
      try {
        caller = await verify(token, hostSchoolId);
      } catch (err) {
        if (needsSignIn(body)) throw err;
      }
    } else {
      requireSignIn(needsSignIn(body), null);
    }
    return { caller, hostSchoolId, client };
  };
  // The central database down while authenticating: 503 TENANT_UNAVAILABLE, not a masked 500.
  return (req: IncomingMessage, body: unknown): Promise<GatewayContext> =>
    authenticate(req, body).catch((err: unknown) => {
      const mapped = mapCentralOutage(err);
      throw mapped instanceof AppError ? mapped.withHttpStatus() : err;
    });
}

/**
 * The per-request decision, made after validation and before query planning (so a refused
 * request reaches no subgraph): authenticate, check the session and the Host's school, check the
 * role's flags against everything the operation selects, and sign the context for subgraphs.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { AppError, type Caller } from '@syncad/subgraph-kit';
import type { HostSchools } from '../auth/HostSchools';
import type { SessionCheck } from '../auth/SessionCheck';
import type { VerifiedTokens } from '../auth/VerifiedTokens';
import type { GatewayContext } from '../GatewayContext';
import type { OperationDefinitionNode } from 'graphql';
import { collectRequirements, type NeededPermission, type OperationNeeds } from './collectRequirements';
import { SignedContextCache } from './SignedContextCache';
import type { RuleMap } from './Requirement';
import type { RolePermissions } from './RolePermissions';

export interface AuthorizeDeps {
  /** The rules of the loaded schema (null before the schema is loaded). */
  rules(): RuleMap | null;
  sessions: SessionCheck;
  permissions: RolePermissions;
  hostSchools: HostSchools;
  tokens: VerifiedTokens;
  internalKey: string;
}

function bearerToken(authorization: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return m ? m[1] : null;
}

export function forbidden(missing: NeededPermission[]): AppError {
  const list = missing.map((m) => `${m.module}:${m.action} (${m.paths.join(', ')})`).join('; ');
  return AppError.forbidden(`missing permission: ${list}`, { missing }).withHttpStatus();
}

async function authenticate(deps: AuthorizeDeps, context: GatewayContext, hostSchoolId: string | null | undefined): Promise<Caller> {
  const token = bearerToken(context.authorization);
  if (!token) throw AppError.unauthenticated('authentication required: send Authorization: Bearer <access token>');
  const caller = deps.tokens.verify(token);
  if (!(await deps.sessions.isLive(caller))) throw AppError.unauthenticated('the session has ended: log in again');
  // undefined: the Host names no school, so the token's school stands.
  if (hostSchoolId !== undefined && hostSchoolId !== caller.schoolId) {
    throw AppError.unauthenticated('the access token belongs to another school than this host');
  }
  return caller;
}

export function authorizeOperation(deps: AuthorizeDeps): ApolloServerPlugin<GatewayContext> {
  const signedContexts = new SignedContextCache(deps.internalKey);
  // Apollo Server reuses the parsed document of a repeated query, so its operation node is a
  // stable key: the walk runs once per distinct operation and rule map, not once per request.
  const needsByOperation = new WeakMap<OperationDefinitionNode, { rules: RuleMap; needs: OperationNeeds }>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, contextValue }) {
          const rules = deps.rules();
          if (!rules) throw new Error('the gateway has no permission rules loaded');
          if (!operation) throw AppError.badInput('no operation to run').withHttpStatus();
          let cached = needsByOperation.get(operation);
          if (cached?.rules !== rules) {
            cached = { rules, needs: collectRequirements(schema, rules, document, operation) };
            needsByOperation.set(operation, cached);
          }
          const { needs } = cached;
          const host = await deps.hostSchools.resolve(contextValue.host);
          const hostSchoolId = host.kind === 'school' ? host.schoolId : host.kind === 'unknown' ? null : undefined;
          let caller: Caller | null = null;
          if (needs.authenticated) {
            caller = await authenticate(deps, contextValue, hostSchoolId);
            const granted = await deps.permissions.granted(caller.roleId);
            const missing = [...needs.permissions.values()].filter((p) => !granted.has(`${p.module}:${p.action}`));
            if (missing.length > 0) throw forbidden(missing);
          }
          contextValue.internalContext = signedContexts.sign({ caller, hostSchool: caller?.schoolId ?? hostSchoolId ?? null });
        },
      };
    },
  };
}

/** API keys of the caller's school: create (the secret shown once), list, revoke. */
import { randomUUID } from 'node:crypto';
import { API_KEY_REVOKED_CHANNEL, notifyInvalidation } from '@syncad/shared-db';
import { parseId, parseText } from '@syncad/subgraph-kit';
import { AppError, generateApiKey } from '@syncad/platform';
import type { IdentityContext } from '../../context';
import type { CreateApiKeyInput } from '../../generated/graphql';
import { apiKeyData, type ApiKeyRow } from './apiKeyData';
import { roleData } from './roleData';

/** Active keys a school may hold: enough for every integration, few enough to list in full. */
export const MAX_ACTIVE_KEYS = 100;

export const apiKeyService = {
  list(ctx: IdentityContext): Promise<ApiKeyRow[]> {
    return apiKeyData.ofSchool(ctx.central, ctx.requireCaller().schoolId);
  },

  async create(ctx: IdentityContext, input: CreateApiKeyInput): Promise<{ apiKey: ApiKeyRow; secret: string }> {
    const caller = ctx.requireCaller();
    const name = parseText(input.name, 'name', 100);
    const role = await roleData.byName(ctx.central, caller.schoolId, input.roleName.trim());
    if (!role) throw AppError.badInput(`this school has no role named "${input.roleName.trim()}"`, 'roleName');
    if (role.isSelfScoped) throw AppError.badInput(`${role.name} reads only a person's own records: an API key cannot hold it`, 'roleName');
    if (input.expiresAt != null && Date.parse(input.expiresAt) <= Date.now())
      throw AppError.badInput('expiresAt must be in the future', 'expiresAt');
    if ((await apiKeyData.countActive(ctx.central, caller.schoolId)) >= MAX_ACTIVE_KEYS) {
      throw AppError.conflict(`a school holds at most ${MAX_ACTIVE_KEYS} active API keys: revoke one first`);
    }
    const id = randomUUID();
    const { key, secretHash } = generateApiKey(id);
    const apiKey = await apiKeyData.insert(ctx.central, {
      id,
      schoolId: caller.schoolId,
      roleId: role.id,
      name,
      secretHash,
      createdBy: caller.userId,
      expiresAt: input.expiresAt == null ? null : new Date(input.expiresAt),
    });
    return { apiKey, secret: key };
  },

  async revoke(ctx: IdentityContext, keyId: string): Promise<ApiKeyRow> {
    const caller = ctx.requireCaller();
    const id = parseId(keyId, 'id');
    const outcome = await ctx.central.transaction(async (tx) => {
      const result = await apiKeyData.revoke(tx, caller.schoolId, id);
      if (result?.revokedNow) await notifyInvalidation(tx, API_KEY_REVOKED_CHANNEL, id);
      return result;
    });
    if (!outcome) throw AppError.notFound(`API key ${keyId}`);
    return outcome.key;
  },
};

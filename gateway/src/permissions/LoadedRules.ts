/**
 * The permission rules of the schema the gateway has loaded, rebuilt at every (re)load. Deny by
 * default: a schema with a field that carries no rule loads no rules, and the gateway serves nothing.
 */
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import type { GraphQLSchema } from 'graphql';
import { useStrictScalars } from '../execution/strictScalars';
import { buildRuleMap } from './buildRuleMap';
import type { RuleMap } from './rules';

export class LoadedRules {
  private loaded: { rules: RuleMap; apiSchema: GraphQLSchema } | null = null;
  private failure: Error | null = null;

  constructor(gateway: Pick<GatewayInterface, 'onSchemaLoadOrUpdate'>) {
    gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
      try {
        useStrictScalars(apiSchema);
        this.loaded = { rules: buildRuleMap(coreSupergraphSdl, apiSchema), apiSchema };
        this.failure = null;
      } catch (err) {
        this.loaded = null;
        this.failure = err as Error;
      }
    });
  }

  /** The rules and the API schema clients see; null until a schema has loaded (or when it has unruled fields). */
  current(): { rules: RuleMap; apiSchema: GraphQLSchema } | null {
    return this.loaded;
  }

  /** Throws why no rules are loaded (naming every unruled field), if none are. */
  assertLoaded(): void {
    if (!this.loaded) throw this.failure ?? new Error('the gateway loaded no schema');
  }
}

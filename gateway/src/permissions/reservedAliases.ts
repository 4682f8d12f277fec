/**
 * Refuses aliases in the gateway's reserved namespace (`__syncad…`): filter mode stands a
 * placeholder of that name in for a selection set it emptied and removes it from the answer, so
 * a client's field of that name would silently vanish. Refused with GRAPHQL_VALIDATION_FAILED.
 */
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

export const RESERVED_ALIAS_PREFIX = '__syncad';

export function reservedAliases(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      if (node.alias?.value.startsWith(RESERVED_ALIAS_PREFIX)) {
        context.reportError(
          new GraphQLError(`Aliases starting with "${RESERVED_ALIAS_PREFIX}" are reserved by the gateway.`, { nodes: node.alias }),
        );
      }
    },
  };
}

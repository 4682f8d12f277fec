/**
 * A validation rule graphql-js 16 lacks (17 adds KnownOperationTypesRule): an operation whose
 * type the schema has no root for (a subscription here) is a client's mistake, refused with
 * GRAPHQL_VALIDATION_FAILED (400) instead of failing inside the gateway's planner as a 500.
 */
import { GraphQLError, type ValidationContext, type ASTVisitor } from 'graphql';

export function knownOperationTypes(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (!context.getSchema().getRootType(node.operation)) {
        context.reportError(new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: node }));
      }
    },
  };
}

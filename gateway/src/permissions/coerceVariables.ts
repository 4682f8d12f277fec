/**
 * The request's variables as execution will see them: coerced once by graphql-js against the
 * operation's variable definitions (defaults applied, types checked). Every check (the sign-in
 * decision, the permission walk, @skip/@include, page sizes and the cost estimate, the analysis
 * cache key) reads these, never the raw JSON: a variable left out with a default must be judged by
 * its default, exactly as execution will run it.
 */
import { getVariableValues, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { AppError } from '@syncad/platform';

/** The coerced values, or the first coercion error (BAD_USER_INPUT, 400): invalid variables are never walked. */
export function coerceVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, raw: unknown): Record<string, unknown> {
  const definitions = operation.variableDefinitions ?? [];
  // Most operations declare no variables: skip graphql-js on every such request (hot path).
  if (definitions.length === 0) return {};
  const inputs = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const result = getVariableValues(schema, definitions, inputs, { maxErrors: 1 });
  if (result.errors) throw AppError.badInput(result.errors[0].message).withHttpStatus();
  return result.coerced;
}

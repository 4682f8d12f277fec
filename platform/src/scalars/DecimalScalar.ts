/**
 * `Decimal`: exact decimal numbers (money, marks) as strings with two places, e.g. "1250.50".
 * Input must be a string too: a JSON number could already have lost precision.
 */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { formatDecimal } from './decimal';

function parse(value: unknown): string {
  if (typeof value !== 'string') throw new GraphQLError('Decimal must be a string, e.g. "1250.50"');
  try {
    return formatDecimal(value);
  } catch {
    throw new GraphQLError(`"${value}" is not a decimal with at most 2 decimal places`);
  }
}

export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal number with two places, as a string, e.g. "1250.50".',
  serialize(value) {
    if (typeof value !== 'string') throw new GraphQLError('Decimal values must be produced as strings');
    return formatDecimal(value);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Decimal must be a string literal, e.g. "1250.50"');
    return parse(ast.value);
  },
});

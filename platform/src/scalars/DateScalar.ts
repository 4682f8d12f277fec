/** `Date`: a calendar day as a YYYY-MM-DD string; anything else (or an impossible day) is refused. */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDate } from './calendarDate';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError(`Date must be a real calendar day as "YYYY-MM-DD", got ${JSON.stringify(value)}`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar day as YYYY-MM-DD.',
  serialize(value) {
    if (typeof value === 'string' && isCalendarDate(value)) return value;
    throw new GraphQLError('Date values must be produced as YYYY-MM-DD strings');
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string literal, e.g. "2026-06-01"');
    return parse(ast.value);
  },
});

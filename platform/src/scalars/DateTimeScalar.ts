/** `DateTime`: an instant as an ISO 8601 string with a time zone. */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function parse(value: unknown): string {
  if (typeof value !== 'string' || !ISO_WITH_ZONE.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(`DateTime must be ISO 8601 with a time zone, got ${JSON.stringify(value)}`);
  }
  return new Date(value).toISOString();
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant in ISO 8601 with a time zone.',
  serialize(value) {
    // Drizzle's query builder yields Date objects; raw SQL results yield PostgreSQL's text form.
    const d = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (!d || Number.isNaN(d.getTime())) throw new GraphQLError('DateTime values must be Dates or ISO strings');
    return d.toISOString();
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string literal');
    return parse(ast.value);
  },
});

/**
 * The composed API schema knows the custom scalars only by name, so a bad `Date` or `Decimal`
 * would pass the gateway and fail inside a subgraph, taking the other root fields down with it.
 * Giving the gateway the same parsers refuses it up front: 400 GRAPHQL_VALIDATION_FAILED for a
 * literal, BAD_USER_INPUT for a variable, before any subgraph is called.
 */
import { GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '@syncad/platform';

const STRICT = [DateScalar, DateTimeScalar, DecimalScalar];

export function useStrictScalars(schema: GraphQLSchema): void {
  for (const strict of STRICT) {
    const type = schema.getType(strict.name);
    if (!(type instanceof GraphQLScalarType)) continue;
    // graphql-js types these as readonly; the API schema is ours, built for this gateway alone.
    const mutable = type as { -readonly [K in 'parseValue' | 'parseLiteral']: GraphQLScalarType[K] };
    mutable.parseValue = strict.parseValue;
    mutable.parseLiteral = strict.parseLiteral;
  }
}

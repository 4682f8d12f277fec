import type { ParseOptions } from 'graphql';

/**
 * Every operation text is parsed with a token bound (graphql-js stops counting there), so a
 * large body costs a bounded parse. 100,000 tokens is far above any written or generated
 * operation (the demo's largest has a few hundred) and parses in a few milliseconds.
 */
export const MAX_OPERATION_TOKENS = 100_000;

/** Apollo Server's `parseOptions` for the gateway and every subgraph. */
export const OPERATION_PARSE_OPTIONS: ParseOptions = { maxLexicalTokens: MAX_OPERATION_TOKENS };

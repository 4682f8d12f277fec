/** Where the composed schemas are committed (`npm run compose` writes both). */
import path from 'node:path';

/** The committed supergraph the gateway loads. */
export const SUPERGRAPH_FILE = path.resolve(__dirname, '..', '..', 'supergraph.graphql');
/** The committed API schema clients see (what frontend codegen and the playground examples are checked against). */
export const API_SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'api-schema.graphql');

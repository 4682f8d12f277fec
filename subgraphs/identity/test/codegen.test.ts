/** src/generated/graphql.ts must be what `npm run codegen` makes from the current schema.graphql. */
import { regenerate } from './support/generatedCode';

test('the committed resolver types match a fresh graphql-codegen run', async () => {
  const { committed, regenerated } = await regenerate('subgraphs/identity/src/generated/graphql.ts');
  expect(regenerated).toContain('export type Resolvers<');
  // On failure: run `npm run codegen` and commit src/generated.
  expect(committed).toBe(regenerated);
});

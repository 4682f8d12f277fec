/** esbuild plugin: `negotiator` is rememberingNegotiator.ts in bundles (why: there). */
import path from 'node:path';
import type { Plugin } from 'esbuild';

const REMEMBERING = path.join(__dirname, 'rememberingNegotiator.ts');

export function negotiatorPlugin(): Plugin {
  return {
    name: 'remembering-negotiator',
    setup(build) {
      // Its own import of negotiator is the package itself.
      build.onResolve({ filter: /^negotiator$/ }, (args) => (args.importer === REMEMBERING ? undefined : { path: REMEMBERING }));
    },
  };
}

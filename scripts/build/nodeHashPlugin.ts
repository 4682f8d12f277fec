/**
 * esbuild plugin: @apollo/utils.createhash uses node's crypto only when `module.require` exists,
 * which it does not inside a bundle, so Apollo Server (a SHA-256 of every request's query text)
 * and @apollo/gateway fell back to sha.js, a pure-JavaScript hash: ~1% of the gateway's CPU per
 * request in a profile. In bundles the package is node's own createHash.
 */
import type { Plugin } from 'esbuild';

export function nodeHashPlugin(): Plugin {
  return {
    name: 'node-hash',
    setup(build) {
      build.onResolve({ filter: /^@apollo\/utils\.createhash$/ }, () => ({ path: 'createhash', namespace: 'node-hash' }));
      build.onLoad({ filter: /.*/, namespace: 'node-hash' }, () => ({
        contents: 'exports.createHash = (kind) => require("node:crypto").createHash(kind);',
        loader: 'js',
      }));
    },
  };
}

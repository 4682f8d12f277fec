/**
 * esbuild plugin: inside a bundle, `__dirname` would be the bundle's folder (dist/), but our
 * sources use it to find files that sit beside them (a module's schema.graphql, the migrations'
 * SQL, the playground, supergraph.graphql). Each of our files that mentions it gets its own
 * `__dirname`/`__filename`, pointing at its source folder relative to the bundle, so the bundle
 * works wherever the repository is (the Docker image included) as long as dist/ stays beside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';

/** Set by the bundle's banner: the real folder of the running bundle. */
export const BUNDLE_DIR_VARIABLE = '__syncadBundleDir';

export function sourceDirPlugin(outdir: string): Plugin {
  return {
    name: 'source-dir',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const text = await fs.promises.readFile(args.path, 'utf8');
        if (!/\b__(dirname|filename)\b/.test(text)) return { contents: text, loader: 'ts' };
        const join = (target: string) =>
          `require("node:path").join(${BUNDLE_DIR_VARIABLE}, ${JSON.stringify(path.relative(outdir, target))})`;
        // On the file's first line, without a newline: the source map's line numbers stay right.
        const prelude = `var __dirname = ${join(path.dirname(args.path))}, __filename = ${join(args.path)};`;
        return { contents: prelude + text, loader: 'ts' };
      });
    },
  };
}

/** `npm run schema:check` and `npm run release -- <version>` (see schemaChanges.ts). Exit 1 when refused. */
import { answerHelp } from '@syncad/platform';
import { checkSchemaChanges, release } from './schemaChanges';

const USAGE = `usage: npm run schema:check | npm run release -- <version>
  schema:check  classifies every change to gateway/api-schema.graphql since the last published
                version (breaking, dangerous, safe); breaking ones must be recorded in docs/schema-changes.md
  release       publishes <version>: the git tag api-v<version> on the committed API schema`;

async function main(): Promise<number> {
  answerHelp(USAGE);
  const [command, version] = process.argv.slice(2);
  const root = process.cwd();
  const result = command === 'release' ? await release(root, version ?? '') : await checkSchemaChanges(root);
  for (const line of result.lines) console.log(line);
  return result.ok ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(`schema check failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);

/** `npm run schema:check` and `npm run release -- <version>` (see schemaChanges.ts). Exit 1 when refused. */
import { checkSchemaChanges, release } from './schemaChanges';

async function main(): Promise<number> {
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

// Prints, as JSON { file: content }, what graphql-codegen makes for ONE output of the root
// codegen.yml (a file, or a directory for the client preset), without writing anything.
// Runs as its own node process: jest cannot load the codegen CLI (it pulls in ESM-only modules).
// Usage: node regenerateOutput.js <output as keyed in codegen.yml>
const path = require('node:path');
const { generate, loadCodegenConfig } = require('@graphql-codegen/cli');

const ROOT = path.resolve(__dirname, '../..');

async function main(output) {
  const { config } = await loadCodegenConfig({ configFilePath: path.join(ROOT, 'codegen.yml') });
  const entry = config.generates[output];
  if (!entry) throw new Error(`codegen.yml has no output "${output}"`);
  const files = await generate({ ...config, generates: { [output]: entry }, cwd: ROOT, silent: true }, false);
  if (files.length === 0) throw new Error(`graphql-codegen produced nothing for "${output}"`);
  const byFile = Object.fromEntries(files.map((f) => [path.relative(ROOT, path.resolve(ROOT, f.filename)), f.content]));
  process.stdout.write(JSON.stringify(byFile));
}

main(process.argv[2]).catch((err) => {
  console.error(err.message);
  process.exit(1);
});

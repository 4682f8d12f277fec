/**
 * Module folders meet only through each other's public `index.ts`: a file of a subgraph that is
 * not in `src/modules/<folder>/` (its context, another module) may import that folder's index,
 * never a file inside it. The subgraph contract test runs this over every subgraph.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Static imports and re-exports, and require() and import() calls with a literal path. */
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Each import in `srcDir` (a subgraph's src/) that reaches inside another module folder, as "file -> import". */
export function moduleBoundaryViolations(srcDir: string): string[] {
  const modulesDir = path.join(srcDir, 'modules');
  const folderOf = (file: string): string | null => {
    const rel = path.relative(modulesDir, file);
    return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel.split(path.sep)[0];
  };
  const violations: string[] = [];
  for (const file of tsFiles(srcDir)) {
    const own = folderOf(file);
    for (const match of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = match[1];
      if (!spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), spec);
      const folder = folderOf(target);
      if (folder === null || folder === own) continue;
      const inside = path.relative(path.join(modulesDir, folder), target);
      if (inside === '' || inside === 'index' || inside === 'index.ts') continue;
      violations.push(`${path.relative(srcDir, file)} -> ${spec} (import modules/${folder} through its index.ts)`);
    }
  }
  return violations;
}

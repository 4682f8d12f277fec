/** The SDL's contract: @module on every type and root field, docs everywhere, codegen output is current. */
import fs from 'node:fs';
import { Kind, parse, type ConstDirectiveNode, type DefinitionNode } from 'graphql';
import { ACADEMICS_SDL_FILE } from '../src/server';
import { regenerate } from '../../identity/test/support/generatedCode';

const sdl = parse(fs.readFileSync(ACADEMICS_SDL_FILE, 'utf8'));
const MODULES = new Set(['student', 'attendance', 'exam', 'announcement', 'leave', 'message', 'library']);

function modules(directives: readonly ConstDirectiveNode[] | undefined): { name: string; action: string }[] {
  return (directives ?? [])
    .filter((d) => d.name.value === 'module')
    .map((d) => {
      const arg = (n: string) => {
        const v = d.arguments?.find((a) => a.name.value === n)?.value;
        return v?.kind === Kind.STRING ? v.value : '';
      };
      return { name: arg('name'), action: arg('action') };
    });
}

const objects = sdl.definitions.filter((d): d is Extract<DefinitionNode, { kind: Kind.OBJECT_TYPE_DEFINITION }> => d.kind === Kind.OBJECT_TYPE_DEFINITION);

it('every object type (but the roots) and every root field carries a known @module rule', () => {
  const missing: string[] = [];
  for (const type of objects) {
    const root = type.name.value === 'Query' || type.name.value === 'Mutation';
    const checked = root ? (type.fields ?? []).map((f) => ({ at: `${type.name.value}.${f.name.value}`, rules: modules(f.directives) })) : [{ at: type.name.value, rules: modules(type.directives) }];
    // A @shareable type (PageInfo) is declared as in every subgraph: "public", reached only through ruled fields.
    const shared = type.directives?.some((d) => d.name.value === 'shareable') ?? false;
    const known = (name: string) => MODULES.has(name) || (shared && name === 'public');
    for (const { at, rules } of checked) {
      if (rules.length === 0 || rules.some((r) => !known(r.name))) missing.push(at);
      const want = type.name.value === 'Mutation' ? 'write' : 'read';
      if (rules.some((r) => r.action !== want)) missing.push(`${at} (action)`);
    }
  }
  expect(missing).toEqual([]);
});

it('every type, field, argument and enum value has a description', () => {
  const undocumented: string[] = [];
  for (const def of sdl.definitions) {
    if (!('name' in def) || !def.name || def.kind === Kind.DIRECTIVE_DEFINITION) continue;
    const name = def.name.value;
    if (!('description' in def) || !def.description) undocumented.push(name);
    if ('fields' in def) {
      for (const field of def.fields ?? []) {
        if (!field.description) undocumented.push(`${name}.${field.name.value}`);
        for (const arg of 'arguments' in field ? (field.arguments ?? []) : []) {
          if (!arg.description) undocumented.push(`${name}.${field.name.value}(${arg.name.value})`);
        }
      }
    }
    if ('values' in def) for (const v of def.values ?? []) if (!v.description) undocumented.push(`${name}.${v.name.value}`);
  }
  expect(undocumented).toEqual([]);
});

it('src/generated/graphql.ts is what `npm run codegen` makes from the current SDL', async () => {
  const { committed, regenerated } = await regenerate('subgraphs/academics/src/generated/graphql.ts');
  expect(regenerated).toContain('export type StudentResolvers<');
  // On failure: run `npm run codegen`.
  expect(committed).toBe(regenerated);
});

/**
 * The subgraph contract, checked over every subgraph the catalog finds (new ones join by
 * existing): every module folder in its definition, guarding a known permission module, reached by
 * other code only through its index.ts; each field's @module naming the module its folder guards
 * (or public/self), descriptions everywhere, and codegen output that is current.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ConstDirectiveNode, type DefinitionNode } from 'graphql';
import { moduleRulesOf } from '@syncad/platform';
import { BUILTIN_MODULES, PERMISSION_ACTIONS, PUBLIC_MODULE, SELF_MODULE } from '@syncad/shared-db';
import { loadSubgraphs, moduleBoundaryViolations, SUBGRAPHS_DIR } from '../src';
import { regenerateCodegenOutput } from '@syncad/test-support';

const subgraphs = loadSubgraphs();
const MODULE_FOLDERS = new Set<string>([SELF_MODULE, ...BUILTIN_MODULES.map((m) => m.name)]);

function rules(directives: readonly ConstDirectiveNode[] | undefined): { name: string; action: string }[] {
  return moduleRulesOf(directives).map((r) => ({ name: r.module, action: r.action }));
}

/** The fields named by a type's @key directives. */
function keyFieldsOf(directives: readonly ConstDirectiveNode[] | undefined): Set<string> {
  const names = (directives ?? [])
    .filter((d) => d.name.value === 'key')
    .flatMap((d) => {
      const fields = d.arguments?.find((a) => a.name.value === 'fields')?.value;
      return fields?.kind === Kind.STRING ? fields.value.split(/[\s{}]+/).filter(Boolean) : [];
    });
  return new Set(names);
}

type FieldsNode = Extract<DefinitionNode, { fields?: unknown }> & { name: { value: string } };

it('finds the subgraphs by folder, each with its own port', () => {
  expect(subgraphs.map((s) => s.name)).toEqual(expect.arrayContaining(['academics', 'identity']));
  expect(new Set(subgraphs.map((s) => s.port)).size).toBe(subgraphs.length);
});

describe.each(subgraphs.map((s) => [s.name, s] as const))('%s', (name, subgraph) => {
  const modulesDir = path.join(SUBGRAPHS_DIR, name, 'src', 'modules');

  it('lists every module folder under src/modules in its definition, each guarding a known permission module', () => {
    const folders = fs
      .readdirSync(modulesDir)
      .filter((f) => fs.statSync(path.join(modulesDir, f)).isDirectory())
      .sort();
    expect(subgraph.modules.map((m) => m.folder).sort()).toEqual(folders);
    expect(subgraph.modules.filter((m) => !MODULE_FOLDERS.has(m.name)).map((m) => `${m.folder} guards unknown module "${m.name}"`)).toEqual(
      [],
    );
    for (const folder of folders) expect(fs.existsSync(path.join(modulesDir, folder, 'index.ts'))).toBe(true);
  });

  it("imports another module folder's code only through its index.ts", () => {
    expect(moduleBoundaryViolations(path.join(SUBGRAPHS_DIR, name, 'src'))).toEqual([]);
  });

  it("gives every field a rule naming its folder's module (or public/self), with a fitting action", () => {
    const wrong: string[] = [];
    for (const module of subgraph.modules) {
      const allowed = new Set([module.name, PUBLIC_MODULE, SELF_MODULE]);
      for (const def of module.typeDefs.definitions as FieldsNode[]) {
        if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
        const typeRules = rules(def.directives);
        const keyFields = typeRules.length === 0 ? keyFieldsOf(def.directives) : new Set<string>();
        for (const field of (def.fields ?? []) as readonly { name: { value: string }; directives?: readonly ConstDirectiveNode[] }[]) {
          const at = `${module.name}: ${def.name.value}.${field.name.value}`;
          // Another subgraph's entity, restated to be extended: its key keeps its owner's rule.
          if (keyFields.has(field.name.value) && rules(field.directives).length === 0) continue;
          const own = rules(field.directives);
          const effective = own.length > 0 ? own : typeRules;
          if (effective.length === 0) wrong.push(`${at} has no @module`);
          for (const r of effective) {
            if (!allowed.has(r.name)) wrong.push(`${at} names module "${r.name}"`);
            if (!(PERMISSION_ACTIONS as readonly string[]).includes(r.action)) wrong.push(`${at} has action "${r.action}"`);
            if (def.name.value === 'Mutation' && r.action === 'read' && r.name !== SELF_MODULE)
              wrong.push(`${at}: a mutation needs write or delete`);
            if (def.name.value !== 'Mutation' && r.action !== 'read') wrong.push(`${at}: a read needs the read action`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('documents every type, field, argument and enum value', () => {
    const undocumented: string[] = [];
    for (const def of parse(subgraph.sdl).definitions) {
      if (!('name' in def) || !def.name || def.kind === Kind.DIRECTIVE_DEFINITION) continue;
      const typeName = def.name.value;
      const extension = def.kind === Kind.OBJECT_TYPE_EXTENSION;
      if (!extension && (!('description' in def) || !def.description)) undocumented.push(typeName);
      for (const field of 'fields' in def ? (def.fields ?? []) : []) {
        if (!field.description) undocumented.push(`${typeName}.${field.name.value}`);
        for (const arg of 'arguments' in field ? (field.arguments ?? []) : []) {
          if (!arg.description) undocumented.push(`${typeName}.${field.name.value}(${arg.name.value})`);
        }
      }
      if ('values' in def) for (const v of def.values ?? []) if (!v.description) undocumented.push(`${typeName}.${v.name.value}`);
    }
    expect(undocumented).toEqual([]);
  });

  it('has resolver types that are what `npm run codegen` makes from its schema', async () => {
    const output = `subgraphs/${name}/src/generated/graphql.ts`;
    const { committed, regenerated } = await regenerateCodegenOutput(output);
    expect(regenerated[output]).toContain('export type Resolvers<');
    // On failure: run `npm run generate` and commit src/generated.
    expect(committed).toEqual(regenerated);
  });
});

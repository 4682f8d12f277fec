/**
 * Enforces the modules' self-scope rules (defineModule's SelfScopeRules) on the built schema, so
 * no service has to remember them: a self-scoped caller (STUDENT, GUARDIAN) runs only the mutations
 * a module allows them, and receives only the rows of their own students (themselves, their
 * linked children) of the owned types, wherever those are returned.
 */
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { AppError } from '@syncad/platform';
import type { ModuleDefinition } from './defineModule';
import { wrapReferenceResolver } from './entityReferences';
import type { RequestContext, SchoolRequestContext } from './RequestContext';

type OwnerOf = (row: any) => string | null | undefined;
async function ownStudentSet(ctx: RequestContext): Promise<ReadonlySet<string>> {
  // A subgraph without school access has no student rows to scope.
  return new Set(ctx.ownStudents ? (await ctx.ownStudents()).all : []);
}

/** Keeps the value (a row or a list of rows) only where it belongs to one of the caller's own students. */
async function keepOwn(value: unknown, ctx: RequestContext, ownerOf: OwnerOf, required: boolean): Promise<unknown> {
  const [resolved, own] = await Promise.all([value, ownStudentSet(ctx)]);
  const mine = (row: unknown) => {
    const owner = row == null ? null : ownerOf(row);
    return owner != null && own.has(owner);
  };
  if (Array.isArray(resolved)) return resolved.filter(mine);
  if (resolved == null || mine(resolved)) return resolved;
  if (required) throw AppError.notFound('record');
  return null;
}

function guardOwned(field: GraphQLField<unknown, RequestContext>, ownerOf: OwnerOf): void {
  const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
  const required = isNonNullType(field.type) && !isListType(getNullableType(field.type));
  field.resolve = (source, args, ctx, info) => {
    const value = resolve(source, args, ctx, info);
    return ctx.caller?.selfScoped ? keepOwn(value, ctx, ownerOf, required) : value;
  };
}

function guardMutation(field: GraphQLField<unknown, RequestContext>): void {
  const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, ctx, info) => {
    if (ctx.caller?.selfScoped) throw AppError.forbidden(`a student or guardian account cannot use ${field.name}`);
    return resolve(source, args, ctx, info);
  };
}

export function applySelfScope(schema: GraphQLSchema, modules: readonly ModuleDefinition[]): void {
  const allowed = new Set(modules.flatMap((m) => m.selfScope.mutations ?? []));
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    if (!allowed.has(field.name)) guardMutation(field as GraphQLField<unknown, RequestContext>);
  }
  const owners = new Map<string, OwnerOf>(modules.flatMap((m) => Object.entries(m.selfScope.ownedTypes ?? {})));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      const ownerOf = owners.get(getNamedType(field.type).name);
      if (ownerOf) guardOwned(field as GraphQLField<unknown, RequestContext>, ownerOf);
    }
    // An entity reference (_entities) of an owned type is scoped like any other field (a reference
    // answering itself is scoped too: a subgraph adding fields to another's entity).
    const ownerOf = owners.get(type.name);
    if (ownerOf) {
      wrapReferenceResolver(type, (resolveReference) => (ref, ctx, info) => {
        const value = resolveReference(ref, ctx, info);
        return ctx.caller?.selfScoped ? keepOwn(value, ctx, ownerOf, false) : value;
      });
    }
  }
}

/** For SQL filters: a self-scoped caller's own student ids (rows of those only), else undefined (no filter). */
export async function ownStudentFilter(ctx: SchoolRequestContext): Promise<readonly string[] | undefined> {
  return ctx.caller.selfScoped ? (await ctx.ownStudents()).all : undefined;
}

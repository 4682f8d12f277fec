/**
 * Global ids on a built subgraph schema, so no resolver has to think of them: every entity keyed by
 * `id` is a Node (composeSupergraph checks that it implements the interface), its `id` answers the
 * record's global id, and its entity references arrive with the key again. Every ID argument or
 * input field, at any depth, takes a global id or a plain key; resolvers see the plain key.
 */
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  GraphQLID,
  Kind,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { wrapReferenceResolver } from '../subgraph/entityReferences';
import type { RequestContext } from '../subgraph/RequestContext';
import type { GlobalIds } from './globalIds';

/** Replaces the global ids in an argument's value with plain keys. */
type KeyMapper = (value: unknown, ids: GlobalIds) => unknown;

/** The object types these documents key by `id` (`@key(fields: "id")`): the subgraph's Node types. */
export function nodeTypesOf(documents: readonly DocumentNode[]): Set<string> {
  const names = new Set<string>();
  for (const doc of documents) {
    for (const def of doc.definitions) {
      if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      const keyedById = def.directives?.some(
        (d) =>
          d.name.value === 'key' &&
          d.arguments?.some((a) => a.name.value === 'fields' && a.value.kind === Kind.STRING && a.value.value.trim() === 'id'),
      );
      if (keyedById) names.add(def.name.value);
    }
  }
  return names;
}

/** How to map a value of `type` (null: nothing in it is an ID). Input types may recurse; `seen` stops the loop. */
function keyMapper(type: GraphQLInputType, seen = new Map<string, KeyMapper | null>()): KeyMapper | null {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = keyMapper(nullable.ofType as GraphQLInputType, seen);
    return item && ((value, ids) => (Array.isArray(value) ? value.map((v) => item(v, ids)) : item(value, ids)));
  }
  if (isScalarType(nullable)) {
    return nullable.name === GraphQLID.name ? (value, ids) => (typeof value === 'string' ? ids.keyOf(value) : value) : null;
  }
  if (!isInputObjectType(nullable)) return null;
  if (seen.has(nullable.name)) return (value, ids) => seen.get(nullable.name)?.(value, ids) ?? value;
  seen.set(nullable.name, null);
  const fields = Object.values(nullable.getFields())
    .map((f) => [f.name, keyMapper(f.type, seen)] as const)
    .filter((entry): entry is readonly [string, KeyMapper] => entry[1] !== null);
  const mapper: KeyMapper | null =
    fields.length === 0
      ? null
      : (value, ids) => {
          if (value === null || typeof value !== 'object') return value;
          const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
          for (const [name, map] of fields) if (out[name] != null) out[name] = map(out[name], ids);
          return out;
        };
  seen.set(nullable.name, mapper);
  return mapper;
}

function withPlainKeys(field: GraphQLField<unknown, RequestContext>, args: readonly GraphQLArgument[]): void {
  const mappers = args.map((a) => [a.name, keyMapper(a.type)] as const).filter((e): e is readonly [string, KeyMapper] => e[1] !== null);
  if (mappers.length === 0) return;
  const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, ctx, info) => {
    const plain: Record<string, unknown> = { ...args };
    for (const [name, map] of mappers) if (plain[name] != null) plain[name] = map(plain[name], ctx.globalIds);
    return resolve(source, plain, ctx, info);
  };
}

function asNode(type: GraphQLObjectType): void {
  const idField = type.getFields().id as GraphQLField<unknown, RequestContext> | undefined;
  if (!idField) throw new Error(`${type.name} is keyed by id but has no id field`);
  const resolve: GraphQLFieldResolver<unknown, RequestContext> = idField.resolve ?? defaultFieldResolver;
  idField.resolve = (source, args, ctx, info) => {
    const key = resolve(source, args, ctx, info);
    return typeof key === 'string' ? ctx.globalIds.seal(type.name, key) : key;
  };
  // Every reference's key is opened, a reference answering itself included.
  wrapReferenceResolver(
    type,
    (resolveReference) => (ref, ctx, info) =>
      resolveReference(typeof ref.id === 'string' ? { ...ref, id: ctx.globalIds.keyOf(ref.id, type.name) } : ref, ctx, info),
  );
}

export function applyGlobalIds(schema: GraphQLSchema, nodeTypes: ReadonlySet<string>): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      // node(id:) and nodes(ids:) take global ids as such: the type they name is the answer.
      if (getNamedType(field.type).name === 'Node') continue;
      withPlainKeys(field as GraphQLField<unknown, RequestContext>, field.args);
    }
    if (nodeTypes.has(type.name)) asNode(type);
  }
}

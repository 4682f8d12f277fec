/**
 * Operations that only introspect (`__schema`, `__type`, `__typename` at the root) are answered by
 * graphql-js itself over the API schema, never planned: @apollo/gateway turns every operation into
 * its own operation model first (federation-internals), which does not know introspection fields
 * newer than it (`__Type.isOneOf`, asked by graphql-js's `getIntrospectionQuery({ oneOf: true })`)
 * and failed those with a 500. Nothing of a subgraph is involved either way.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, Kind, type DocumentNode, type SelectionSetNode } from 'graphql';

const INTROSPECTION_ROOTS = new Set(['__schema', '__type', '__typename']);

function onlyIntrospection(set: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): boolean {
  return set.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return INTROSPECTION_ROOTS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return onlyIntrospection(selection.selectionSet, document, seen);
    const name = selection.name.value;
    if (seen.has(name)) return true;
    seen.add(name);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION && onlyIntrospection(fragment.selectionSet, document, seen);
  });
}

export function withLocalIntrospection(gateway: GatewayInterface): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const { executor } = await gateway.load(options);
      if (!executor) return { executor };
      const answered: GatewayExecutor = async (requestContext) => {
        const { operation, document, schema, request } = requestContext;
        if (operation.operation !== 'query' || !onlyIntrospection(operation.selectionSet, document)) return executor(requestContext);
        return execute({ schema, document, operationName: operation.name?.value, variableValues: request.variables });
      };
      return { executor: answered };
    },
  };
}

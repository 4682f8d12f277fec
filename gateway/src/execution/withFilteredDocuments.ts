/**
 * Filter mode (SYNCAD_UNAUTHORIZED=filter): the permission check leaves, on the request's context,
 * the client's operation without the fields the caller may not read; this executor runs that
 * document instead. It hands the wrapped executor a copy of the request context with the document,
 * its operation and its hash replaced (the hash keys the query-plan caches), through the public
 * GatewayInterface, rather than rewriting Apollo Server's own request context.
 */
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { getOperationAST } from 'graphql';
import type { GatewayContext } from '../GatewayContext';

export function withFilteredDocuments(gateway: GatewayInterface): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const { executor } = await gateway.load(options);
      if (!executor) return { executor };
      return {
        executor(requestContext) {
          const filtered = (requestContext.context as Partial<GatewayContext>).filtered;
          if (!filtered) return executor(requestContext);
          const operation = getOperationAST(filtered.document, requestContext.request.operationName);
          if (!operation) throw new Error('the filtered document lost its operation');
          return executor({ ...requestContext, document: filtered.document, operation, queryHash: filtered.queryHash });
        },
      };
    },
  };
}

/** The gateway's public API (its process entry is main.ts). */
export * from './GatewayConfig';
export * from './composeSupergraph';
export * from './subgraphSdls';
export * from './server';
export { handleHttp } from './handleHttp';
export { createSubgraphFetcher, DEFAULT_SUBGRAPH_LIMITS, subgraphFetcher, SubgraphUnavailableError, type SubgraphCallLimits } from './subgraphFetcher';
export type { GatewayContext } from './GatewayContext';
export type { Requirement, RuleMap } from './permissions/rules';
export { DEFAULT_OPERATION_LIMITS, type OperationLimits } from './operation/analyzeOperation';

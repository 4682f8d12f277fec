/** The gateway's public API (its process entry is main.ts). */
export * from './GatewayConfig';
export * from './compose/composeSupergraph';
export * from './compose/supergraphFiles';
export { apiSchemaSdl } from './compose/apiSchemaSdl';
export * from './buildGateway';
export { handleHttp } from './http/handleHttp';
export {
  createSubgraphFetcher,
  DEFAULT_SUBGRAPH_LIMITS,
  subgraphFetcher,
  SubgraphUnavailableError,
  type SubgraphCallLimits,
} from './execution/subgraphFetcher';
export type { GatewayContext } from './GatewayContext';
export type { Requirement, RuleMap } from './permissions/rules';
export { DEFAULT_OPERATION_LIMITS, type OperationLimits } from './permissions/analyzeOperation';

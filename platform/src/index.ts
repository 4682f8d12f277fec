/**
 * The platform every SyncAD process shares, the gateway and each subgraph alike: the closed error
 * set and its shaping, tokens and the signed internal context, the HTTP bridge to Apollo Server,
 * logs, metrics, readiness, process lifecycle, configuration, the API's scalars and the one
 * bounded cache. Nothing here knows what a subgraph is (that is @syncad/subgraph-kit).
 */
export * from './errors/AppError';
export * from './errors/conflictAs';
export * from './errors/databaseErrors';
export * from './errors/formatError';
export * from './errors/postgresError';
export * from './auth/accessToken';
export * from './auth/apiKey';
export * from './auth/callerContext';
export * from './config/cliHelp';
export * from './config/serviceUrls';
export * from './http/deadline';
export * from './http/parseLimits';
export * from './http/runGraphqlHttp';
export * from './log/logger';
export * from './ops/closeGracefully';
export * from './ops/listenForInvalidations';
export * from './ops/logErrors';
export * from './ops/metrics';
export * from './ops/processLifecycle';
export * from './ops/readiness';
export * from './ops/requestId';
export * from './ops/requestTrace';
export * from './scalars/calendarDate';
export * from './scalars/decimal';
export * from './scalars/DateScalar';
export * from './scalars/DateTimeScalar';
export * from './scalars/DecimalScalar';
export * from './schema/moduleRules';
export * from './cache/BoundedCache';
export * from './cache/LoadingCache';

/** The central-database queries every service shares (the gateway, identity and the school subgraphs). */
export * from './CentralExecutor';
export * from './memberships';
export * from './notifications';
export * from './permissions';
export * from './schools';
export * from './sessions';
export * from './apiKeys';
export * from './schemaStatus';

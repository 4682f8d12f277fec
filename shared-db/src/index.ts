export * as central from './schema/centralIndex';
export * as school from './schema/school';
export * from './config';
export * from './centralDb';
export * from './schoolDb';
export * from './tenantErrors';
export * from './schoolDatabases';
export * from './localDatabaseUrl';

export * from './migrationFiles';
export * from './applyMigrations';

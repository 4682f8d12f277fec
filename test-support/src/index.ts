export * from './testDatabase';
export * from './embeddedPostgres';

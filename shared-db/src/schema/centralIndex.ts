/** The central database schema with its relations. */
export * from './central';
export * from './centralRelations';

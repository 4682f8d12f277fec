/** The school database schema: one database per school, all with these tables. */
export * from './reference';
export * from './students';
export * from './exams';
export * from './finance';
export * from './transport';
export * from './communication';
export * from './library';
export * from './idempotency';
export * from './audit';
export * from './guardians';

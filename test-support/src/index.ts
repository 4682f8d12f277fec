export * from './testDatabase';
export * from './embeddedPostgres';
export * from './estate';
export * from './stack';
export * from './stackHttp';
export * from './stackSubgraph';
export * from './sessions';
export * from './subgraphFixture';

/**
 * `npm run test:unit`: the tests that need no database, no subgraph process and no browser
 * (folders named test/unit), in seconds. The whole suite (jest.config.js) runs them too.
 */
// No ApolloGateway a test builds may reach Apollo's telemetry servers or cloud metadata endpoints
// (gateway/src/execution/apolloInternals.ts); the workers inherit this.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/test/unit/**/*.test.ts'],
  // The mutation test's sandboxes (npm run test:mutation) are copies of the repository: never this run's.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/.stryker-tmp/'],
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  maxWorkers: 2,
  // Codegen over the whole API (the playground's types) takes seconds, longer on a busy machine.
  testTimeout: 60000,
};

/** One jest run over every workspace; each test file makes its own databases on a real PostgreSQL. */
// No ApolloGateway a test builds may reach Apollo's telemetry servers or cloud metadata endpoints
// (gateway/src/execution/apolloInternals.ts); the workers inherit this.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  globalSetup: '<rootDir>/test-support/src/globalSetup.ts',
  globalTeardown: '<rootDir>/test-support/src/globalTeardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};

/** One jest run over every workspace; each test file makes its own databases on a real PostgreSQL. */
// No ApolloGateway a test builds may reach Apollo's telemetry servers or cloud metadata endpoints
// (gateway/src/execution/apolloInternals.ts); the workers inherit this.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/test/**/*.test.ts'],
  // The mutation test's sandboxes (npm run test:mutation) are copies of the repository: never this run's.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/.stryker-tmp/'],
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  globalSetup: '<rootDir>/test-support/src/globalSetup.ts',
  globalTeardown: '<rootDir>/test-support/src/globalTeardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};

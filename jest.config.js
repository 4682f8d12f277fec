/** One jest run over every workspace; each test file makes its own databases on a real PostgreSQL. */
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

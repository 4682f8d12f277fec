/**
 * `npm run test:unit`: the tests that need no database, no subgraph process and no browser
 * (folders named test/unit), in seconds. The whole suite (jest.config.js) runs them too.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/test/unit/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  maxWorkers: 2,
};

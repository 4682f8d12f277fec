/**
 * `npm run test:deployment`: the compose deployment built and started for real (Docker), then
 * used only through its published port. Minutes long and needs root or a running Docker daemon,
 * so it is its own step of CI (.ci/run), after the suite; `npm test` never runs it.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/scripts/test/deployment/*.deployment.ts'],
  // The mutation test's sandboxes (npm run test:mutation) are copies of the repository: never this run's.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/.stryker-tmp/'],
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testTimeout: 60000,
  maxWorkers: 1,
};

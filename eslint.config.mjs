// `npm run lint`: typescript-eslint's recommended rules, Prettier's formatting (checked separately
// by `prettier --check`), and the import rules that keep the packages apart: no import of another
// package's src/ or test/ (relative or by name), no dependency a package.json does not declare,
// no import cycle, the gateway free of the subgraph kit, and Apollo's internals inside
// gateway/src/execution/ only.
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const APOLLO_INTERNALS = {
  group: ['@apollo/federation-internals', '@apollo/query-planner', '@apollo/*/dist/*'],
  message: 'Apollo internals live in gateway/src/execution/ only (listed in apolloInternals.ts, checked by its test).',
};
const OTHER_PACKAGES_INSIDES = {
  group: ['@syncad/*/src/*', '@syncad/*/test/*', '@syncad/*/src', '@syncad/*/test'],
  message: 'Import another package by its name (its package.json exports), never its src/ or test/ files.',
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', '.data/**', '.artifacts/**', 'coverage/**', '.stryker-tmp/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  prettier,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json', alwaysTryTypes: true })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-relative-packages': 'error',
      'import-x/no-extraneous-dependencies': ['error', { includeTypes: true }],
      'import-x/no-unresolved': 'error',
      // Named imports of CommonJS packages (pg, jsonwebtoken) are how this codebase uses them.
      'import-x/default': 'off',
      'import-x/no-named-as-default-member': 'off',
      'import-x/no-named-as-default': 'off',
      'no-restricted-imports': ['error', { patterns: [APOLLO_INTERNALS, OTHER_PACKAGES_INSIDES] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Row shapes from the database and JSON bodies are typed where they are read; `any` stays rare and visible in review.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['gateway/src/**/*.ts'],
    ignores: ['gateway/src/execution/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@syncad/subgraph-kit', message: 'The gateway depends on no subgraph code: shared code lives in @syncad/platform.' },
          ],
          patterns: [APOLLO_INTERNALS, OTHER_PACKAGES_INSIDES],
        },
      ],
    },
  },
  {
    files: ['gateway/src/execution/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@syncad/subgraph-kit', message: 'The gateway depends on no subgraph code: shared code lives in @syncad/platform.' },
          ],
          patterns: [OTHER_PACKAGES_INSIDES],
        },
      ],
    },
  },
  {
    // Tests may check Apollo's internals by name (gateway/test/unit/apolloInternals.test.ts) and use require() for fixtures.
    files: ['**/test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [OTHER_PACKAGES_INSIDES] }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['**/*.cjs', '**/*.js', '**/*.mjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module' },
  },
  {
    // The playground's page scripts run in the browser with React and GraphiQL loaded as UMD globals,
    // and share their parts as globals too (tableView.js also runs in Node's unit tests, hence module).
    files: ['gateway/playground/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        ...globals.browser,
        React: 'readonly',
        ReactDOM: 'readonly',
        GraphiQL: 'readonly',
        GraphiQLPluginExplorer: 'readonly',
        SyncadAnalyst: 'readonly',
        SyncadTable: 'readonly',
        SyncadSavedQueries: 'readonly',
        module: 'readonly',
      },
    },
  },
);

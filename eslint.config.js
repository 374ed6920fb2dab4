import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layering (STYLE.md, decision 0010): which folders a folder's modules may not import. Import
 * paths are relative, so each rule is written for the depth of the files it covers.
 */
const forbidden = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});
const toFeatures = (up) => ({
  regex: `^${up}features/`,
  message: 'Only the app composes features: a feature is imported by src/app alone.',
});
const toApp = (up) => ({
  regex: `^${up}app/`,
  message: 'Imports go one way, into src/app: nothing below it imports it.',
});
const otherFeature = {
  // From src/features/<name>/, `../<other>/` is another feature.
  regex: '^\\.\\./(?!\\.\\./)',
  message: 'Features never import one another; move what they share into api, lib or components.',
};
const toMocks = {
  regex: '^\\.\\./\\.\\./\\.\\./mocks/',
  message: 'Features do not import the mock Hub (their tests may).',
};
const mockHubToConsole = (up, what) => ({
  regex: `^${up}src/(${what})/`,
  message:
    "The mock Hub's store, handlers and server use the contract (src/api) and pure rules (src/lib) only; its panel and provider pages may use components/ui.",
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-live',
      'screenshots',
      '.hub-data',
      'coverage',
      'playwright-report',
      'test-results',
      'reports',
      'public/mockServiceWorker.js',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'The console renders data as text only.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.{ts,tsx}'],
    extends: [pluginQuery.configs['flat/recommended'], jsxA11y.flatConfigs.recommended],
    rules: {
      // A read's options say how it meets an ended session (the dialog or not), not what it reads.
      '@tanstack/query/exhaustive-deps': ['error', { allowlist: { types: ['ReadOptions'] } }],
    },
  },
  {
    files: ['src/**/*.test.tsx'],
    extends: [testingLibrary.configs['flat/react']],
    // Only Testing Library's `render` renders: the tests' own `render…` helpers return other things
    // (a user-event session).
    settings: { 'testing-library/custom-renders': 'off' },
  },
  {
    files: ['e2e/**/*.ts'],
    extends: [playwright.configs['flat/recommended']],
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: forbidden([
      otherFeature,
      toFeatures('\\.\\./\\.\\./'),
      toApp('\\.\\./\\.\\./'),
      toMocks,
    ]),
  },
  {
    // Tests of a feature may use the mock Hub, and nothing more.
    files: ['src/features/**/*.test.{ts,tsx}'],
    rules: forbidden([otherFeature, toFeatures('\\.\\./\\.\\./'), toApp('\\.\\./\\.\\./')]),
  },
  {
    files: ['src/api/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}'],
    rules: forbidden([toFeatures('\\.\\./'), toApp('\\.\\./')]),
  },
  {
    files: ['src/components/ui/**/*.{ts,tsx}'],
    rules: forbidden([toFeatures('\\.\\./\\.\\./'), toApp('\\.\\./\\.\\./')]),
  },
  {
    files: ['mocks/*.{ts,tsx}'],
    rules: forbidden([mockHubToConsole('\\.\\./', 'components|features|app')]),
  },
  {
    files: ['mocks/handlers/**/*.{ts,tsx}'],
    rules: forbidden([mockHubToConsole('\\.\\./\\.\\./', 'components|features|app')]),
  },
  {
    files: ['mocks/panel/**/*.{ts,tsx}', 'mocks/provider/**/*.{ts,tsx}'],
    rules: forbidden([mockHubToConsole('\\.\\./\\.\\./', 'features|app')]),
  },
  {
    // The QA helpers are copied into other repositories: they speak HTTP and the published
    // contract only, and import nothing of this project.
    files: ['e2e/support/**/*.ts'],
    rules: forbidden([
      { regex: '^\\.', message: 'The QA helpers import nothing of this project: use HTTP only.' },
    ]),
  },
);

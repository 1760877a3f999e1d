// @ts-check
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Architecture boundaries as lint errors, each saying what to use instead. */
const noImport = (paths, message) => paths.map((name) => ({ group: [name], message }));
const browserOnly = noImport(
  ['node:*', '**/compiler/*'],
  'Build-time code (src/compiler, Node) cannot run in the browser; import compiled content from "virtual:content".',
);
const storageOnly = noImport(['dexie'], 'Only src/storage talks to IndexedDB; use its functions.');
const pureDomain = noImport(
  ['react', 'react-*', 'dexie', 'zustand', '**/storage/*', '**/features/*'],
  'src/domain is pure logic: no React, storage or state libraries. Take data and `now` as parameters.',
);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'test/bench/dist'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Arrow shorthands like `() => setOpen(false)` read better with no braces around them.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/unit/**/*.{ts,tsx}'],
    ignores: ['src/compiler/**'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/compiler/**', 'src/storage/**', 'src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...browserOnly, ...storageOnly] }] },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: browserOnly }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...browserOnly, ...pureDomain] }] },
  },
  {
    files: [
      'src/compiler/**/*.ts',
      'test/compiler/**/*.ts',
      'test/e2e/**/*.ts',
      '*.config.{ts,js}',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);

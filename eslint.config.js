// @ts-check
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Architecture boundaries as lint errors, each saying what to use instead. The one-way flow:
 * content → compiler → typed data → domain → stores → screens (features), with storage beside
 * the stores. README "How it is built" draws it.
 */
const noImport = (paths, message) => paths.map((name) => ({ group: [name], message }));
const browserOnly = noImport(
  ['node:*', '**/compiler/*'],
  'Build-time code (src/compiler, Node) cannot run in the browser; import compiled content from "virtual:content".',
);
const storageOnly = noImport(['dexie'], 'Only src/storage talks to IndexedDB; use its functions.');
const storesOnly = noImport(
  ['zustand'],
  'App state lives in the state layer: add or extend a store in src/stores and read it from there.',
);
const schedulerOnly = noImport(
  ['ts-fsrs'],
  'ts-fsrs is used only behind the adapter in src/domain/scheduler.ts; call createScheduler() instead.',
);
const pureDomain = noImport(
  [
    'react',
    'react-*',
    'dexie',
    'zustand',
    'virtual:content',
    '**/storage/*',
    '**/stores/*',
    '**/features/*',
    '**/ui/*',
  ],
  'src/domain is pure logic: no React, UI, storage, stores or compiled content. Take data and `now` as parameters.',
);
const storageBelowStores = noImport(
  ['react', 'react-*', 'zustand', '**/features/*', '**/stores/*', '**/ui/*'],
  'src/storage only keeps data: no React, screens, stores or UI. Return values and report through callbacks; the stores update themselves.',
);
const storesBelowScreens = noImport(
  ['**/features/*'],
  'Stores never import screens: move what both need into src/stores, src/domain or src/ui.',
);
const screensUseStores = noImport(
  ['**/storage/*'],
  'Screens reach storage through the state layer (src/stores): use or add a store action there.',
);
const otherFeatures = [
  {
    regex: '^\\.\\./(?!\\.\\.)|/features/',
    message:
      'A feature folder does not reach into another feature: move what both need into src/stores (state), src/domain (logic) or src/ui (shared components).',
  },
];
const presentationalUi = noImport(
  ['**/features/*', '**/stores/*', '**/storage/*', 'zustand', 'dexie'],
  'src/ui holds shared presentational pieces: take what they show as props.',
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
    files: ['src/**/*.{ts,tsx}', 'test/features/**/*.{ts,tsx}'],
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
    ignores: ['src/compiler/**', 'src/storage/**', 'src/domain/**', 'src/stores/**', 'src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...browserOnly, ...storageOnly, ...storesOnly, ...schedulerOnly] },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...browserOnly,
            ...storageOnly,
            ...storesOnly,
            ...schedulerOnly,
            ...screensUseStores,
            ...otherFeatures,
          ],
        },
      ],
    },
  },
  {
    files: ['src/stores/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...browserOnly, ...storageOnly, ...schedulerOnly, ...storesBelowScreens] },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...browserOnly, ...schedulerOnly, ...presentationalUi] },
      ],
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...browserOnly, ...schedulerOnly, ...storageBelowStores] },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/scheduler.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...browserOnly, ...pureDomain, ...schedulerOnly] },
      ],
    },
  },
  {
    files: ['src/domain/scheduler.ts'],
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

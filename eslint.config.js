import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

// The pure core (SPEC §10, STYLE.md 1): domain code never reaches for UI, storage, parsing or the DOM.
const forbiddenInDomain = {
  patterns: [
    { group: ['svelte', 'svelte/*'], message: 'src/domain is pure: no Svelte.' },
    { group: ['dexie', 'dexie/*'], message: 'src/domain is pure: no Dexie.' },
    { group: ['chart.js', 'chart.js/*'], message: 'src/domain is pure: no Chart.js.' },
    { group: ['papaparse'], message: 'src/domain is pure: no PapaParse.' },
    { group: ['../db/*', '../state/*', '../components/*', '../views/*', '../exchange/*'], message: 'src/domain never imports upward.' },
  ],
};

export default ts.config(
  { ignores: ['dist/**', 'node_modules/**', '.bench/**'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'] },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // State holds immutable snapshots ($state.raw, replaced on each edit); a Map or Date built inside a
      // $derived is a fresh value, never mutated in place, so Svelte's reactive wrappers add nothing.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  { files: ['**/*.mjs'], ...ts.configs.disableTypeChecked },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', forbiddenInDomain],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
);

import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { layerRules } from './eslint.layers.js';

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
  // The floors: who may import whom (eslint.layers.js); the pure core has no browser globals either.
  ...layerRules,
  {
    files: ['src/domain/**/*.ts', 'src/exchange/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'] },
  },
);

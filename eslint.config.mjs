// ESLint (flat config): typescript-eslint's recommended rules, React's hook rules, and the project's own
// shape: no source file over 300 lines, edges reach the core only through its entry points, no eval.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const deepCore = {
  group: ['**/core/*/*', '**/core/types', '**/core/address', '!**/core/*/index'],
  message: 'Import the core through its entry points (core, core/tables, core/workbook, …), never deeper.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'docs/**', 'samples/*.xlsx', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Unused names with a leading underscore are deliberate (a parameter a callback must accept).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Control characters in patterns are deliberate here: cell text is cleaned of them before a terminal sees it.
      'no-control-regex': 'off',
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    // Office's and the fake's global objects, and the plain scripts around the build.
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly',
        Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', globalThis: 'readonly',
        window: 'readonly', document: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  { files: ['eslint.config.mjs'], languageOptions: { sourceType: 'module' } },
  {
    // The fake Excel is ES5 (it also runs as an init script in the browser tests): `var self = this` is its idiom.
    files: ['test/fakes/fake-excel.js'],
    rules: { '@typescript-eslint/no-this-alias': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    // Everything outside the core is an edge.
    files: ['src/**/*.{ts,tsx}', 'test/**/*.ts'],
    ignores: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepCore] }] },
  },
);

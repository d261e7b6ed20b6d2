// ESLint (flat config): typescript-eslint's recommended rules, React's hook rules, and the project's own
// shape: no source file over 300 lines, edges reach the core only through its entry points, no eval.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const deepCore = {
  group: ['**/core/*/*', '**/core/types', '**/core/address', '!**/core/*/index'],
  message: 'Import the core through its entry points (core, core/tables, core/workbook, …), never deeper.',
};

// Names a workbook chooses (sheets, headers, specialties, hospitals) may be `__proto__`, `constructor` or
// `toString`: as keys of a plain object they reach its prototype instead of an entry of its own. Text-keyed
// lookups are Maps; a Record over a closed set of keys (`Record<Role, …>`) is fine, and where a text-keyed
// object holds only Målkoll's own keys, an eslint-disable comment says so.
const textKeyed =
  'A plain object keyed by text: a name from a workbook (__proto__, constructor) would reach its prototype. Use a Map (or a Record over a closed set of keys).';
const textKeyedObjects = [
  { selector: "TSTypeReference[typeName.name='Record'] > TSTypeParameterInstantiation > TSStringKeyword:first-child", message: textKeyed },
  { selector: 'TSIndexSignature', message: textKeyed },
  { selector: "CallExpression[callee.object.name='Object'][callee.property.name='fromEntries']", message: textKeyed },
];

// An argument list is copied onto the call stack: `Math.max(...cells)` or `push(...findings)` over an array
// that grows with the workbook overflows it (about 120 000 elements), and the whole run ends. Loops, reduce
// and concat do the same work without the limit. Spreads into an array literal (`[...a, ...b]`) copy on the
// heap and are not banned.
const spreadArguments = [
  {
    selector: 'CallExpression > SpreadElement',
    message: 'No spread into a call: an array that grows with the input overflows the call stack. Use a loop, reduce or concat.',
  },
  {
    selector: 'NewExpression > SpreadElement',
    message: 'No spread into a call: an array that grows with the input overflows the call stack. Use a loop or concat.',
  },
  {
    selector: "CallExpression[callee.property.name='apply'][arguments.length=2]",
    message: 'No fn.apply(this, array): it copies the array onto the call stack as a spread does. Use a loop.',
  },
];

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
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        globalThis: 'readonly',
        window: 'readonly',
        document: 'readonly',
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
    rules: {
      'max-lines': ['error', { max: 300 }],
      'no-restricted-syntax': ['error', ...textKeyedObjects, ...spreadArguments],
    },
  },
  {
    // The catalogue is keyed by Målkoll's own message keys, never by a workbook's text.
    files: ['src/i18n/catalog/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...spreadArguments] },
  },
  {
    // Everything outside the core is an edge.
    files: ['src/**/*.{ts,tsx}', 'test/**/*.ts'],
    ignores: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepCore] }] },
  },
);

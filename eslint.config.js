// typescript-eslint flat config. Besides the recommended rules, it enforces the layout's boundaries:
// only src/platform may import webextension-polyfill or touch `chrome`, src/core imports nothing outside itself,
// and content scripts and UI pages never import the store.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const polyfillOnlyInPlatform = {
  paths: [{ name: 'webextension-polyfill', message: 'Import `browser` from src/platform/browser instead.' }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['warn', { fixStyle: 'inline-type-imports' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-imports': ['error', polyfillOnlyInPlatform],
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Use src/platform: it is the only place that touches chrome.*.' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...polyfillOnlyInPlatform,
          patterns: [{ group: ['**/background/**', '**/content/**', '**/ui/**', '**/platform/**', 'preact', 'dexie'], message: 'src/core is pure: no DOM, browser or store imports.' }],
        },
      ],
    },
  },
  {
    files: ['src/content/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...polyfillOnlyInPlatform, patterns: [{ group: ['**/background/store', '**/background/store/**'], message: 'Reach the store through messages (src/platform/messaging).' }] },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Scripts of test pages run in the page, not in node.
    files: ['tests/fixtures/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Functions passed to page.evaluate run in the browser.
    // (in pages, and in extension pages where the WebExtension globals exist).
    files: ['tests/e2e/**/*.mjs', 'build/start.mjs', 'build/bench*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly', browser: 'readonly' } },
  },
);

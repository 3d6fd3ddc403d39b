import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.output-*/',
      '.wxt/',
      'tests/fixtures/',
      'public/data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Nothing fetched from the web is ever inserted as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent or React text.' },
        { property: 'outerHTML', message: 'Use textContent or React text.' },
        { property: 'insertAdjacentHTML', message: 'Use DOM methods with text.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No HTML injection.',
        },
      ],
    },
  },
  {
    // Engine and background code: no DOM globals (documents are passed in).
    files: ['utils/**/*.ts', 'entrypoints/background/**/*.ts', 'entrypoints/background.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'DOMParser'],
    },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-globals': 'off' },
  },
);

// @ts-check
// Lint: ESLint's and typescript-eslint's recommended rules with type information for every
// TypeScript and JavaScript file, eslint-plugin-astro for .astro components (with its jsx-a11y
// rules), and eslint-plugin-jsx-a11y for the CMS's React previews and widgets. `npm run lint`
// allows no warnings.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.cache/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'public/pagefind/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    rules: {
      // Leading-underscore names and the rest of a destructuring are the idiom for "left out on purpose".
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],
  {
    // astro-eslint-parser reads the project through `project`, not the project service.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: './tsconfig.json' } },
  },
  {
    files: ['**/*.astro'],
    rules: {
      // role="list" on styled lists is deliberate: Safari drops list semantics with list-style: none.
      'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
      // A scrollable table wrapper is a labelled region keyboard users must be able to focus
      // to scroll (axe: scrollable-region-focusable).
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'], roles: [] }],
    },
  },
  {
    // The plugin itself is registered by astro's jsx-a11y config above; only its rules here.
    files: ['admin/**/*.tsx'],
    rules: { ...jsxA11y.flatConfigs.recommended.rules },
  },
);

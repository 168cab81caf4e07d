// @ts-check
// Lint: ESLint's and typescript-eslint's recommended rules with type information for every
// TypeScript and JavaScript file, eslint-plugin-astro for .astro components (with its jsx-a11y
// rules), and eslint-plugin-jsx-a11y for the CMS's React previews and widgets. `npm run lint`
// allows no warnings.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
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
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],
  {
    // The plugin itself is registered by astro's jsx-a11y config above; only its rules here.
    files: ['admin/**/*.tsx'],
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
);

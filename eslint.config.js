// Lint: ESLint's recommended rules plus typescript-eslint's, over our sources.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '**/.wxt/', 'node_modules/', 'test-results/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Third-party page text must never become markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Insert page and corpus text as text, never as HTML.' },
        { property: 'outerHTML', message: 'Insert page and corpus text as text, never as HTML.' },
      ],
    },
  },
  {
    // Test helpers build saved pages as HTML strings on purpose.
    files: ['tests/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);

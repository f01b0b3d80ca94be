import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { corpusPlugin } from './scripts/vite-plugin-corpus';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: code reads the same in lib/, tests and scripts.
  imports: false,
  vite: () => ({
    plugins: [
      preact(),
      corpusPlugin({
        corpus: (papers) => papers,
      }),
    ],
  }),
  manifest: ({ browser }) => ({
    name: 'Paperscope',
    description: 'Find machine-learning papers and their code, offline: a bundled corpus searched from the toolbar.',
    action: { default_title: 'Paperscope: search papers' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'paperscope@paperscope.dev',
              // data_collection_permissions is understood from Firefox 140 on.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

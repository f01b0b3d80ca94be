import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: code reads the same in lib/, tests and scripts.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Paperscope',
    description: 'Find machine-learning papers and their code, offline: a bundled corpus searched from the toolbar.',
  },
});

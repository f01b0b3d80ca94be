/**
 * The benchmark's floor extension: what any WXT content script on GitHub pays
 * per page in this stack (WXT's content-script runtime, the extension API's
 * first use, the navigation listeners the issue asks for), with none of
 * Paperscope's logic. `scripts/bench/content-scripts.ts` builds it into
 * `.output/bench-floor/` and measures it beside the real extension, so the
 * figures can say how much of a page's cost is ours.
 */
import { defineConfig } from 'wxt';
import { nativeBrowserInPages } from '../../native-browser';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  outDir: '../../../.output/bench-floor',
  hooks: { 'vite:build:extendConfig': nativeBrowserInPages },
  manifest: { name: 'Paperscope benchmark floor', version: '0.0.0', host_permissions: ['https://github.com/*'] },
});

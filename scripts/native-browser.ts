/**
 * Build-time helper: makes `wxt/browser` resolve to `lib/content/native-browser.ts`
 * in the builds of the scripts that run in web pages (the content scripts on
 * every arXiv and GitHub page, and the UI stages injected into pages with a
 * match), leaving the polyfill alias that `@wxt-dev/webextension-polyfill` sets
 * for the background and the popup. The reason is in that file.
 */
import { fileURLToPath } from 'node:url';
import type { Entrypoint } from 'wxt';
import type { Alias, InlineConfig } from 'vite';

/** The polyfill-free `browser` of the content scripts' first stage. */
export const NATIVE_BROWSER = fileURLToPath(new URL('../lib/content/native-browser.ts', import.meta.url));

/** Entrypoint types that run in a web page's isolated world (our unlisted scripts are the UI stages). */
const IN_PAGE: readonly Entrypoint['type'][] = ['content-script', 'unlisted-script'];

/**
 * For WXT's `vite:build:extendConfig` hook: in a build made only of scripts
 * that run in pages, points every `wxt/browser` alias at {@link NATIVE_BROWSER}.
 * Throws when no such alias exists (the polyfill module stopped setting one), so
 * a silent change of WXT cannot put the polyfill back into the content scripts.
 */
export function nativeBrowserInPages(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  if (!entrypoints.length || !entrypoints.every((e) => IN_PAGE.includes(e.type))) return;
  const resolve = (config.resolve ??= {});
  const alias = resolve.alias;
  let replaced = 0;
  if (Array.isArray(alias)) {
    for (const entry of alias as Alias[]) {
      if (entry.find === 'wxt/browser') {
        entry.replacement = NATIVE_BROWSER;
        replaced++;
      }
    }
  } else if (alias && 'wxt/browser' in alias) {
    (alias as Record<string, string>)['wxt/browser'] = NATIVE_BROWSER;
    replaced++;
  }
  if (!replaced) {
    throw new Error(
      `Expected a 'wxt/browser' alias (set by @wxt-dev/webextension-polyfill) in the build of ${entrypoints.map((e) => e.name).join(', ')}`,
    );
  }
}

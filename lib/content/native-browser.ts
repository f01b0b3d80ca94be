/**
 * The extension API for the first stage of the content scripts, without
 * webextension-polyfill: at build time `wxt/browser` resolves to this file for
 * content-script entrypoints only (see `scripts/native-browser.ts`); the
 * background, the popup and the UI stages keep the polyfill.
 *
 * Why: these scripts run on every arXiv and GitHub page, and the polyfill costs
 * about 2 ms of main-thread work per page load before any of our code runs
 * (parsing its 10 kB and wrapping `chrome` in proxies; measured with
 * `npm run bench`), most of the 3 ms a page without a match may cost. What the
 * first stage calls needs no polyfill: `runtime.sendMessage` returns a promise
 * natively in Chrome (MV3) and in Firefox, and `runtime.id` is a plain property.
 * Same choice as WXT's own `@wxt-dev/browser`: Firefox's native `browser`, else `chrome`.
 */
type Api = typeof import('wxt/browser').browser;

const scope = globalThis as unknown as { browser?: Api; chrome?: Api };

/** Firefox's `browser`, or Chrome's `chrome` (both promise-based for the calls the first stage makes). */
export const browser: Api = (scope.browser?.runtime?.id ? scope.browser : scope.chrome)!;

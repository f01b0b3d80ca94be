/**
 * The extension API for the scripts that run in web pages, without
 * webextension-polyfill: at build time `wxt/browser` resolves to this file for
 * the content scripts and the UI stages they load (see
 * `scripts/native-browser.ts`); the background and the popup keep the polyfill.
 *
 * Why: the content scripts run on every arXiv and GitHub page, and the polyfill
 * costs about 2 ms of main-thread work per page load before any of our code
 * runs (parsing its 10 kB and wrapping `chrome` in proxies; measured with
 * `npm run bench`), most of the 3 ms a GitHub page without a match may cost;
 * the UI stages pay it again before a panel can show (≤ 10 ms). What these
 * scripts call needs no polyfill: `runtime.sendMessage` returns a promise
 * natively in Chrome (MV3) and in Firefox, `runtime.id` is a plain property
 * (WXT's own `@wxt-dev/browser` picks the native API the same way: Firefox's
 * `browser`, else `chrome`).
 */
type Api = typeof import('wxt/browser').browser;

const scope = globalThis as unknown as { browser?: Api; chrome?: Api };

/** Firefox's `browser`, or Chrome's `chrome` (both promise-based for the calls the first stage makes). */
export const browser: Api = (scope.browser?.runtime?.id ? scope.browser : scope.chrome)!;

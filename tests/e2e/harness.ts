/**
 * Drives the *built* extension (`.output/chrome-mv3`) in Debian's Chromium with
 * playwright-core. Real site URLs are served from saved pages through
 * `context.route`; every other request is aborted, so a test never touches
 * the network and the third-party scripts of saved pages never run.
 */
import { existsSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';

/** Where Chromium is expected; `CHROMIUM_PATH` overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built Chrome extension. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
/** Screenshots land here (git-ignored). */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

/** Fails with a message that says how to fix the machine, never silently. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. End-to-end tests need it: install Debian's package with ` +
        '`sudo apt-get update && sudo apt-get install -y chromium`, or set CHROMIUM_PATH.',
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
}

/** A page body served for a URL. */
export interface Served {
  body: string;
  contentType?: string;
  status?: number;
}

/** Decides what to serve for a request URL; undefined aborts the request. */
export type Router = (url: URL) => Served | string | undefined;

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Web requests that were aborted because no route served them (the saved pages' own assets, mostly). */
  blocked: string[];
  close(): Promise<void>;
  /** A value in the extension's local storage (WXT keys without the `local:` prefix). */
  storageGet(key: string): Promise<unknown>;
  /** Replaces the router (routes are looked up on every request). */
  setRouter(router: Router): void;
  /**
   * URLs of every open tab, as the browser itself reports them (including a
   * tab still loading). Tabs that the extension opens with `tabs.create` can
   * start loading before Playwright's routing attaches to them, so tests check
   * where such a tab goes here rather than through its page.
   */
  tabUrls(): Promise<string[]>;
  /** The browser's id of the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** The toolbar badge text of a tab. */
  badgeText(tabId: number): Promise<string>;
  /** Opens the popup as a page. */
  openPopup(options?: { colorScheme?: 'light' | 'dark'; query?: string }): Promise<Page>;
}

/** Chromium flags for tests and benchmarks on these machines (no background traffic, no sandbox as root). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches Chromium in a fresh profile with every web request routed: what
 * `router()` serves is fulfilled, the rest aborted (and listed in `blocked`).
 * @param extraArgs Flags that load the extension, or keep extensions out.
 */
export async function launchRouted(
  router: () => Router,
  extraArgs: string[],
  profilePrefix = 'paperscope-e2e-',
): Promise<{ context: BrowserContext; blocked: string[]; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), profilePrefix));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...CHROMIUM_FLAGS, ...extraArgs],
    // Playwright turns the back/forward cache off; a reader's browser has it, and pages
    // restored from it (no script runs again) are a case the content scripts handle.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  const blocked: string[] = [];
  await context.route('**/*', async (route) => {
    const request: Request = route.request();
    const url = new URL(request.url());
    // The extension's own files (chrome-extension://…) and inline data are not network.
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      await route.continue();
      return;
    }
    const served = router()(url);
    if (served === undefined) {
      blocked.push(request.url());
      await route.abort('blockedbyclient');
      return;
    }
    const page = typeof served === 'string' ? { body: served } : served;
    await route.fulfill({
      status: page.status ?? 200,
      contentType: page.contentType ?? 'text/html; charset=utf-8',
      body: page.body,
    });
  });
  return {
    context,
    blocked,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Launches Chromium with the built extension loaded and all network routed.
 * @param extensionDir Another unpacked extension to load instead (the benchmarks' floor).
 */
export async function launchExtension(router: Router = () => undefined, extensionDir: string = EXTENSION_DIR): Promise<ExtensionSession> {
  assertChromium();
  let current = router;
  const { context, blocked, close } = await launchRouted(() => current, [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ]);

  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;

  /** Runs `fn` in an extension page, where the extension APIs are available. */
  async function inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    const page = await context.newPage();
    try {
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      // Playwright's evaluate types want a serialisable argument; ours are strings and numbers.
      return (await page.evaluate(fn as (arg: unknown) => Promise<R>, arg as unknown)) as R;
    } finally {
      await page.close();
    }
  }

  return {
    context,
    extensionId,
    blocked,
    setRouter(next) {
      current = next;
    },
    storageGet: (key) => inExtension(async (k: string) => (await chrome.storage.local.get(k))[k], key),
    tabUrls: () => inExtension(async () => (await chrome.tabs.query({})).map((t) => t.pendingUrl ?? t.url ?? ''), undefined),
    tabIdOf: (page) => inExtension(async (url: string) => (await chrome.tabs.query({ url }))[0]!.id!, page.url()),
    badgeText: (tabId) => inExtension((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId),
    async openPopup({ colorScheme = 'light', query } = {}) {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 420, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html${query ? `?${query}` : ''}`);
      return page;
    },
    close,
  };
}

/** Saves a screenshot under `test-results/screenshots/<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean; selector?: string } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  if (options.selector) await page.locator(options.selector).first().screenshot({ path });
  else await page.screenshot({ path, fullPage: options.fullPage ?? false });
  return path;
}

/** Makes `page` record, in its own world, whether it last came back from the back/forward cache (see {@link restoredByBack}). */
export async function recordRestores(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = window as unknown as { restored: boolean };
    addEventListener('pageshow', (e) => {
      state.restored = e.persisted;
    });
    // Reset on leaving, so that a page restored twice proves the second restore too.
    addEventListener('pagehide', () => {
      state.restored = false;
    });
  });
}

/**
 * Goes Back and proves the page came back from the back/forward cache (no load, so
 * no content script ran again). The page must have been opened after {@link recordRestores}.
 */
export async function restoredByBack(page: Page): Promise<void> {
  // A restore fires no `load` event, which Playwright would wait for.
  await page.goBack({ waitUntil: 'commit' });
  // Fails (times out) when the page was loaded again instead.
  await page.waitForFunction(() => (window as unknown as { restored?: boolean }).restored === true, undefined, { timeout: 5000 });
}

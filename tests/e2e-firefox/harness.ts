/**
 * Drives the *built* Firefox extension (`.output/firefox-mv2`) in Debian's
 * `firefox-esr` with puppeteer-core over WebDriver BiDi.
 *
 * - The extension is installed as a temporary add-on (`browser.installExtension`).
 * - Its moz-extension UUID is chosen here, before start-up, through the
 *   `extensions.webextensions.uuids` preference (Firefox otherwise picks a random
 *   one per profile), so the popup's URL is known.
 * - Real site URLs are served from saved pages by request interception on every
 *   page the harness opens; every other http(s) request is aborted and recorded
 *   in `blocked`. As a second wall, the profile's proxy is a closed local port,
 *   so a request nothing intercepts (Firefox's own, the extension's background
 *   page) fails instead of reaching the network.
 *
 * Firefox's BiDi does not report navigations of extension pages (bug 1755014:
 * `moz-extension:` contexts are filtered out of navigation events), so
 * `page.goto('moz-extension://…')` never resolves. {@link FirefoxSession.openPopup}
 * starts the navigation without awaiting it and polls the document instead;
 * `page.evaluate` and keyboard input do work in the popup.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

/** Where Firefox is expected; `FIREFOX_PATH` overrides. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The built Firefox extension. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));
/** Screenshots land here (git-ignored). */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

interface GeckoManifest {
  manifest_version?: number;
  browser_specific_settings?: { gecko?: { id?: string } };
}

/** The add-on id the Firefox build declares (`browser_specific_settings.gecko.id`). */
export function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as GeckoManifest;
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${EXTENSION_DIR}/manifest.json declares no browser_specific_settings.gecko.id.`);
  return id;
}

/** Fails with a message that says how to fix the machine, never silently. */
export function assertFirefox(): void {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox not found at ${FIREFOX_PATH}. The Firefox end-to-end tests need it: install Debian's package with ` +
        '`sudo apt-get update && sudo apt-get install -y firefox-esr`, or set FIREFOX_PATH.',
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built Firefox extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  geckoId();
}

/** A page body served for a URL. */
export interface Served {
  body: string;
  contentType?: string;
  status?: number;
}

/** Decides what to serve for a request URL; undefined aborts the request. */
export type Router = (url: URL) => Served | string | undefined;

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id Firefox installed the extension under. */
  extensionId: string;
  /** The extension's moz-extension host (`moz-extension://<uuid>/`). */
  uuid: string;
  /** http(s) requests that were aborted because no route served them. */
  blocked: string[];
  /** A new tab with the routing in place. */
  newPage(): Promise<Page>;
  /** A new tab showing `url` (served by the router). */
  open(url: string): Promise<Page>;
  /** The popup, opened as a page, once its document has loaded and rendered its list. */
  openPopup(): Promise<Page>;
  /** The toolbar badge text of the tab showing `url` (asked from an extension page). */
  badgeText(url: string): Promise<string>;
  close(): Promise<void>;
}

/** The part of Firefox's extension API that {@link FirefoxSession.badgeText} uses. */
interface ExtensionApi {
  tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/** The profile's proxy: a closed local port, so anything not intercepted fails fast. */
const DEAD_PROXY = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
};

/** Launches Firefox with the built extension installed and all page requests routed. */
export async function launchFirefox(router: Router = () => undefined): Promise<FirefoxSession> {
  assertFirefox();
  const wantedId = geckoId();
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // A fresh profile's first start can take a while on a busy two-core machine.
    timeout: 120_000,
    // BiDi refuses to navigate to moz-extension: URLs unless system access is allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [wantedId]: uuid }),
      ...DEAD_PROXY,
    },
  });
  let extensionId: string;
  try {
    extensionId = await browser.installExtension(EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  if (extensionId !== wantedId) {
    await browser.close();
    throw new Error(`Firefox installed the extension as ${extensionId}, not ${wantedId}.`);
  }

  const blocked: string[] = [];

  async function handle(request: HTTPRequest): Promise<void> {
    const url = new URL(request.url());
    // The extension's own files (moz-extension://…), data: and blob: are not network.
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      await request.continue();
      return;
    }
    const served = router(url);
    if (served === undefined) {
      blocked.push(request.url());
      await request.abort('blockedbyclient');
      return;
    }
    const page = typeof served === 'string' ? { body: served } : served;
    await request.respond({
      status: page.status ?? 200,
      contentType: page.contentType ?? 'text/html; charset=utf-8',
      body: page.body,
    });
  }

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      handle(request).catch(() => {
        // The page went away while its request was handled.
      });
    });
    return page;
  }

  async function openPopup(): Promise<Page> {
    const page = await newPage();
    await page.setViewport({ width: 420, height: 600 });
    const url = `moz-extension://${uuid}/popup.html`;
    // Never resolves in Firefox (see above); it rejects when the page closes.
    void page.goto(url, { timeout: 0 }).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const check = page
        .evaluate(
          (want: string) => location.href === want && document.readyState === 'complete' && document.querySelector('[role=option]') !== null,
          url,
        )
        .catch(() => false); // The document is being replaced.
      // An evaluation caught in the switch to the extension process may never answer: ask again.
      const ready = await Promise.race([check, new Promise<false>((resolve) => setTimeout(resolve, 2000, false))]);
      if (ready) return page;
      if (Date.now() > deadline) {
        await page.close();
        throw new Error(
          `The popup did not load at ${url} within 15 s ` +
            '(did Firefox ignore the extensions.webextensions.uuids preference, or refuse the navigation?).',
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return {
    browser,
    extensionId,
    uuid,
    blocked,
    newPage,
    openPopup,
    async open(url) {
      const page = await newPage();
      await page.goto(url);
      return page;
    },
    async badgeText(url) {
      const popup = await openPopup();
      try {
        return await popup.evaluate(async (tabUrl: string) => {
          // An extension page: Firefox's own `browser` namespace (MV2: browserAction).
          const ext = (globalThis as unknown as { browser: ExtensionApi }).browser;
          const [tab] = await ext.tabs.query({ url: tabUrl });
          if (tab?.id === undefined) throw new Error(`No tab shows ${tabUrl}`);
          return ext.browserAction.getBadgeText({ tabId: tab.id });
        }, url);
      } finally {
        await popup.close();
      }
    },
    async close() {
      // puppeteer removes the temporary profile.
      await browser.close();
    },
  };
}

/** Saves a screenshot under `test-results/screenshots/<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string, options: { selector?: string } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  if (options.selector) {
    const element = await page.$(options.selector);
    if (!element) throw new Error(`No ${options.selector} to screenshot`);
    await element.screenshot({ path: path as `${string}.png` });
  } else {
    await page.screenshot({ path: path as `${string}.png` });
  }
  return path;
}

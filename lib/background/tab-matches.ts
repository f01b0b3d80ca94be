/**
 * Remembers which corpus papers each tab shows, keeps the toolbar badge in
 * step, and forgets a tab's papers when it navigates elsewhere. A factory with
 * injected dependencies, so tests drive it without a browser.
 */
import type { PageMatch } from '../messages';

/** What the service needs from the browser. */
export interface TabMatchesDeps {
  /** Sets the toolbar badge text for a tab ('' clears it). */
  setBadge(tabId: number, text: string): void | Promise<void>;
  /**
   * Saves the whole state; an MV3 service worker is stopped when idle and
   * loses its memory, so the entrypoint mirrors this into session storage.
   */
  save?(state: Record<number, TabEntry>): void | Promise<void>;
}

/** What is remembered of one tab. */
export interface TabEntry {
  url: string;
  matches: PageMatch[];
}

/** Per-tab match bookkeeping. */
export interface TabMatches {
  /** A content script reported the papers on `url` in `tabId`. */
  report(tabId: number, url: string, matches: PageMatch[]): Promise<void>;
  /** The tab's URL changed (load or history navigation): drop a stale report. */
  navigated(tabId: number, url: string): Promise<void>;
  /** The tab closed. */
  removed(tabId: number): void;
  /** The papers currently known on a tab, strongest evidence first as reported. */
  get(tabId: number): PageMatch[];
  /** The page (without fragment) the tab's papers were reported for. */
  url(tabId: number): string | undefined;
}

/** Text for the badge: the count, or nothing. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** Strips the fragment: jumping to an anchor is not navigating away. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * Creates the service.
 * @param initial State saved by an earlier instance (see {@link TabMatchesDeps.save}).
 */
export function createTabMatches(deps: TabMatchesDeps, initial: Record<number, TabEntry> = {}): TabMatches {
  const tabs = new Map<number, TabEntry>(Object.entries(initial).map(([id, entry]) => [Number(id), entry]));
  const save = () => deps.save?.(Object.fromEntries(tabs));
  return {
    async report(tabId, url, matches) {
      const unique = [...new Map(matches.map((m) => [m.paperId, m])).values()];
      tabs.set(tabId, { url: pageKey(url), matches: unique });
      await Promise.all([deps.setBadge(tabId, badgeText(unique.length)), save()]);
    },
    async navigated(tabId, url) {
      const entry = tabs.get(tabId);
      if (!entry || entry.url === pageKey(url)) return;
      tabs.delete(tabId);
      await Promise.all([deps.setBadge(tabId, ''), save()]);
    },
    removed(tabId) {
      if (tabs.delete(tabId)) void save();
    },
    get(tabId) {
      return tabs.get(tabId)?.matches ?? [];
    },
    url(tabId) {
      return tabs.get(tabId)?.url;
    },
  };
}

/**
 * Wires the background services to the browser: messages, tab navigation and
 * the toolbar badge. Called once from `entrypoints/background.ts`.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { MatchLookup } from '../match/lookup';
import type { Paper } from '../types';
import { isMessage, type UiStage } from '../messages';
import { dismiss, dismissedKeys } from '../storage';
import { createMessageHandler } from './message-handler';
import { createTabMatches, type TabEntry } from './tab-matches';

/** Badge colour: the accent teal, legible with white text. */
const BADGE_COLOR = '#0f766e';

const savedTabs = storage.defineItem<Record<number, TabEntry>>('session:tabMatches', { fallback: {} });

/**
 * Starts the background services for `corpus`.
 * @param lookup The match lookup (parsed on first call): the background matches the arXiv and GitHub pages the content scripts read.
 */
export function startBackground(corpus: Paper[], lookup: () => MatchLookup): void {
  // Chrome MV3 names it `action`; Firefox MV2 `browserAction`.
  const action = browser.action ?? browser.browserAction;
  // Listeners must be registered synchronously so a woken service worker gets the event that woke it.
  const ready = savedTabs.getValue().catch(() => ({}));
  const service = ready.then((initial) =>
    createTabMatches(
      {
        async setBadge(tabId, text) {
          try {
            await action.setBadgeText({ tabId, text });
            if (text) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
          } catch {
            // The tab closed meanwhile: nothing to badge.
          }
        },
        save: (state) => savedTabs.setValue(state),
      },
      initial,
    ),
  );
  const tabUrl = async (tabId: number) => {
    try {
      return (await browser.tabs.get(tabId)).url;
    } catch {
      return undefined; // the tab is gone
    }
  };
  const injectStage = async (tabId: number, frameId: number, stage: UiStage) => {
    const file = `/${stage}.js` as const;
    // Chrome MV3 has `scripting`; Firefox MV2 keeps `tabs.executeScript`.
    if (browser.scripting) await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    else await browser.tabs.executeScript(tabId, { file, frameId });
  };
  const handler = service.then((tabs) =>
    createMessageHandler({
      corpus,
      tabMatches: tabs,
      tabUrl,
      injectStage,
      lookup,
      dismissals: { keys: dismissedKeys, add: dismiss },
    }),
  );
  const quietly = (work: Promise<unknown>) => void work.catch(() => undefined);

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message)) return undefined;
    return handler.then((handle) => handle(message, sender));
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // The URL is given only for the hosts we run on; a load elsewhere comes without
    // one, and then the tab shows none of our papers any more ('' never equals a page).
    const url = change.url ?? (change.status === 'loading' ? (tab.url ?? '') : undefined);
    if (url !== undefined) quietly(service.then((tabs) => tabs.navigated(tabId, url)));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    quietly(service.then((tabs) => tabs.removed(tabId)));
  });
}

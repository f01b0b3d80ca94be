/**
 * Starts the popup: renders the search panel over the corpus, asks the
 * background which corpus papers the current tab shows, and loads the
 * prebuilt search index and the abstracts once the first cards are on screen.
 */
import { h, render } from 'preact';
import { countDismissed, restoreDismissed } from '../storage';
import { browser } from 'wxt/browser';
import { SearchPanel } from '../../components/SearchPanel';
import type { PageMatch } from '../messages';
import { createSearchEngine } from '../search/engine';
import { withAbstracts } from './abstracts';
import type { DeferredData } from './deferred';
import { createSearchModel } from '../search-model';
import type { Paper } from '../types';

/** Follows the system colour scheme, live. */
function followColorScheme(root: HTMLElement): void {
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => root.setAttribute('data-ps-theme', dark.matches ? 'dark' : 'light');
  apply();
  dark.addEventListener('change', apply);
}

/**
 * The tab whose papers the popup lists first: the active tab, or the one named
 * by `?tab=<id>` (when popup.html is opened as a page, e.g. by the e2e tests,
 * the active tab is the popup's own).
 */
async function sourceTabId(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The corpus papers on the source tab, strongest evidence first (none when not known). */
async function onPageIds(): Promise<string[]> {
  try {
    const tabId = await sourceTabId();
    if (tabId === undefined) return [];
    const matches = (await browser.runtime.sendMessage({ type: 'tab-matches', tabId })) as PageMatch[] | undefined;
    return (matches ?? []).map((m) => m.paperId);
  } catch {
    return [];
  }
}

/**
 * Resolves after the next frame has been produced (a timer set from its
 * animation-frame callback), or after a tenth of a second in a document that
 * produces no frames (hidden: a preloaded popup, popup.html in a background tab).
 */
const afterNextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });

/**
 * Renders the popup into `root`.
 * @param papers The corpus without its abstracts (`virtual:paperscope/popup-corpus`).
 * @param loadDeferred Loads the search index and the abstracts. Called after
 *   the first frame: together they outweigh the rest of the popup, and the
 *   empty query's list (its first view) needs neither.
 */
export function startPopup(root: HTMLElement, papers: Paper[], loadDeferred: () => Promise<DeferredData>): void {
  root.classList.add('ps-root');
  followColorScheme(root);
  const engine = afterNextFrame()
    .then(loadDeferred)
    .then(({ searchData, abstracts }) => {
      // The engine's papers carry their abstracts: it searches them, and its results quote them.
      const full = withAbstracts(papers, abstracts);
      return createSearchEngine(full, searchData);
    });
  const model = createSearchModel(papers, engine);
  const withCodeCount = papers.filter((p) => p.links.some((l) => l.kind === 'code')).length;
  const draw = (hiddenPanels: number) => render(h(SearchPanel, { model, actions, withCodeCount, hiddenPanels }), root);
  const actions = {
    openUrl(url: string) {
      void browser.tabs.create({ url });
    },
    close() {
      window.close();
    },
    restoreHidden() {
      void restoreDismissed().then(() => draw(0));
    },
  };
  draw(0);
  void countDismissed()
    .then((count) => count && draw(count))
    .catch(() => undefined);
  void onPageIds().then((ids) => {
    if (ids.length) model.setOnPageIds(ids);
  });
}

/**
 * The GitHub content script, first stage: runs on every GitHub page, decides
 * from the URL, the meta tags and (on a repository home) the README's raw text
 * whether the page may show a corpus paper, asks the background to match those
 * pages (it holds the full lookup), and loads the panel stage (`./github-ui.ts`)
 * only when there is something to show. It keeps exactly one
 * right panel through GitHub's in-page navigation (Turbo, Turbo frames, React
 * soft navigation, back/forward).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { GitHubPageAnswer } from '../messages';
import type { RepoPrecheck } from '../match/repo-precheck';
import { matchGitHubPage, reportMatches } from './background-client';
import type { GitHubUi } from './github-ui';
import { readRepoFacts } from './github-page';

/** GitHub's own navigation events, after which the page shows new content. */
const NAVIGATION_EVENTS = [
  'turbo:render',
  'turbo:load',
  'turbo:frame-render',
  'turbo:frame-load',
  'soft-nav:end',
  'soft-nav:react-done',
  'pjax:end',
];

/** GitHub fires several events per navigation: one update after the burst. */
const DEBOUNCE_MS = 30;

const NONE: GitHubPageAnswer = { kind: 'none' };

/**
 * Starts the script; everything it sets up ends with `ctx` (extension reload or update).
 * @param getPrecheck The first check's tables, parsed on first call: most GitHub pages are not repositories and never need them.
 * @param loadUi Loads the panel stage (injected on first use).
 */
export function runGitHub(ctx: ContentScriptContext, getPrecheck: () => RepoPrecheck, loadUi: () => Promise<GitHubUi | undefined>): void {
  let generation = 0;
  let ui: Promise<GitHubUi | undefined> | undefined;
  /**
   * The background may hold papers for this tab from us: we asked about a page
   * (its answer counts as the page's report, and may land late) or reported one.
   */
  let backgroundHolds = false;

  const update = async () => {
    const run = ++generation;
    const facts = readRepoFacts(document, location, getPrecheck);
    if (!facts) {
      // Nothing to show: the panel stage is never loaded on such pages (or only hides what it showed).
      if (ui) await (await ui)?.hide();
      // Withdraw what the background may hold, a late answer about the last page included
      // (messages from one page reach the background in order).
      if (backgroundHolds) {
        backgroundHolds = false;
        await reportMatches(location.href, []);
      }
      return;
    }
    // The background matches (and records) only pages that may show a corpus paper. Every
    // update asks again: the tab may have left and come back, and the background forgot it.
    backgroundHolds = true;
    const page = (await matchGitHubPage(location.href, facts)) ?? NONE;
    if (run !== generation) return;
    // Answers arrive in order: an earlier question's late answer was recorded before this one.
    backgroundHolds = page.kind === 'repo';
    // A closed panel stays closed; its papers still count for the page (badge, popup).
    if (page.kind === 'none' || page.dismissed) {
      if (ui) await (await ui)?.hide();
      return;
    }
    // Loaded once; a failed load (extension reloading) is tried again on the next update.
    ui ??= loadUi().then((loaded) => {
      if (!loaded) ui = undefined;
      return loaded;
    });
    await (await ui)?.show(page, () => run === generation);
  };

  const safeUpdate = () =>
    update().catch(() => {
      // The extension was reloaded under the page, or the page is odd: stay silent, never break GitHub.
    });

  let pending: number | undefined;
  const schedule = () => {
    if (pending !== undefined) clearTimeout(pending);
    pending = ctx.setTimeout(() => {
      pending = undefined;
      void safeUpdate();
    }, DEBOUNCE_MS);
  };
  for (const type of NAVIGATION_EVENTS) ctx.addEventListener(document, type, schedule);
  ctx.addEventListener(window, 'popstate', schedule);
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  // A page restored from the back/forward cache runs no script: tell the background again.
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) {
      schedule();
    }
  });
  void safeUpdate();
}

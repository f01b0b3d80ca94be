/**
 * The GitHub content script, first stage: runs on every GitHub page, decides
 * from the URL, the meta tags and (on a repository home) the README whether the
 * page shows a corpus paper, tells the background, and loads the panel stage
 * (`./github-ui.ts`) only when there is something to show. It keeps exactly one
 * right panel through GitHub's in-page navigation (Turbo, Turbo frames, React
 * soft navigation, back/forward).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Match } from '../match/evidence';
import type { RepoLookup } from '../match/lookup';
import { reportMatches } from './background-client';
import type { GitHubUi } from './github-ui';
import { readGitHubPage, type RepoPage } from './github-page';

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

const toPageMatches = (matches: Match[]) => matches.map(({ paperId, evidence, score }) => ({ paperId, evidence, score }));

/**
 * Starts the script; everything it sets up ends with `ctx` (extension reload or update).
 * @param getLookup The corpus lookup, parsed on first call: most GitHub pages are not repositories and never need it.
 * @param loadUi Loads the panel stage (injected on first use).
 */
export function runGitHub(ctx: ContentScriptContext, getLookup: () => RepoLookup, loadUi: () => Promise<GitHubUi | undefined>): void {
  let generation = 0;
  let ui: Promise<GitHubUi | undefined> | undefined;
  /** The URL whose matches the background last heard of (a non-empty report). */
  let reportedUrl: string | undefined;

  const report = (page: RepoPage) => {
    if (reportedUrl === location.href) return;
    reportedUrl = location.href;
    void reportMatches(location.href, toPageMatches([...page.matches, ...page.cited]));
  };

  const update = async () => {
    const run = ++generation;
    const page = readGitHubPage(document, location, getLookup);
    if (page.kind === 'none') {
      // Nothing to show: the panel stage is never loaded on such pages (or only hides what it showed).
      if (ui) await (await ui)?.hide();
      if (reportedUrl !== undefined) {
        reportedUrl = undefined;
        await reportMatches(location.href, []);
      }
      return;
    }
    // Every URL with a match is reported, even when the panel stays (a Turbo frame
    // navigation keeps the header and our panel, but the background forgot the old URL).
    report(page);
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
      reportedUrl = undefined;
      schedule();
    }
  });
  void safeUpdate();
}

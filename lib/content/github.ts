/**
 * The GitHub content script: shows the panel for the corpus papers behind a
 * repository, and keeps exactly one right panel through GitHub's in-page
 * navigation (Turbo, Turbo frames, React soft navigation, back/forward).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { h } from 'preact';
import { GitHubPanel, type ShownPaper } from '../../components/GitHubPanel';
import { describeEvidence, type Match } from '../match/evidence';
import type { RepoLookup } from '../match/lookup';
import { findRepoPanelAnchor } from '../pages/github';
import { pageColorScheme } from '../pages/color-scheme';
import type { Paper } from '../types';
import { dismiss, isDismissed } from '../storage';
import { paperDetails, reportMatches } from './background-client';
import { readGitHubPage, type GitHubPageResult } from './github-page';
import { createUiSlot, paperscopeHosts, type UiSlot } from './mount';

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

type RepoPage = Extract<GitHubPageResult, { kind: 'repo' }>;

const toPageMatches = (matches: Match[]) => matches.map(({ paperId, evidence, score }) => ({ paperId, evidence, score }));

/** The papers of a page with their evidence in words, in the order matched. */
function shownPapers(page: RepoPage, matches: Match[], byId: Map<string, Paper>): ShownPaper[] {
  return matches.flatMap((m) => {
    const paper = byId.get(m.paperId);
    if (!paper) return [];
    const evidence =
      page.forkOf && m.evidence === 'repo-link'
        ? `this repository is a fork of ${page.forkOf}, the code link of this paper`
        : describeEvidence(m);
    return [{ paper, evidence }];
  });
}

/**
 * Starts the script; everything it sets up ends with `ctx` (extension reload or update).
 * @param getLookup The corpus lookup, parsed on first call: most GitHub pages are not repositories and never need it.
 * @param css The panel's style sheet.
 */
export function runGitHub(ctx: ContentScriptContext, getLookup: () => RepoLookup, css: string): void {
  let generation = 0;
  let slot: Promise<UiSlot> | undefined;
  let shownSignature: string | undefined;
  /** The URL whose matches the background last heard of (a non-empty report). */
  let reportedUrl: string | undefined;

  const hide = async () => {
    shownSignature = undefined;
    if (slot) (await slot).hide();
    // Turbo restores cached snapshots that may hold a copy of an old host: drop every one.
    for (const host of paperscopeHosts('panel')) host.remove();
  };

  const report = (page: RepoPage) => {
    if (reportedUrl === location.href) return;
    reportedUrl = location.href;
    void reportMatches(location.href, toPageMatches([...page.matches, ...page.cited]));
  };

  const update = async () => {
    const run = ++generation;
    const page = readGitHubPage(document, location, getLookup);
    if (page.kind === 'none') {
      if (shownSignature !== undefined || paperscopeHosts('panel').length) await hide();
      if (reportedUrl !== undefined) {
        reportedUrl = undefined;
        await reportMatches(location.href, []);
      }
      return;
    }
    // Every URL with a match is reported, even when the panel stays (a Turbo frame
    // navigation keeps the header and our panel, but the background forgot the old URL).
    report(page);
    slot ??= createUiSlot(ctx, 'panel', css);
    const ui = await slot;
    const hosts = paperscopeHosts('panel');
    if (shownSignature === page.signature && ui.host.isConnected && hosts.length === 1) return;

    if (await isDismissed('repos', page.repoKey)) {
      await hide();
      return;
    }
    const papers = await paperDetails([...page.matches, ...page.cited].map((m) => m.paperId));
    const anchor = findRepoPanelAnchor(document);
    // A newer navigation started while we waited: its own run decides.
    if (run !== generation || !ctx.isValid) return;
    await hide();
    if (!anchor || papers.length === 0) return;
    const byId = new Map(papers.map((p) => [p.id, p]));
    ui.show({
      paperId: papers.map((p) => p.id).join(' '),
      placement: anchor,
      scheme: pageColorScheme(document),
      view: h(GitHubPanel, {
        papers: shownPapers(page, page.matches, byId),
        cited: shownPapers(page, page.cited, byId),
        ...(page.forkOf ? { forkOf: page.forkOf } : {}),
        onClose: () => {
          void hide();
          dismiss('repos', page.repoKey).catch(() => undefined);
        },
      }),
    });
    shownSignature = page.signature;
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

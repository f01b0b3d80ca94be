/**
 * The GitHub content script: shows the panel for the corpus papers behind a
 * repository, and keeps exactly one right panel through GitHub's in-page
 * navigation (Turbo, React soft navigation, back/forward).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { h } from 'preact';
import { GitHubPanel } from '../../components/GitHubPanel';
import { describeEvidence } from '../match/evidence';
import type { RepoLookup } from '../match/lookup';
import { findRepoPanelAnchor } from '../pages/github';
import { pageColorScheme } from '../pages/color-scheme';
import { dismiss, dismissedRepos } from '../storage';
import { paperDetails, reportMatches } from './background-client';
import { readGitHubPage } from './github-page';
import { mountUi, paperscopeHosts } from './mount';

/** GitHub's own navigation events, after which the page shows new content. */
const NAVIGATION_EVENTS = ['turbo:render', 'turbo:load', 'soft-nav:end', 'soft-nav:react-done', 'pjax:end'];

/** Starts the script; everything it sets up ends with `ctx` (extension reload or update). */
export function runGitHub(ctx: ContentScriptContext, lookup: RepoLookup): void {
  let generation = 0;
  let shown: { signature: string; host: HTMLElement; remove: () => void } | undefined;
  let reportedUrl: string | undefined;

  const clear = () => {
    shown?.remove();
    shown = undefined;
    // Turbo restores cached snapshots that may hold a copy of an old host: drop every one.
    for (const host of paperscopeHosts('panel')) host.remove();
  };

  const update = async () => {
    const run = ++generation;
    const page = readGitHubPage(document, location, lookup);
    if (page.kind === 'none') {
      clear();
      if (reportedUrl !== undefined) {
        reportedUrl = undefined;
        await reportMatches(location.href, []);
      }
      return;
    }
    if (shown && shown.signature === page.signature && shown.host.isConnected && paperscopeHosts('panel').length === 1) return;
    clear();

    const all = [...page.matches, ...page.cited];
    reportedUrl = location.href;
    void reportMatches(location.href, all.map(({ paperId, evidence, score }) => ({ paperId, evidence, score })));

    if ((await dismissedRepos.getValue()).includes(page.repoKey)) return;
    const papers = await paperDetails(all.map((m) => m.paperId));
    // A newer navigation started while we waited: its own run decides.
    if (run !== generation || !ctx.isValid) return;
    const byId = new Map(papers.map((p) => [p.id, p]));
    const shownPapers = (matches: typeof all) =>
      matches.flatMap((m) => {
        const paper = byId.get(m.paperId);
        if (!paper) return [];
        const evidence = page.forkOf && m.evidence === 'repo-link' ? `this repository is a fork of ${page.forkOf}, the code link of this paper` : describeEvidence(m);
        return [{ paper, evidence }];
      });
    const anchor = findRepoPanelAnchor(document);
    if (!anchor) return;
    clear();
    const ui = await mountUi(ctx, {
      kind: 'panel',
      paperId: all.map((m) => m.paperId).join(' '),
      placement: anchor,
      scheme: pageColorScheme(document),
      view: h(GitHubPanel, {
        papers: shownPapers(page.matches),
        cited: shownPapers(page.cited),
        ...(page.forkOf ? { forkOf: page.forkOf } : {}),
        onClose: () => {
          clear();
          void dismiss(dismissedRepos, page.repoKey);
        },
      }),
    });
    if (run !== generation) {
      ui.remove();
      return;
    }
    shown = { signature: page.signature, host: ui.shadowHost, remove: () => ui.remove() };
  };

  // Coalesce bursts (GitHub fires several events per navigation) into one update.
  let pending: number | undefined;
  const schedule = () => {
    if (pending !== undefined) clearTimeout(pending);
    pending = ctx.setTimeout(() => {
      pending = undefined;
      void update();
    }, 30);
  };
  for (const type of NAVIGATION_EVENTS) ctx.addEventListener(document, type, schedule);
  ctx.addEventListener(window, 'popstate', schedule);
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.onInvalidated(clear);
  void update();
}

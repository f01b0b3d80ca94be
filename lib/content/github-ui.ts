/**
 * The GitHub panel itself: the second stage of the GitHub content script,
 * injected only into pages that show a corpus paper (see `./github.ts`), so the
 * script on every other GitHub page carries no UI code at all.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { h } from 'preact';
import { GitHubPanel, type ShownPaper } from '../../components/GitHubPanel';
import { describeEvidence, type Match } from '../match/evidence';
import { findRepoPanelAnchor } from '../pages/github';
import type { ShownRepoPage } from '../messages';
import type { Paper } from '../types';
import { dismissPanel } from './background-client';
import { paperscopeHosts } from './hosts';
import { createUiSlot, type UiSlot } from './mount';

/** What the first stage drives. */
export interface GitHubUi {
  /**
   * Shows the panel for `page` (once: an unchanged page keeps its panel), with
   * what the background answered: nothing more is asked before it shows.
   * @param isCurrent False once a newer navigation has started: then nothing is shown.
   */
  show(page: ShownRepoPage, isCurrent: () => boolean): Promise<void>;
  /** Removes the panel, and any stale copy a restored page snapshot holds. */
  hide(): Promise<void>;
}

/** The papers of a page with their evidence in words, in the order matched. */
function shownPapers(page: ShownRepoPage, matches: Match[], byId: Map<string, Paper>): ShownPaper[] {
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
 * Creates the panel controller.
 * @param css The panel's style sheet, bundled as text.
 */
export function createGitHubUi(ctx: ContentScriptContext, css: string): GitHubUi {
  let slot: Promise<UiSlot> | undefined;
  let shownSignature: string | undefined;

  const hide = async () => {
    shownSignature = undefined;
    if (slot) (await slot).hide();
    // Turbo restores cached snapshots that may hold a copy of an old host: drop every one.
    for (const host of paperscopeHosts('panel')) host.remove();
  };

  return {
    hide,
    async show(page, isCurrent) {
      slot ??= createUiSlot(ctx, 'panel', css);
      const ui = await slot;
      if (shownSignature === page.signature && ui.host.isConnected && paperscopeHosts('panel').length === 1) return;
      const { papers } = page;
      const anchor = findRepoPanelAnchor(document);
      // A newer navigation started while the panel's shadow root was made: its own run decides.
      if (!isCurrent() || !ctx.isValid) return;
      await hide();
      if (!anchor || papers.length === 0) return;
      const byId = new Map(papers.map((p) => [p.id, p]));
      ui.show({
        paperId: papers.map((p) => p.id).join(' '),
        placement: anchor,
        view: h(GitHubPanel, {
          papers: shownPapers(page, page.matches, byId),
          cited: shownPapers(page, page.cited, byId),
          ...(page.forkOf ? { forkOf: page.forkOf } : {}),
          onClose: () => {
            void hide();
            void dismissPanel('repos', page.repoKey);
          },
        }),
      });
      shownSignature = page.signature;
    },
  };
}

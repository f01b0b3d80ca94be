/**
 * The arXiv panel and listing badges: the second stage of the arXiv content
 * script, injected only into pages that show a corpus paper (see `./arxiv.ts`).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { h } from 'preact';
import { ArxivPanel } from '../../components/ArxivPanel';
import { ListingBadge } from '../../components/ListingBadge';
import { describeEvidence, type Match } from '../match/evidence';
import { findAbsPanelAnchor } from '../pages/arxiv';
import type { Paper } from '../types';
import { dismissPanel } from './background-client';
import { paperscopeHosts } from './hosts';
import { mountUi, type UiSlot } from './mount';
import { sameText } from './same-text';

/** The style sheets of the injected UI, bundled as text. */
export interface ArxivCss {
  panel: string;
  badge: string;
}

/** A matched entry of a listing or search page, its paper, and where its badge goes. */
export interface BadgeTarget {
  match: Match;
  paper: Paper;
  anchor: Element;
}

/** What the first stage drives, with the papers' details the background answered. */
export interface ArxivUi {
  /** The panel after the abstract of a corpus paper's page. */
  showPanel(match: Match, paper: Paper, pageAbstract: string | undefined): Promise<void>;
  /** Takes the panel away (its paper's panel was closed in another tab meanwhile). */
  hidePanel(): Promise<void>;
  /** A badge on each matched entry of a listing or search page. */
  showBadges(targets: BadgeTarget[]): Promise<void>;
}

/** Creates the stage's controller. */
export function createArxivUi(ctx: ContentScriptContext, css: ArxivCss): ArxivUi {
  let panel: UiSlot | undefined;
  /** Unmounts our panel, and drops any other copy (a second run of the script on this document). */
  const hidePanel = async () => {
    panel?.hide();
    panel = undefined;
    for (const host of paperscopeHosts('panel')) host.remove();
  };

  return {
    hidePanel,

    async showPanel(match, paper, pageAbstract) {
      const anchor = findAbsPanelAnchor(document);
      if (!anchor || !ctx.isValid) return;
      // Idempotent: a second run (or a restored page) never leaves two panels.
      await hidePanel();
      const ui = await mountUi(ctx, 'panel', css.panel, {
        paperId: paper.id,
        placement: anchor,
        view: h(ArxivPanel, {
          paper,
          evidence: describeEvidence(match),
          pageShowsAbstract: sameText(pageAbstract, paper.abstract),
          onClose: () => {
            void hidePanel();
            void dismissPanel('papers', paper.id);
          },
        }),
      });
      panel = ui;
    },

    async showBadges(targets) {
      await Promise.all(
        targets.map(({ match, paper, anchor }) => {
          // Already badged (the script ran twice on this document): leave it.
          if (!ctx.isValid || paperscopeHosts('badge', anchor).length > 0) return undefined;
          return mountUi(ctx, 'badge', css.badge, {
            paperId: paper.id,
            placement: { element: anchor, append: 'last' },
            view: h(ListingBadge, { paper, evidence: describeEvidence(match) }),
          });
        }),
      );
    },
  };
}

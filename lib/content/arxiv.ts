/**
 * The arXiv content script: a panel on the abstract page of a corpus paper,
 * badges on corpus entries of listing and search pages. Every other arXiv page
 * is left at once, untouched.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { h } from 'preact';
import { ArxivPanel } from '../../components/ArxivPanel';
import { ListingBadge } from '../../components/ListingBadge';
import { describeEvidence, type Match } from '../match/evidence';
import type { MatchLookup } from '../match/lookup';
import { createTitleMatcher, matchEntries } from '../match/title-matcher';
import { arxivPageKind, findAbsPanelAnchor, readAbsPage, readListingEntries, readSearchResults, type ArxivPageEntry } from '../pages/arxiv';
import { pageColorScheme } from '../pages/color-scheme';
import { dismiss, isDismissed } from '../storage';
import { paperDetails, reportMatches } from './background-client';
import { mountUi, paperscopeHosts } from './mount';

/** The style sheets of the injected UI, bundled as text. */
export interface ArxivCss {
  panel: string;
  badge: string;
}
import { sameText } from './same-text';

const toPageMatch = ({ paperId, evidence, score }: Match) => ({ paperId, evidence, score });

/**
 * Tells the background which corpus papers the page shows, now and again when
 * the page comes back from the back/forward cache (no script runs then, but the
 * background forgot the tab's papers when it navigated away).
 */
function report(ctx: ContentScriptContext, matches: Match[]): void {
  const send = () => reportMatches(location.href, matches.map(toPageMatch));
  void send();
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) void send();
  });
}

/** Starts the script for the current page. */
export async function runArxiv(ctx: ContentScriptContext, lookup: MatchLookup, css: ArxivCss): Promise<void> {
  const kind = arxivPageKind(location);
  if (!kind) return;
  try {
    const matcher = createTitleMatcher(lookup);
    if (kind === 'abs') {
      const page = readAbsPage(document, location);
      await annotateAbstractPage(ctx, css.panel, matcher.match(page), page.abstract);
    } else {
      const entries = kind === 'listing' ? readListingEntries(document) : readSearchResults(document);
      await annotateEntries(ctx, css.badge, entries, matcher);
    }
  } catch {
    // Right or silent: an odd page must never break arXiv.
  }
}

async function annotateAbstractPage(
  ctx: ContentScriptContext,
  css: string,
  match: Match | null,
  pageAbstract: string | undefined,
): Promise<void> {
  if (!match) return;
  report(ctx, [match]);
  if (await isDismissed('papers', match.paperId)) return;
  const [paper] = await paperDetails([match.paperId]);
  const anchor = findAbsPanelAnchor(document);
  if (!paper || !anchor || !ctx.isValid) return;
  // Idempotent: a second run (or a restored page) never leaves two panels.
  for (const host of paperscopeHosts('panel')) host.remove();
  const ui = await mountUi(ctx, 'panel', css, {
    paperId: paper.id,
    placement: anchor,
    scheme: pageColorScheme(document),
    view: h(ArxivPanel, {
      paper,
      evidence: describeEvidence(match),
      pageShowsAbstract: sameText(pageAbstract, paper.abstract),
      onClose: () => {
        ui.hide();
        dismiss('papers', paper.id).catch(() => undefined);
      },
    }),
  });
}

async function annotateEntries(
  ctx: ContentScriptContext,
  css: string,
  entries: ArxivPageEntry[],
  matcher: ReturnType<typeof createTitleMatcher>,
): Promise<void> {
  const results = matchEntries(matcher, entries);
  const found = entries.flatMap((entry, i) => (results[i] ? [{ entry, match: results[i] }] : []));
  if (found.length === 0) return;
  report(ctx, found.map((f) => f.match));
  const papers = new Map((await paperDetails([...new Set(found.map((f) => f.match.paperId))])).map((p) => [p.id, p]));
  const scheme = pageColorScheme(document);
  await Promise.all(
    found.map(({ entry, match }) => {
      const paper = papers.get(match.paperId);
      // Already badged (the script ran twice on this document): leave it.
      if (!paper || !ctx.isValid || paperscopeHosts('badge', entry.badgeAnchor).length > 0) return undefined;
      return mountUi(ctx, 'badge', css, {
        paperId: paper.id,
        placement: { element: entry.badgeAnchor, append: 'last' },
        scheme,
        view: h(ListingBadge, { paper, evidence: describeEvidence(match) }),
      });
    }),
  );
}

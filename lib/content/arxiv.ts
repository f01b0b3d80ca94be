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
import { dismiss, dismissedPapers } from '../storage';
import { paperDetails, reportMatches } from './background-client';
import { mountUi, paperscopeHosts } from './mount';
import { sameText } from './same-text';

const toPageMatch = ({ paperId, evidence, score }: Match) => ({ paperId, evidence, score });

/** Starts the script for the current page. */
export async function runArxiv(ctx: ContentScriptContext, lookup: MatchLookup): Promise<void> {
  const kind = arxivPageKind(location);
  if (!kind) return;
  const matcher = createTitleMatcher(lookup);
  try {
    if (kind === 'abs') {
      const page = readAbsPage(document, location);
      await annotateAbstractPage(ctx, matcher.match(page), page.abstract);
    } else await annotateEntries(ctx, kind === 'listing' ? readListingEntries(document) : readSearchResults(document), matcher);
  } catch {
    // Right or silent: an odd page must never break arXiv.
  }
}

async function annotateAbstractPage(ctx: ContentScriptContext, match: Match | null, pageAbstract: string | undefined): Promise<void> {
  if (!match) return;
  void reportMatches(location.href, [toPageMatch(match)]);
  if ((await dismissedPapers.getValue()).includes(match.paperId)) return;
  const [paper] = await paperDetails([match.paperId]);
  const anchor = findAbsPanelAnchor(document);
  if (!paper || !anchor || !ctx.isValid) return;
  // Idempotent: a second run (or a restored page) never leaves two panels.
  for (const host of paperscopeHosts('panel')) host.remove();
  const ui = await mountUi(ctx, {
    kind: 'panel',
    paperId: paper.id,
    placement: anchor,
    scheme: pageColorScheme(document),
    view: h(ArxivPanel, {
      paper,
      evidence: describeEvidence(match),
      pageShowsAbstract: sameText(pageAbstract, paper.abstract),
      onClose: () => {
        ui.remove();
        void dismiss(dismissedPapers, paper.id);
      },
    }),
  });
}

async function annotateEntries(
  ctx: ContentScriptContext,
  entries: ArxivPageEntry[],
  matcher: ReturnType<typeof createTitleMatcher>,
): Promise<void> {
  const results = matchEntries(matcher, entries);
  const found = entries.flatMap((entry, i) => (results[i] ? [{ entry, match: results[i] }] : []));
  if (found.length === 0) return;
  void reportMatches(location.href, found.map(({ match }) => toPageMatch(match)));
  const papers = new Map((await paperDetails([...new Set(found.map((f) => f.match.paperId))])).map((p) => [p.id, p]));
  const scheme = pageColorScheme(document);
  for (const { entry, match } of found) {
    const paper = papers.get(match.paperId);
    if (!paper || !ctx.isValid) continue;
    if (paperscopeHosts('badge', entry.badgeAnchor).length > 0) continue; // already badged
    await mountUi(ctx, {
      kind: 'badge',
      paperId: paper.id,
      placement: { element: entry.badgeAnchor, append: 'last' },
      scheme,
      view: h(ListingBadge, { paper, evidence: describeEvidence(match) }),
    });
  }
}

/**
 * The arXiv content script, first stage: on abstract, listing and search pages
 * it reads the ids and titles, matches them against the corpus and tells the
 * background; only when a corpus paper is on the page does it load the UI stage
 * (`./arxiv-ui.ts`) for the panel or the badges. Every other arXiv page is left
 * at once, untouched.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Match } from '../match/evidence';
import type { MatchLookup } from '../match/lookup';
import { createTitleMatcher, matchEntries } from '../match/title-matcher';
import { arxivPageKind, readAbsPage, readListingEntries, readSearchResults } from '../pages/arxiv';
import type { ArxivUi } from './arxiv-ui';
import { reportMatches } from './background-client';
import { toPageMatch, type ReportAnswer } from '../messages';


/**
 * Tells the background which corpus papers the page shows, now and again when
 * the page comes back from the back/forward cache (no script runs then, but the
 * background forgot the tab's papers when it navigated away).
 * @returns The first answer: the papers' details and which panels the user closed.
 */
function report(ctx: ContentScriptContext, matches: Match[]): Promise<ReportAnswer | undefined> {
  const send = () => reportMatches(location.href, matches.map(toPageMatch));
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) void send();
  });
  return send();
}

/**
 * Starts the script for the current page.
 * @param getLookup The corpus lookup, parsed on first call (only on pages that list papers).
 * @param loadUi Loads the UI stage (injected on first use).
 */
export async function runArxiv(
  ctx: ContentScriptContext,
  getLookup: () => MatchLookup,
  loadUi: () => Promise<ArxivUi | undefined>,
): Promise<void> {
  const kind = arxivPageKind(location);
  if (!kind) return;
  try {
    const matcher = createTitleMatcher(getLookup());
    if (kind === 'abs') {
      const page = readAbsPage(document, location);
      const match = matcher.match(page);
      if (!match) return;
      const answer = await report(ctx, [match]);
      const paper = answer?.papers.find((p) => p.id === match.paperId);
      // A closed panel stays closed (the page still counts the paper); no answer shows nothing.
      if (!paper || answer!.dismissed.includes(paper.id)) return;
      await (await loadUi())?.showPanel(match, paper, page.abstract);
    } else {
      const entries = kind === 'listing' ? readListingEntries(document) : readSearchResults(document);
      const results = matchEntries(matcher, entries);
      const found = entries.flatMap((entry, i) => (results[i] ? [{ match: results[i], anchor: entry.badgeAnchor }] : []));
      if (found.length === 0) return;
      const answer = await report(ctx, found.map((t) => t.match));
      const papers = new Map(answer?.papers.map((p) => [p.id, p]));
      const targets = found.flatMap((t) => {
        const paper = papers.get(t.match.paperId);
        return paper ? [{ ...t, paper }] : [];
      });
      if (targets.length) await (await loadUi())?.showBadges(targets);
    }
  } catch {
    // Right or silent: an odd page must never break arXiv.
  }
}

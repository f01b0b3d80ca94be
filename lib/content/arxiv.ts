/**
 * The arXiv content script, first stage: on abstract, listing and search pages
 * it reads the ids and titles and asks the background, which holds the lookup
 * and the title matcher, which of them are corpus papers; only when one is on
 * the page does it load the UI stage (`./arxiv-ui.ts`) for the panel or the
 * badges. Every other arXiv page is left at once, untouched. The script itself
 * carries no corpus data and no matcher: it runs on every arXiv page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MAX_ID_CHARS, MAX_IDS, MAX_TITLE_CHARS, toPageMatch, type ArxivEntry, type ArxivPageAnswer } from '../messages';
import { arxivPageKind, readAbsPage, readListingEntries, readSearchResults } from '../pages/arxiv';
import type { ArxivUi } from './arxiv-ui';
import { matchArxivPage, reportMatches } from './background-client';

/**
 * An entry as the matcher reads it: only the parts the page shows, and only
 * parts the background accepts (a part longer than any real id or title is
 * left out rather than making the whole page's message invalid).
 */
function toEntry(arxivId: string | undefined, title: string | undefined): ArxivEntry {
  return {
    ...(arxivId && arxivId.length <= MAX_ID_CHARS ? { arxivId } : {}),
    ...(title && title.length <= MAX_TITLE_CHARS ? { title } : {}),
  };
}

/**
 * Asks the background about the page's entries; its answer also counts as the
 * page's report. When the page comes back from the back/forward cache (no script
 * runs then, but the background forgot the tab's papers when it navigated away),
 * the papers found are reported again.
 */
async function ask(ctx: ContentScriptContext, entries: ArxivEntry[]): Promise<ArxivPageAnswer | undefined> {
  const answer = await matchArxivPage(location.href, entries);
  if (answer?.hits.length) {
    const found = answer.hits.map((h) => toPageMatch(h.match));
    ctx.addEventListener(window, 'pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted) void reportMatches(location.href, found);
    });
  }
  return answer;
}

/**
 * Starts the script for the current page.
 * @param loadUi Loads the UI stage (injected on first use).
 */
export async function runArxiv(ctx: ContentScriptContext, loadUi: () => Promise<ArxivUi | undefined>): Promise<void> {
  const kind = arxivPageKind(location);
  if (!kind) return;
  try {
    if (kind === 'abs') {
      const page = readAbsPage(document, location);
      if (!page.arxivId && !page.title) return;
      const answer = await ask(ctx, [toEntry(page.arxivId, page.title)]);
      const match = answer?.hits[0]?.match;
      const paper = match && answer.papers.find((p) => p.id === match.paperId);
      // A closed panel stays closed (the page still counts the paper); no answer shows nothing.
      if (!paper || answer.dismissed.includes(paper.id)) return;
      await (await loadUi())?.showPanel(match, paper, page.abstract);
    } else {
      // arXiv shows at most 2,000 entries a page; a larger odd page is matched on its first 2,000.
      const entries = (kind === 'listing' ? readListingEntries(document) : readSearchResults(document)).slice(0, MAX_IDS);
      if (entries.length === 0) return;
      const answer = await ask(
        ctx,
        entries.map((e) => toEntry(e.arxivId, e.title)),
      );
      if (!answer) return;
      const papers = new Map(answer.papers.map((p) => [p.id, p]));
      const targets = answer.hits.flatMap(({ entry, match }) => {
        const paper = papers.get(match.paperId);
        const anchor = entries[entry]?.badgeAnchor;
        return paper && anchor ? [{ match, paper, anchor }] : [];
      });
      if (targets.length) await (await loadUi())?.showBadges(targets);
    }
  } catch {
    // Right or silent: an odd page must never break arXiv.
  }
}

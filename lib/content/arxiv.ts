/**
 * The arXiv content script, first stage: on abstract, listing and search pages
 * it reads the ids and titles and asks the background, which holds the lookup
 * and the title matcher, which of them are corpus papers; only when one is on
 * the page does it load the UI stage (`./arxiv-ui.ts`) for the panel or the
 * badges. Every other arXiv page is left at once, untouched. The script itself
 * carries no corpus data and no matcher: it runs on every arXiv page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MAX_ARXIV_ENTRIES, MAX_ID_CHARS, MAX_TITLE_CHARS, toPageMatch, type ArxivEntry, type ArxivPageAnswer } from '../messages';
import { arxivPageKind, readAbsPage, readListingEntries, readSearchResults } from '../pages/arxiv';
import type { ArxivUi } from './arxiv-ui';
import { matchArxivPage, reportMatches } from './background-client';

/**
 * An entry as the matcher reads it: only the parts the page shows. An entry
 * with a part longer than any real id or title is sent empty (the background
 * would refuse the whole page's message; and a title without its id could
 * match where the id would have refused it).
 */
function toEntry(arxivId: string | undefined, title: string | undefined): ArxivEntry {
  if ((arxivId?.length ?? 0) > MAX_ID_CHARS || (title?.length ?? 0) > MAX_TITLE_CHARS) return {};
  return { ...(arxivId ? { arxivId } : {}), ...(title ? { title } : {}) };
}

/**
 * Asks the background about the page's entries; its answer also counts as the
 * page's report. When the page comes back from the back/forward cache (no
 * script runs then, but the background forgot the tab's papers when it
 * navigated away), the papers found are reported again, or, if the page was
 * left before any answer came, it is all done again (`again`).
 */
async function ask(ctx: ContentScriptContext, entries: ArxivEntry[], again: () => void): Promise<ArxivPageAnswer | undefined> {
  // Set once answered. No answer also when the page entered the cache while its question was
  // out (the browser closes the message channel): then the restored page asks again.
  const got: { answer?: ArxivPageAnswer } = {};
  ctx.addEventListener(window, 'pageshow', (event) => {
    if (!(event as PageTransitionEvent).persisted) return;
    if (!got.answer) again();
    else if (got.answer.hits.length) void reportMatches(location.href, got.answer.hits.map((h) => toPageMatch(h.match)));
  });
  got.answer = await matchArxivPage(location.href, entries);
  return got.answer;
}

/**
 * Starts the script for the current page.
 * @param loadUi Loads the UI stage (injected on first use).
 */
export async function runArxiv(ctx: ContentScriptContext, loadUi: () => Promise<ArxivUi | undefined>): Promise<void> {
  const kind = arxivPageKind(location);
  if (!kind) return;
  let restarted = false;
  const again = () => {
    if (restarted) return;
    restarted = true;
    void runArxiv(ctx, loadUi);
  };
  try {
    if (kind === 'abs') {
      const page = readAbsPage(document, location);
      if (!page.arxivId && !page.title) return;
      const answer = await ask(ctx, [toEntry(page.arxivId, page.title)], again);
      const match = answer?.hits[0]?.match;
      const paper = match && answer.papers.find((p) => p.id === match.paperId);
      // A closed panel stays closed (the page still counts the paper); no answer shows nothing.
      if (!paper || answer.dismissed.includes(paper.id)) return;
      await (await loadUi())?.showPanel(match, paper, page.abstract);
    } else {
      // arXiv shows at most 2,000 entries a page; a larger odd page is matched on its first 2,000.
      const entries = (kind === 'listing' ? readListingEntries(document) : readSearchResults(document)).slice(0, MAX_ARXIV_ENTRIES);
      if (entries.length === 0) return;
      const answer = await ask(
        ctx,
        entries.map((e) => toEntry(e.arxivId, e.title)),
        again,
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

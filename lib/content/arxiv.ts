/**
 * The arXiv content script, first stage: on abstract, listing and search pages
 * it reads the ids and titles and asks the background, which holds the lookup
 * and the title matcher, which of them are corpus papers; only when one is on
 * the page does it load the UI stage (`./arxiv-ui.ts`) for the panel or the
 * badges. Every other arXiv page is left at once, untouched. The script itself
 * carries no corpus data and no matcher: it runs on every arXiv page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MAX_ARXIV_ENTRIES, MAX_ID_CHARS, MAX_TITLE_CHARS, type ArxivEntry } from '../messages';
import { arxivPageKind, readAbsPage, readListingEntries, readSearchResults, type ArxivPageKind } from '../pages/arxiv';
import type { ArxivUi } from './arxiv-ui';
import { matchArxivPage } from './background-client';

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

/** Our panels in the page (the UI stage marks its host elements; see `./mount.ts`). */
const panelHosts = () => [...document.querySelectorAll<HTMLElement>('[data-paperscope="panel"]')];

/**
 * Reads the page, asks the background and shows what it answers. `restored`:
 * the page came back from the back/forward cache with whatever it showed when
 * it was left, and the background has forgot the tab's papers since; asking
 * again records them, and brings the panel in line with closes and reopens made
 * meanwhile in other tabs.
 */
async function showPage(
  kind: ArxivPageKind,
  loadUi: () => Promise<ArxivUi | undefined>,
  restored: boolean,
  isCurrent: () => boolean,
): Promise<void> {
  if (kind === 'abs') {
    const page = readAbsPage(document, location);
    if (!page.arxivId && !page.title) return;
    // The answer also counts as the page's report (toolbar badge, popup).
    const answer = await matchArxivPage(location.href, [toEntry(page.arxivId, page.title)]);
    const match = answer?.hits[0]?.match;
    const paper = match && answer.papers.find((p) => p.id === match.paperId);
    // A closed panel stays closed (the page still counts the paper); no answer shows nothing.
    const show = paper !== undefined && !answer!.dismissed.includes(paper.id);
    if (!isCurrent()) return;
    if (restored) {
      const hosts = panelHosts();
      // Still right: keep it as the reader left it (an expanded abstract stays expanded).
      if (show && hosts.length === 1 && hosts[0]!.dataset.paperId === paper.id) return;
      if (!show && answer) for (const host of hosts) host.remove();
    }
    if (!show) return;
    const ui = await loadUi();
    if (isCurrent()) await ui?.showPanel(match!, paper, page.abstract);
  } else {
    // arXiv shows at most 2,000 entries a page; a larger odd page is matched on its first 2,000.
    const entries = (kind === 'listing' ? readListingEntries(document) : readSearchResults(document)).slice(0, MAX_ARXIV_ENTRIES);
    if (entries.length === 0) return;
    const answer = await matchArxivPage(
      location.href,
      entries.map((e) => toEntry(e.arxivId, e.title)),
    );
    if (!answer || !isCurrent()) return;
    const papers = new Map(answer.papers.map((p) => [p.id, p]));
    const targets = answer.hits.flatMap(({ entry, match }) => {
      const paper = papers.get(match.paperId);
      const anchor = entries[entry]?.badgeAnchor;
      return paper && anchor ? [{ match, paper, anchor }] : [];
    });
    // Badges are never closed: a restored page keeps its own (the UI stage skips badged entries).
    if (!targets.length) return;
    const ui = await loadUi();
    if (isCurrent()) await ui?.showBadges(targets);
  }
}

/**
 * Starts the script for the current page.
 * @param loadUi Loads the UI stage (injected on first use).
 */
export async function runArxiv(ctx: ContentScriptContext, loadUi: () => Promise<ArxivUi | undefined>): Promise<void> {
  const kind = arxivPageKind(location);
  if (!kind) return;
  // Only the latest run shows: two quick restores must not leave two panels.
  let generation = 0;
  const run = (restored: boolean) => {
    const mine = ++generation;
    return showPage(kind, loadUi, restored, () => mine === generation).catch(() => {
      // Right or silent: an odd page must never break arXiv.
    });
  };
  // A page restored from the back/forward cache runs no script; a question that was out when
  // it was left got no answer (the browser closes the message channel). Either way: ask again.
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) void run(true);
  });
  await run(false);
}

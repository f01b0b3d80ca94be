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
import { arxivPageKind, readAbsPage, readListingEntries, readSearchResults, type ArxivPageKind } from '../pages/arxiv';
import type { ArxivUi } from './arxiv-ui';
import { matchArxivPage, reportMatches } from './background-client';
import { paperscopeHosts } from './hosts';

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

/** What the script read on the page: the entries it sends, and where each one's badge or the panel goes. */
type PageRead =
  | { kind: 'abs'; entries: [ArxivEntry]; pageAbstract: string | undefined }
  | { kind: 'listing' | 'search'; entries: ArxivEntry[]; badgeAnchors: (Element | undefined)[] };

/** Reads the page, or `undefined` when it shows no paper to ask about. */
function readPage(kind: ArxivPageKind): PageRead | undefined {
  if (kind === 'abs') {
    const page = readAbsPage(document, location);
    if (!page.arxivId && !page.title) return undefined;
    return { kind, entries: [toEntry(page.arxivId, page.title)], pageAbstract: page.abstract };
  }
  // arXiv shows at most 2,000 entries a page; a larger odd page is matched on its first 2,000.
  const entries = (kind === 'listing' ? readListingEntries(document) : readSearchResults(document)).slice(0, MAX_ARXIV_ENTRIES);
  if (entries.length === 0) return undefined;
  return { kind, entries: entries.map((e) => toEntry(e.arxivId, e.title)), badgeAnchors: entries.map((e) => e.badgeAnchor) };
}

/**
 * Starts the script for the current page.
 * @param loadUi Loads the UI stage (injected on first use).
 */
export async function runArxiv(ctx: ContentScriptContext, loadUi: () => Promise<ArxivUi | undefined>): Promise<void> {
  const kind = arxivPageKind(location);
  if (!kind) return;
  // One UI stage for the page's life: it keeps the panel it shows, so it can take it away again.
  let ui: Promise<ArxivUi | undefined> | undefined;
  const getUi = () =>
    (ui ??= loadUi().then((loaded) => {
      if (!loaded) ui = undefined; // extension reloading: try again next time
      return loaded;
    }));
  // Only the latest run shows: a late answer must not undo what a newer one did.
  let generation = 0;
  let read: PageRead | undefined;
  let answer: ArxivPageAnswer | undefined;

  /** Asks the background about what the page shows; the answer also counts as the page's report. */
  const ask = async (page: PageRead): Promise<ArxivPageAnswer | undefined> => {
    const mine = ++generation;
    const got = await matchArxivPage(location.href, page.entries);
    if (mine !== generation) return undefined;
    if (got) answer = got;
    return got;
  };

  const showPanel = async (page: PageRead & { kind: 'abs' }, got: ArxivPageAnswer, restored: boolean) => {
    const match = got.hits[0]?.match;
    const paper = match && got.papers.find((p) => p.id === match.paperId);
    // A closed panel stays closed (the page still counts the paper).
    const show = paper !== undefined && !got.dismissed.includes(paper.id);
    if (restored) {
      const hosts = paperscopeHosts('panel');
      // Still right: keep it as the reader left it (an expanded abstract stays expanded).
      if (show && hosts.length === 1 && hosts[0]!.dataset.paperId === paper.id) return;
      // Closed meanwhile in another tab. A panel in the page means its stage is loaded.
      if (!show && hosts.length) await (await getUi())?.hidePanel();
    }
    if (show) await (await getUi())?.showPanel(match!, paper, page.pageAbstract);
  };

  const showBadges = async (page: PageRead & { kind: 'listing' | 'search' }, got: ArxivPageAnswer) => {
    const papers = new Map(got.papers.map((p) => [p.id, p]));
    const targets = got.hits.flatMap(({ entry, match }) => {
      const paper = papers.get(match.paperId);
      const anchor = page.badgeAnchors[entry];
      return paper && anchor ? [{ match, paper, anchor }] : [];
    });
    if (targets.length) await (await getUi())?.showBadges(targets);
  };

  const run = async () => {
    read = readPage(kind);
    if (!read) return;
    const got = await ask(read);
    // No answer shows nothing.
    if (!got) return;
    if (read.kind === 'abs') await showPanel(read, got, false);
    else await showBadges(read, got);
  };

  /**
   * The page came back from the back/forward cache: no script ran, the page shows
   * what it showed when it was left, and the background forgot the tab's papers.
   */
  const restore = async () => {
    if (!read) return; // nothing to ask about: still nothing
    // Left before any answer came (the browser closes the message channel then): all again.
    if (!answer) return run();
    // No corpus paper here: nothing to tell, nothing to show (the common case).
    if (answer.hits.length === 0) return;
    if (read.kind === 'abs') {
      // Asked again for closes and reopens made meanwhile in other tabs; the answer is the report.
      const got = await ask(read);
      if (got) await showPanel(read, got, true);
    } else {
      // Badges are never closed: what the page shows is still right; only the report is due.
      await reportMatches(location.href, answer.hits.map((h) => toPageMatch(h.match)));
    }
  };

  const safely = (work: () => Promise<void>) =>
    work().catch(() => {
      // Right or silent: an odd page must never break arXiv.
    });
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) void safely(restore);
  });
  await safely(run);
}

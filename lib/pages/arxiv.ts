/**
 * The arXiv page layer: which kind of arXiv page a URL is, which paper an id
 * string names, and what an abstract, listing or search page shows.
 *
 * Everything here is pure and synchronous. Detectors read only the URL; readers
 * read only the DOM they are given (through `lib/selectors/arxiv.ts`) and never
 * throw, because a content script that throws on an odd page annotates nothing
 * and may break the next feature. Markup notes: shared `DOM-NOTES.md`, section 1.
 *
 * Detectors follow refined-github's `github-url-detection`: each is a pure
 * `(url = location) => boolean` with its example URLs beside it in
 * {@link examples}, and one table test runs every detector against every URL.
 */

import { arxivSelectors as S } from '../selectors/arxiv';
import { collapseWhitespace, readSourceText } from './mathjax-text';

// ─── Identifiers ────────────────────────────────────────────────────────────

/**
 * Identifier schemes (https://info.arxiv.org/help/arxiv_identifier.html):
 * - since April 2007: `YYMM.NNNN`, and `YYMM.NNNNN` from January 2015;
 * - before: `archive[.SC]/YYMMNNN`, e.g. `hep-th/9901001`, `math.GT/0309136`.
 * Months are checked so that `2213.12345` or a phone number is not an id.
 */
const NEW_ID = String.raw`\d{2}(?:0[1-9]|1[0-2])\.\d{4,5}`;
const OLD_ID = String.raw`[a-z]+(?:-[a-z]+)?(?:\.[A-Z]{2})?\/\d{2}(?:0[1-9]|1[0-2])\d{3}`;
const VERSION = String.raw`v[1-9]\d*`;

/** A whole id with an optional version, nothing around it. */
const ID_WITH_VERSION = new RegExp(`^(${NEW_ID}|${OLD_ID})(${VERSION})?$`);

/** An id-bearing path on arXiv (`/abs/…`, `/pdf/…`, `/html/…`), with or without an arXiv origin. */
const ID_URL = /^(?:(?:https?:)?\/\/)?(?:(?:www\.|export\.)?arxiv\.org)?\/(?:abs|pdf|html)\/([^?#]+)/i;

/** An arXiv id split into its versionless id and its version. */
export interface ArxivIdParts {
  /** Versionless id: `2205.11916`, `hep-th/9901001`. */
  id: string;
  /** `v2` when the text named a version. */
  version?: string;
}

/** A new-style id's number has 4 digits up to December 2014 and 5 digits after. */
function hasValidNumberLength(id: string): boolean {
  const match = /^(\d{4})\.(\d+)$/.exec(id);
  if (!match) return true; // old-style ids are checked by the pattern alone
  const yymm = Number(match[1]);
  const digits = match[2]?.length ?? 0;
  return yymm <= 1412 ? digits === 4 : digits === 5;
}

/**
 * Splits an arXiv id, `arXiv:` reference or arXiv URL into id and version.
 * Returns undefined for anything else. Accepts the forms of {@link parseArxivId}.
 *
 * @example parseArxivIdParts('https://arxiv.org/abs/2205.11916v2') // { id: '2205.11916', version: 'v2' }
 */
export function parseArxivIdParts(text: string): ArxivIdParts | undefined {
  let rest = text.trim();
  const url = ID_URL.exec(rest);
  if (url?.[1]) {
    rest = url[1].replace(/\.pdf$/i, '').replace(/\/$/, '');
  }
  rest = rest.replace(/^arxiv:\s*/i, '');
  const match = ID_WITH_VERSION.exec(rest);
  const id = match?.[1];
  if (!id || !hasValidNumberLength(id)) return undefined;
  return match[2] ? { id, version: match[2] } : { id };
}

/**
 * The versionless arXiv id named by `text`, or undefined. The whole text must
 * be the reference (surrounding whitespace aside): ids are not searched for
 * inside sentences, so that prose never yields an id by accident.
 *
 * Accepts `2205.11916`, `2205.11916v3`, `arXiv:2205.11916`, `0704.0001`,
 * `hep-th/9901001`, `math.GT/0309136`, `https://arxiv.org/abs/2205.11916v2`,
 * `/abs/hep-th/9901001v1`, `https://arxiv.org/pdf/2205.11916` (and `….pdf`),
 * `https://export.arxiv.org/abs/…`.
 */
export function parseArxivId(text: string): string | undefined {
  return parseArxivIdParts(text)?.id;
}

// ─── Page detection ─────────────────────────────────────────────────────────

/** What the detectors accept: a parsed URL or the page's own location. */
export type UrlLike = URL | Location;

/** Hosts that serve arXiv's abstract, listing and search pages. */
const ARXIV_HOSTS = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org']);

/** The pathname of an arXiv page URL, or undefined for any other site or scheme. */
function arxivPathname(url: UrlLike): string | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return ARXIV_HOSTS.has(url.hostname.toLowerCase()) ? url.pathname : undefined;
}

/** Example URLs of one detector: pages it must accept and pages it must reject. */
export interface DetectorExamples {
  positive: readonly string[];
  negative: readonly string[];
}

const ABS_PATH = new RegExp(`^/abs/(${NEW_ID}|${OLD_ID})(?:${VERSION})?$`);

/** An abstract page, `/abs/<id>[vN]`. */
export const isAbsPage = (url: UrlLike = location): boolean => {
  const id = ABS_PATH.exec(arxivPathname(url) ?? '')?.[1];
  return id !== undefined && hasValidNumberLength(id);
};

const isAbsPageExamples: DetectorExamples = {
  positive: [
    'https://arxiv.org/abs/2205.11916',
    'https://arxiv.org/abs/2205.11916v3',
    'https://arxiv.org/abs/0704.0001',
    'https://arxiv.org/abs/1412.6980v9',
    'https://arxiv.org/abs/hep-th/9901001',
    'https://arxiv.org/abs/hep-th/9901001v1',
    'https://arxiv.org/abs/math.GT/0309136',
    'https://arxiv.org/abs/cond-mat/0102536v2',
    'https://www.arxiv.org/abs/2106.09608',
    'https://export.arxiv.org/abs/2106.09608v2',
    'http://arxiv.org/abs/2106.09608',
    'https://arxiv.org/abs/2106.09608?context=cs.AI',
    'https://arxiv.org/abs/2106.09608#labstabs',
  ],
  negative: [
    'https://arxiv.org/abs/',
    'https://arxiv.org/abs/junk',
    'https://arxiv.org/abs/2205.1191', // 2022 ids have five digits
    'https://arxiv.org/abs/2213.11916', // no month 13
    'https://arxiv.org/abs/2205.11916/',
    'https://arxiv.org/abs/2205.11916v0',
    'https://arxiv.org/abs/arXiv:2205.11916',
    'https://arxiv.org/pdf/2205.11916',
    'https://arxiv.org/pdf/2205.11916v3.pdf',
    'https://arxiv.org/html/2205.11916v2',
    'https://arxiv.org/format/2205.11916',
    'https://arxiv.org/',
    'https://arxiv.org/help',
    'https://alphaxiv.org/abs/2205.11916',
    'https://arxiv.org.example.com/abs/2205.11916',
    'https://info.arxiv.org/abs/2205.11916',
    'ftp://arxiv.org/abs/2205.11916',
  ],
};

/** Archives (`cs`, `hep-th`) and categories (`cs.AI`, `cond-mat.mes-hall`, `physics.acc-ph`). */
const LISTING_CONTEXT = String.raw`[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z]+(?:-[a-z]+)?)?`;
const LISTING_PATH = new RegExp(`^/list/${LISTING_CONTEXT}/(?:new|recent|pastweek|\\d{4})/?$`);

/** A listing, `/list/<archive or category>/new|recent|pastweek|<YYMM>|<YYYY>`, with any query. */
export const isListingPage = (url: UrlLike = location): boolean => LISTING_PATH.test(arxivPathname(url) ?? '');

const isListingPageExamples: DetectorExamples = {
  positive: [
    'https://arxiv.org/list/cs/new',
    'https://arxiv.org/list/cs.AI/new',
    'https://arxiv.org/list/cs.LG/recent',
    'https://arxiv.org/list/cs.CL/pastweek?skip=0&show=2000',
    'https://arxiv.org/list/cs/2301?skip=0&show=3',
    'https://arxiv.org/list/cs/9101',
    'https://arxiv.org/list/math/2024',
    'https://arxiv.org/list/hep-th/new',
    'https://arxiv.org/list/cond-mat.mes-hall/recent',
    'https://arxiv.org/list/physics.acc-ph/2401',
    'https://www.arxiv.org/list/stat.ML/new',
    'https://export.arxiv.org/list/cs.CV/recent',
  ],
  negative: [
    'https://arxiv.org/list/cs',
    'https://arxiv.org/list/',
    'https://arxiv.org/list/cs/',
    'https://arxiv.org/list/cs/new/extra',
    'https://arxiv.org/list/cs/230',
    'https://arxiv.org/list/cs/old',
    'https://arxiv.org/catchup/cs/2024-06-03',
    'https://arxiv.org/year/cs/2023',
    'https://github.com/list/cs/new',
  ],
};

const SEARCH_PATH = /^\/search(?:\/.*)?$/;

/** The search form or its results, `/search…` (simple, advanced, per archive). */
export const isSearchPage = (url: UrlLike = location): boolean => SEARCH_PATH.test(arxivPathname(url) ?? '');

const isSearchPageExamples: DetectorExamples = {
  positive: [
    'https://arxiv.org/search/?query=transformer&searchtype=all',
    'https://arxiv.org/search/?query=attention&searchtype=title&abstracts=show&order=-announced_date_first&size=50',
    'https://arxiv.org/search/advanced',
    'https://arxiv.org/search/advanced?advanced=&terms-0-operator=AND&terms-0-term=diffusion&terms-0-field=title',
    'https://arxiv.org/search/cs?query=Riedl&searchtype=author',
    'https://arxiv.org/search?query=llm&searchtype=all',
    'https://www.arxiv.org/search/?query=llm',
  ],
  negative: [
    'https://arxiv.org/searchx',
    'https://arxiv.org/help/search',
    'https://scholar.google.com/search?q=arxiv',
    'https://export.arxiv.org/api/query?search_query=all:electron',
  ],
};

/** The kinds of arXiv page Paperscope annotates. */
export type ArxivPageKind = 'abs' | 'listing' | 'search';

/** Which kind of annotated arXiv page `url` is; undefined for every other page (PDF, HTML, help, home, …). */
export function arxivPageKind(url: UrlLike = location): ArxivPageKind | undefined {
  if (isAbsPage(url)) return 'abs';
  if (isListingPage(url)) return 'listing';
  if (isSearchPage(url)) return 'search';
  return undefined;
}

/** Names of the detectors that {@link examples} covers. */
export type ArxivDetectorName = 'isAbsPage' | 'isListingPage' | 'isSearchPage';

/**
 * Example URLs of each detector (written beside it above). The table test
 * runs every detector against every URL listed anywhere here: a detector must
 * accept exactly its own positives and reject everything else.
 */
export const examples: Readonly<Record<ArxivDetectorName, DetectorExamples>> = {
  isAbsPage: isAbsPageExamples,
  isListingPage: isListingPageExamples,
  isSearchPage: isSearchPageExamples,
};

// ─── Readers ────────────────────────────────────────────────────────────────

/** What an abstract page says about its paper. Every field is optional: odd pages yield less. */
export interface AbsPageInfo {
  /** Versionless id, from `citation_arxiv_id` or the URL. */
  arxivId?: string;
  /** Version shown, `v2`, from `og:url` or the URL. */
  version?: string;
  /** Title, whitespace collapsed, TeX as written (`$\alpha$`). */
  title?: string;
  /** Abstract, whitespace collapsed. */
  abstract?: string;
}

/** Where to put the panel on an abstract page, relative to `element`. */
export interface PanelAnchor {
  element: Element;
  /** Insert after `element`, before it, or as its first child. */
  append: 'after' | 'before' | 'first';
}

/** One paper shown on a listing or search page. */
export interface ArxivPageEntry {
  /** Versionless id, when the entry links to its abstract page. */
  arxivId?: string;
  /** Title, read as the server sent it (see `mathjax-text.ts`). */
  title?: string;
  /** Element to append the badge inside: the listing `dt`, the search result's `p.list-title`. */
  badgeAnchor: Element;
}

/** Runs `read`, answering `fallback` if the page is odd enough to make it throw. */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** `value` unless it is empty, so that readers never report `''`. */
function nonEmpty(value: string | undefined): string | undefined {
  return value ? value : undefined;
}

/** The collapsed `content` of the first element matching `selector`. */
function metaContent(root: ParentNode, selector: string): string | undefined {
  const content = root.querySelector(selector)?.getAttribute('content');
  return nonEmpty(collapseWhitespace(content ?? ''));
}

/** The text of the first element matching `selector`, without its descriptor and MathJax output. */
function fieldText(root: ParentNode, selector: string): string | undefined {
  const element = root.querySelector(selector);
  return element ? nonEmpty(readSourceText(element, { skip: S.descriptor.selector })) : undefined;
}

/** The location of the document `root` belongs to, if it has one (parsed documents do not). */
function locationOf(root: ParentNode): UrlLike | undefined {
  const node = root as Partial<Node> & Partial<Document>;
  const document = node.nodeType === 9 ? (root as Document) : node.ownerDocument;
  return document?.location ?? undefined;
}

/** Id and version from an abstract page URL, if `url` is one. */
function idFromAbsUrl(url: UrlLike | undefined): ArxivIdParts | undefined {
  if (!url || !isAbsPage(url)) return undefined;
  return parseArxivIdParts(url.pathname);
}

/**
 * Reads an abstract page: id from `meta[name=citation_arxiv_id]`, else from
 * the URL; version from `og:url`, else from the URL (only when it names the
 * same paper); title and abstract from their meta tags, which MathJax never
 * rewrites, else from `#abs` without the descriptors. Never throws.
 *
 * @param root The page's document (the meta tags are in its head).
 * @param url  The page URL; defaults to the document's location.
 */
export function readAbsPage(root: ParentNode, url?: UrlLike): AbsPageInfo {
  return safely(() => {
    const fromUrl = idFromAbsUrl(url ?? locationOf(root));
    const arxivId = parseArxivId(metaContent(root, S.absArxivIdMeta.selector) ?? '') ?? fromUrl?.id;
    const shown = parseArxivIdParts(metaContent(root, S.absVersionedUrlMeta.selector) ?? '');
    const version = [shown, fromUrl].find((parts) => parts?.version && parts.id === arxivId)?.version;
    const info: AbsPageInfo = {
      arxivId,
      version,
      title: metaContent(root, S.absTitleMeta.selector) ?? fieldText(root, S.absTitle.selector),
      abstract: metaContent(root, S.absAbstractMeta.selector) ?? fieldText(root, S.absAbstract.selector),
    };
    // Leave absent fields out rather than set to undefined: callers spread and compare these.
    return Object.fromEntries(Object.entries(info).filter(([, value]) => value !== undefined)) as AbsPageInfo;
  }, {});
}

/**
 * Where the panel goes on an abstract page: right after the abstract (a direct
 * child of `#abs`, so the copy arXivLabs may show in a tab is never chosen),
 * else before the arXivLabs tabs (never inside them: arXiv's scripts rewrite
 * them), else first in `#abs`. Undefined when the page has none of these.
 */
export function findAbsPanelAnchor(root: ParentNode): PanelAnchor | undefined {
  return safely<PanelAnchor | undefined>(() => {
    const abstract = root.querySelector(S.absAbstract.selector);
    if (abstract) return { element: abstract, append: 'after' };
    const labs = root.querySelector(S.absLabs.selector);
    if (labs) return { element: labs, append: 'before' };
    const abs = root.querySelector(S.abs.selector);
    if (abs) return { element: abs, append: 'first' };
    return undefined;
  }, undefined);
}

/** The `dd` that belongs to a listing `dt`: the next `dd` before any other `dt`. */
function listingBodyOf(item: Element): Element | undefined {
  for (let next = item.nextElementSibling; next; next = next.nextElementSibling) {
    if (next.matches(S.listingItemBody.selector)) return next;
    if (next.matches(S.listingItem.selector)) return undefined;
  }
  return undefined;
}

/** The versionless id an abstract link points at, from its `href`, else its text ("arXiv:ID"). */
function idFromLink(link: Element | null): string | undefined {
  if (!link) return undefined;
  return parseArxivId(link.getAttribute('href') ?? '') ?? parseArxivId(link.textContent ?? '');
}

/** One listing entry: its `dt` (id, badge anchor) and the `dd` after it (title). */
function readListingEntry(item: Element): ArxivPageEntry {
  const entry: ArxivPageEntry = { badgeAnchor: item };
  return safely(() => {
    const arxivId = idFromLink(
      item.querySelector(S.listingIdLink.selector) ?? item.querySelector(S.listingIdLinkFallback.selector),
    );
    if (arxivId) entry.arxivId = arxivId;
    const body = listingBodyOf(item);
    const title = body ? fieldText(body, S.listingTitle.selector) : undefined;
    if (title) entry.title = title;
    return entry;
  }, entry);
}

/**
 * Reads every entry of a listing page, across all its `dl#articles` sections
 * (the id repeats; it is never looked up by id), in page order. An entry
 * without an id or a title still yields what it has, with its `dt` as badge
 * anchor. Never throws; a page without entries yields `[]`.
 *
 * Cost: one document-wide query, then work inside each entry's own `dt`/`dd`
 * only, and no `innerText` (no layout), so a 2,000-entry `/new` page is cheap.
 */
export function readListingEntries(root: ParentNode): ArxivPageEntry[] {
  return safely(() => Array.from(root.querySelectorAll(S.listingItem.selector), readListingEntry), []);
}

/** One search result: id from its abstract link (absolute, maybe versioned), title from `p.title`. */
function readSearchResult(result: Element): ArxivPageEntry {
  const entry: ArxivPageEntry = { badgeAnchor: result };
  return safely(() => {
    entry.badgeAnchor = result.querySelector(S.searchBadgeAnchor.selector) ?? result;
    const arxivId = idFromLink(result.querySelector(S.searchIdLink.selector));
    if (arxivId) entry.arxivId = arxivId;
    const title = fieldText(result, S.searchTitle.selector);
    if (title) entry.title = title;
    return entry;
  }, entry);
}

/**
 * Reads every result of a search page (`li.arxiv-result`), in page order.
 * Badge anchor: the result's `p.list-title` (the result itself if it has
 * none). Never throws; a page without results yields `[]`.
 */
export function readSearchResults(root: ParentNode): ArxivPageEntry[] {
  return safely(() => Array.from(root.querySelectorAll(S.searchResult.selector), readSearchResult), []);
}

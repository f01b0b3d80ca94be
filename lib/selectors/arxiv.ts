/**
 * Every arXiv selector Paperscope relies on, in one place, each with the
 * number of elements it matches on each saved page in `tests/fixtures/`.
 *
 * Why counts: arXiv changes its markup without notice (the 2026 "spinout"
 * chrome, the 2024 listing rewrite). A selector that silently matches nothing
 * makes the extension silently do nothing, so `tests/unit/arxiv-selectors.test.ts`
 * loads every fixture and checks every count. When arXiv changes, that test
 * says which selector broke and on which page. The markup itself is described
 * in `DOM-NOTES.md` (section 1) of the shared fixtures.
 *
 * Readers in `lib/pages/` use only these selectors; no selector string lives
 * anywhere else.
 */

/** Saved abstract page of 2106.09608 (v2), late 2021, raw server HTML, old chrome. */
const ABS_2021 = 'arxiv.org__abs__2106.09608__2021.html';
/** Only the `<head>` of the abstract page of 1902.02534 (v2), 2023. */
const ABS_HEAD_ONLY = 'arxiv.org__abs__1902.02534__HEAD-ONLY__2023.html';
/** Month listing `/list/cs/2301?skip=0&show=3`, June 2024: one `dl#articles`, three entries. */
const LIST_SHOW3 = 'arxiv.org__list__cs__2301__show3__2024-06.html';
/** Month listing `/list/cs/9101` with no entries, June 2024: an empty `dl#articles`. */
const LIST_EMPTY = 'arxiv.org__list__cs__9101__empty__2024-06.html';

/** File names (in `tests/fixtures/`) of the saved arXiv pages that selector counts refer to. */
export const arxivFixtureNames = [ABS_2021, ABS_HEAD_ONLY, LIST_SHOW3, LIST_EMPTY] as const;

/** One saved arXiv page's file name. */
export type ArxivFixtureName = (typeof arxivFixtureNames)[number];

/** A selector with its purpose and its expected match counts. */
export interface ArxivSelector {
  /** The CSS selector. */
  readonly selector: string;
  /**
   * When set, `selector` is matched inside each element matched by that other
   * entry of {@link arxivSelectors} (the way the readers use it, scoped to one
   * listing entry or one search result), and the expected count is the sum over
   * those elements. When unset, it is matched against the whole document.
   */
  readonly within?: string;
  /** What the selector finds, and why it is written this way. */
  readonly purpose: string;
  /** Expected number of matches on each saved page. */
  readonly counts: Readonly<Record<ArxivFixtureName, number>>;
}

/** Counts in the order of {@link arxivFixtureNames}, to keep the table below readable. */
function counts(abs2021: number, absHeadOnly: number, listShow3: number, listEmpty: number): Record<ArxivFixtureName, number> {
  return { [ABS_2021]: abs2021, [ABS_HEAD_ONLY]: absHeadOnly, [LIST_SHOW3]: listShow3, [LIST_EMPTY]: listEmpty };
}

/**
 * The arXiv selectors, by name. Counts are `counts(abs 2021, abs head-only, list show3, list empty)`.
 *
 * No saved `/search` page exists, so the search selectors match nothing on the
 * fixtures; the selector test also checks them on the derived search page built
 * from the `arxiv-search` template markup (`tests/support/arxiv-pages.ts`).
 */
export const arxivSelectors = {
  // ── Abstract page: identity from the Scholar meta tags, which MathJax never touches.
  absArxivIdMeta: {
    selector: 'meta[name="citation_arxiv_id"]',
    purpose: 'versionless arXiv id of an abstract page (`content`)',
    counts: counts(1, 1, 0, 0),
  },
  absTitleMeta: {
    selector: 'meta[name="citation_title"]',
    purpose: 'title of an abstract page (`content`), TeX left as the authors wrote it',
    counts: counts(1, 1, 0, 0),
  },
  absAbstractMeta: {
    selector: 'meta[name="citation_abstract"]',
    purpose: 'abstract of an abstract page (`content`)',
    counts: counts(1, 1, 0, 0),
  },
  absVersionedUrlMeta: {
    selector: 'meta[property="og:url"]',
    purpose: 'URL of the version shown (`…/abs/<id>v<N>`), the source of the version',
    counts: counts(1, 1, 0, 0),
  },

  // ── Abstract page body: fallbacks for identity, and where the panel goes.
  abs: {
    selector: '#abs',
    purpose: 'the paper block of an abstract page; the panel goes first in it as a last resort',
    counts: counts(1, 0, 0, 0),
  },
  absTitle: {
    selector: '#abs > h1.title',
    purpose: 'title heading (after its "Title:" descriptor); a fallback when the meta tag is missing',
    counts: counts(1, 0, 0, 0),
  },
  absAbstract: {
    selector: '#abs > blockquote.abstract',
    purpose:
      'abstract (after its "Abstract:" descriptor); the panel goes right after it. Direct child on purpose: ' +
      '`?labs-style=tabs-above` puts a second copy in `#tabpanel-zero`',
    counts: counts(1, 0, 0, 0),
  },
  absLabs: {
    selector: '#labstabs',
    purpose: 'arXivLabs tabs; the panel goes before it when there is no abstract (never inside: arXiv scripts rewrite it)',
    counts: counts(1, 0, 0, 0),
  },
  descriptor: {
    selector: 'span.descriptor',
    purpose: 'field labels ("Title:", "Abstract:", …) that precede the value in the same element; skipped when reading',
    counts: counts(4, 0, 8, 0),
  },

  // ── Listing pages (/list/<cat>/new|recent|pastweek|YYMM). Several `dl#articles` on one page: never getElementById.
  listingList: {
    selector: '#dlpage dl',
    purpose: 'one list of entries; `/new` and `/recent` repeat `dl id="articles"` once per section or day',
    counts: counts(0, 0, 1, 1),
  },
  listingItem: {
    selector: '#dlpage dl > dt',
    purpose: 'one entry\'s header line ("[1] arXiv:ID [pdf, …]"); the listing badge is appended inside it',
    counts: counts(0, 0, 3, 0),
  },
  listingItemBody: {
    selector: '#dlpage dl > dd',
    purpose: 'one entry\'s metadata, the `dd` that follows its `dt`',
    counts: counts(0, 0, 3, 0),
  },
  listingIdLink: {
    selector: 'a[title="Abstract"]',
    within: 'listingItem',
    purpose: 'the entry\'s abstract link, `href="/abs/<id>"` (versionless)',
    counts: counts(0, 0, 3, 0),
  },
  listingIdLinkFallback: {
    selector: 'a[href^="/abs/"]',
    within: 'listingItem',
    purpose: 'the same link found by its target, should arXiv drop the `title` attribute',
    counts: counts(0, 0, 3, 0),
  },
  listingTitle: {
    selector: '.list-title',
    within: 'listingItemBody',
    purpose: 'the entry\'s title (after its "Title:" descriptor)',
    counts: counts(0, 0, 3, 0),
  },

  // ── Search results (/search/…). Markup from arxiv-search `search-macros.html`.
  searchResult: {
    selector: 'li.arxiv-result',
    purpose: 'one search result (in `ol.breathe-horizontal`)',
    counts: counts(0, 0, 0, 0),
  },
  searchIdLink: {
    selector: 'p.list-title > a[href*="/abs/"]',
    within: 'searchResult',
    purpose: 'the result\'s abstract link, absolute, with `vN` when the hit is not the latest version',
    counts: counts(0, 0, 0, 0),
  },
  searchTitle: {
    selector: 'p.title',
    within: 'searchResult',
    purpose: 'the result\'s title (may wrap `span.search-hit` highlights). Scoped: the page has other `.title`s',
    counts: counts(0, 0, 0, 0),
  },
  searchBadgeAnchor: {
    selector: 'p.list-title',
    within: 'searchResult',
    purpose: 'the result\'s id line; the badge is appended inside it',
    counts: counts(0, 0, 0, 0),
  },

  // ── MathJax 2.7 (loaded by arXiv) rewrites every `.mathjax` element after load.
  mathjaxRendered: {
    selector: '.MathJax_Preview, .MathJax, .MathJax_Display, .MJX_Assistive_MathML, mjx-container',
    purpose: 'typeset output (MathJax 2 previews, renderings, assistive MathML; MathJax 3 containers), skipped when reading',
    counts: counts(0, 0, 0, 0),
  },
  mathjaxSource: {
    selector: 'script[type^="math/tex"]',
    purpose: 'the TeX source MathJax 2 keeps beside its output; read back as `$…$`',
    counts: counts(0, 0, 0, 0),
  },
} as const satisfies Record<string, ArxivSelector>;

/** Name of one entry of {@link arxivSelectors}. */
export type ArxivSelectorName = keyof typeof arxivSelectors;

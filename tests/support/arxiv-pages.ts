/**
 * Builders of arXiv pages for tests, derived from the saved real pages in
 * `tests/fixtures/` by plain string edits.
 *
 * None of the saved pages belongs to a corpus paper, and no real `/search`
 * or `/list/<cat>/new` page was saved, so positive cases are built here: an
 * abstract page rewritten to another paper, a `/new`-style listing of any size
 * from the real June-2024 item markup, a search page from the `arxiv-search`
 * template markup (shared `DOM-NOTES.md` §1.3).
 *
 * Unit tests (happy-dom) and Playwright end-to-end tests (real browsers, pages
 * served under their real URLs) both use these, so everything returns an HTML
 * string and runs in plain Node: no DOM library, no network.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** Saved arXiv pages these builders start from (file names in `tests/fixtures/`). */
export const arxivTemplates = {
  /** Abstract page of 2106.09608 (v2), 2021, old chrome. */
  abs: 'arxiv.org__abs__2106.09608__2021.html',
  /** Month listing `/list/cs/2301?skip=0&show=3`, June 2024, current item markup. */
  listing: 'arxiv.org__list__cs__2301__show3__2024-06.html',
} as const;

/** The paper of the saved abstract page, as it appears in its HTML. */
const SAVED_ABS = {
  id: '2106.09608',
  title: 'Learning Knowledge Graph-based World Models of Textual Environments',
} as const;

/** The first entry of the saved listing, used as the item template. */
const SAVED_ITEM = { id: '2301.00001', title: 'NFTrig' } as const;

const fileCache = new Map<string, string>();

/**
 * The text of a saved page in `tests/fixtures/`, read once per process.
 *
 * @param name File name, e.g. `arxiv.org__abs__2106.09608__2021.html`.
 */
export function readFixture(name: string): string {
  let html = fileCache.get(name);
  if (html === undefined) {
    // A path, not `new URL(…, import.meta.url)`: under happy-dom the global URL is the DOM's, which mangles file URLs.
    html = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', name), 'utf8');
    fileCache.set(name, html);
  }
  return html;
}

/** Escapes text for HTML text and (double- or single-quoted) attribute values alike. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Replaces every occurrence of `search` with `replacement`, literally. Unlike
 * `String.replace` with a string, `$&` or `$1` in a TeX title stays as it is.
 */
function replaceLiterally(html: string, search: string, replacement: string): string {
  return html.split(search).join(replacement);
}

/** Replaces the first match of `pattern` with a fixed string (no `$` patterns, see above). */
function replaceMatch(html: string, pattern: RegExp, replacement: string): string {
  return html.replace(pattern, () => replacement);
}

/** Sets the `content` of `<meta name|property="key" content="…">` (double-quoted, as arXiv writes it). */
function setMetaContent(html: string, key: string, content: string): string {
  const pattern = new RegExp(`(<meta (?:name|property)="${key.replace(/[.:]/g, '\\$&')}" content=")[^"]*(")`);
  return html.replace(pattern, (_all, start: string, end: string) => start + escapeHtml(content) + end);
}

/**
 * Removes `<meta name|property="…">` tags from a page, to test readers'
 * fallbacks (e.g. `['citation_arxiv_id', 'citation_title']`).
 */
export function removeMetaTags(html: string, keys: readonly string[]): string {
  return keys.reduce((page, key) => {
    const pattern = new RegExp(`\\s*<meta (?:name|property)="${key.replace(/[.:]/g, '\\$&')}"[^>]*>`, 'g');
    return page.replace(pattern, '');
  }, html);
}

/** arXiv's truncation of `twitter:title` (70 characters, then `...`; `truncate(70, False, '...')`). */
function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 3)}...`;
}

/** Form encoding as in the bookmark links (`quote_plus`): spaces become `+`. */
function formEncode(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+');
}

/** What an abstract page built by {@link absPageFor} shows. */
export interface AbsPageSpec {
  /** Versionless id, new (`2205.11916`) or old style (`hep-th/9901001`). */
  arxivId: string;
  /** Title as arXiv would print it (TeX such as `$\alpha$` kept). Escaped here. */
  title: string;
  /** Abstract; the saved page's abstract is kept when omitted. */
  abstract?: string;
  /**
   * A withdrawn paper: no abstract (neither meta tag nor blockquote) and a
   * `span.error` notice at the top of `#abs`.
   */
  withdrawn?: boolean;
}

/**
 * The saved 2021 abstract page (2106.09608 v2) rewritten to another paper:
 * the id everywhere (meta tags, `<title>`, breadcrumbs, the "Cite as" cells,
 * PDF, format and bookmark links, DBLP), the title everywhere (`<title>`,
 * `citation_title`, `og:title`, `twitter:title`, `h1.title`, the RDF comment,
 * the URL-encoded Scholar and bookmark links), and the abstract when given
 * (`citation_abstract`, `og:description`, `twitter:description`, the
 * blockquote). Everything else, including the version (v2), is kept.
 */
export function absPageFor(spec: AbsPageSpec): string {
  let html = readFixture(arxivTemplates.abs);

  // The abstract first: the patterns below look for the saved page's own text.
  if (spec.withdrawn) {
    const notice = 'This paper has been withdrawn by the authors.';
    html = removeMetaTags(html, ['citation_abstract']);
    html = setMetaContent(html, 'og:description', notice);
    html = setMetaContent(html, 'twitter:description', notice);
    html = replaceMatch(html, /\s*<blockquote class="abstract mathjax">[\s\S]*?<\/blockquote>/, '');
    html = replaceMatch(html, /<div id="abs">/, `<div id="abs">\n    <span class="error">${escapeHtml(notice)}</span>`);
  } else if (spec.abstract !== undefined) {
    html = setMetaContent(html, 'citation_abstract', spec.abstract);
    html = setMetaContent(html, 'og:description', spec.abstract);
    html = setMetaContent(html, 'twitter:description', truncate(spec.abstract, 200));
    html = html.replace(
      /(<blockquote class="abstract mathjax">\s*<span class="descriptor">Abstract:<\/span>)[\s\S]*?(<\/blockquote>)/,
      (_all, start: string, end: string) => `${start}${escapeHtml(spec.abstract ?? '')}\n    ${end}`,
    );
  }

  // twitter:title is a truncated copy, so it would not match the full-title replacement below.
  html = setMetaContent(html, 'twitter:title', truncate(spec.title, 70));

  // Id forms: plain (URLs, meta tags, text), DBLP keys (`abs-2106-09608`), the month listing link.
  const yymm = /^\d{4}(?=\.)/.exec(spec.arxivId)?.[0];
  html = replaceLiterally(html, `abs-${SAVED_ABS.id.replace('.', '-')}`, `abs-${spec.arxivId.replace(/[./]/g, '-')}`);
  if (yymm) {
    html = replaceLiterally(html, 'corr2106.html', `corr${yymm}.html`);
    html = replaceLiterally(html, 'href="/list/cs.LG/2106">2106<', `href="/list/cs.LG/${yymm}">${yymm}<`);
  }
  html = replaceLiterally(html, SAVED_ABS.id, escapeHtml(spec.arxivId));

  // Title forms: HTML text and attributes, `%20`-encoded (Google Scholar), `+`-encoded (bookmarks).
  html = replaceLiterally(html, SAVED_ABS.title, escapeHtml(spec.title));
  html = replaceLiterally(html, encodeURIComponent(SAVED_ABS.title), escapeHtml(encodeURIComponent(spec.title)));
  html = replaceLiterally(html, formEncode(SAVED_ABS.title), escapeHtml(formEncode(spec.title)));
  return html;
}

/** One entry of a built listing or search page. */
export interface PageEntrySpec {
  /** Versionless id. */
  arxivId: string;
  /** Title as arXiv would print it; escaped here. Omit for an entry without a title. */
  title?: string;
}

/** Options of {@link listingPage}. */
export interface ListingPageOptions {
  /**
   * Number of `dl id="articles"` sections the entries are split across, in
   * order (default 3: new, cross-list and replacement submissions, like a
   * real `/new` page). Sections that would be empty are left out.
   */
  sections?: number;
  /** The archive or category, for links and headings (default `cs`). */
  category?: string;
}

/** Section headings of a `/new` page (`sub_sections_for_types` in arxiv-browse). */
const NEW_SECTION_NAMES = ['New submissions', 'Cross submissions', 'Replacement submissions'];

/** The saved listing cut into the parts {@link listingPage} reassembles. */
interface ListingTemplate {
  /** Everything up to and including `<div id='dlpage'>`. */
  head: string;
  /** The first entry, `<dt>…</dt> <dd>…</dd>`. */
  item: string;
  /** Everything after the saved page's `</dl>`, without its paging links. */
  tail: string;
}

let listingTemplate: ListingTemplate | undefined;

/** Cuts the saved June-2024 listing into head, one entry and tail (once). */
function getListingTemplate(): ListingTemplate {
  if (listingTemplate) return listingTemplate;
  const html = readFixture(arxivTemplates.listing);
  const dlpage = html.indexOf("<div id='dlpage'>");
  const item = /<dt>[\s\S]*?<\/dt>\s*<dd>[\s\S]*?<\/dd>/.exec(html)?.[0];
  const listEnd = html.indexOf('</dl>');
  if (dlpage < 0 || !item || listEnd < 0) throw new Error(`${arxivTemplates.listing} no longer has the expected shape`);
  listingTemplate = {
    head: html.slice(0, dlpage + "<div id='dlpage'>".length),
    item,
    // The month page's "Total of 5648 entries" paging does not belong on a /new page.
    tail: html
      .slice(listEnd + '</dl>'.length)
      .replace(/\s*<div class='paging'>[\s\S]*?<\/div>/g, '')
      .replace(/\s*<div class='morefewer'>[\s\S]*?<\/div>/g, ''),
  };
  return listingTemplate;
}

/** One listing entry from the template: id, number and title replaced (title block dropped if none). */
function listingItem(entry: PageEntrySpec, index: number): string {
  const { item } = getListingTemplate();
  let html = replaceLiterally(item, SAVED_ITEM.id, escapeHtml(entry.arxivId));
  html = replaceLiterally(html, "name='item1'>[1]<", `name='item${index}'>[${index}]<`);
  const titleBlock = /\s*<div class='list-title mathjax'><span class='descriptor'>Title:<\/span>\s*NFTrig\s*<\/div>/;
  return entry.title === undefined
    ? replaceMatch(html, titleBlock, '')
    : replaceMatch(
        html,
        titleBlock,
        `\n                           <div class='list-title mathjax'><span class='descriptor'>Title:</span>\n` +
          `                              ${escapeHtml(entry.title)}\n                           </div>`,
      );
}

/** Splits `items` into `count` contiguous runs whose lengths differ by at most one. */
function splitEvenly<T>(items: readonly T[], count: number): T[][] {
  const runs: T[][] = [];
  let start = 0;
  for (let run = 0; run < count; run += 1) {
    const length = Math.floor(items.length / count) + (run < items.length % count ? 1 : 0);
    runs.push(items.slice(start, start + length));
    start += length;
  }
  return runs;
}

/**
 * A `/list/<cat>/new`-style listing page holding `entries`, built from the
 * saved June-2024 listing: its head and chrome, its first entry as the item
 * template, and the `/new` page's index (section links, "Showing new listings
 * for …"). Entries are split across `sections` `dl id="articles"` blocks (the
 * id repeats, as on arXiv), each opened by an `h3` such as "New submissions
 * (showing first 667 of 667 entries)"; items are numbered across sections.
 * No entries: "No updates today." and no `dl`. Scales to 2,000 entries.
 */
export function listingPage(entries: readonly PageEntrySpec[], options: ListingPageOptions = {}): string {
  const { head, tail } = getListingTemplate();
  const category = escapeHtml(options.category ?? 'cs');
  const sectionCount = Math.max(1, Math.floor(options.sections ?? NEW_SECTION_NAMES.length));
  const sections = splitEvenly(entries, sectionCount)
    .map((run, index) => ({ run, name: NEW_SECTION_NAMES[index] ?? `More submissions (${index + 1})` }))
    .filter(({ run }) => run.length > 0);

  const parts: string[] = [
    head.replace(/<title>[^<]*<\/title>/, '<title>Computer Science</title>'),
    '\n                  <h1>Computer Science</h1>\n                  <ul>',
  ];
  let next = 1;
  for (const { run, name } of sections) {
    parts.push(`\n                     <li><a href="/list/${category}/new?skip=0&amp;show=2000#item${next}">${name}</a></li>`);
    next += run.length;
  }
  parts.push(
    '\n                  </ul>',
    `\n                  <p>See <a id="recent-${category}" aria-labelledby="recent-${category}" href="/list/${category}/recent">recent</a> articles</p>`,
    '\n                  <h3>Showing new listings for Friday, 14 August 2026</h3>\n',
  );
  if (sections.length === 0) parts.push('\n                  <p>No updates today.</p>\n');
  next = 1;
  for (const { run, name } of sections) {
    parts.push(`\n                  <dl id='articles'>\n                     <h3>${name} (showing first ${run.length} of ${run.length} entries)</h3>\n`);
    for (const entry of run) {
      parts.push('                     ', listingItem(entry, next), '\n');
      next += 1;
    }
    parts.push('                  </dl>\n');
  }
  parts.push(tail);
  return parts.join('');
}

/** One entry of {@link searchResultsPage}. */
export interface SearchEntrySpec extends PageEntrySpec {
  /** A version, e.g. 2: the result then links to `/abs/<id>v2`, as for hits that are not the latest version. */
  version?: number;
}

/** Options of {@link searchResultsPage}. */
export interface SearchResultsPageOptions {
  /** The query shown in the heading (default `transformer`). */
  query?: string;
}

/** One `li.arxiv-result`, per `search-macros.html` (`search_results`). */
function searchResult(entry: SearchEntrySpec): string {
  const shownId = escapeHtml(entry.version ? `${entry.arxivId}v${entry.version}` : entry.arxivId);
  const title = entry.title === undefined ? '' : `
    <p class="title is-5 mathjax">
      ${escapeHtml(entry.title)}
    </p>`;
  return `
  <li class="arxiv-result">
    <div class="is-marginless">
      <p class="list-title is-inline-block"><a href="https://arxiv.org/abs/${shownId}">arXiv:${shownId}</a>
        <span>&nbsp;[<a href="https://arxiv.org/pdf/${shownId}">pdf</a>, <a href="https://arxiv.org/format/${shownId}">other</a>]&nbsp;</span>
      </p>
      <div class="tags is-inline-block">
        <span class="tag is-small is-link tooltip is-tooltip-top" data-tooltip="Machine Learning">cs.LG</span>
        <span class="tag is-small is-grey tooltip is-tooltip-top" data-tooltip="Computation and Language">cs.CL</span>
      </div>
    </div>${title}
    <p class="authors">
      <span class="has-text-black-bis has-text-weight-semibold">Authors:</span>
      <a href="/search/?searchtype=author&amp;query=Doe%2C+J">Jane Doe</a>, <a href="/search/?searchtype=author&amp;query=Roe%2C+R">Richard Roe</a>
    </p>
    <p class="is-size-7"><span class="has-text-black-bis has-text-weight-semibold">Submitted</span> 3 January, 2024;
      <span class="has-text-black-bis has-text-weight-semibold">originally announced</span> January 2024.
    </p>
  </li>`;
}

/**
 * An arXiv search results page (`/search/?query=…`) listing `entries`, with
 * the result markup of arxiv-search's `search-macros.html` (DOM-NOTES §1.3:
 * `ol.breathe-horizontal > li.arxiv-result`, absolute `/abs/` links, `p.title`)
 * inside a minimal chrome: a header, the "Showing 1–N of N results" heading
 * (itself an `h1.title`, which the result selectors must not pick up), a footer.
 */
export function searchResultsPage(entries: readonly SearchEntrySpec[], options: SearchResultsPageOptions = {}): string {
  const query = escapeHtml(options.query ?? 'transformer');
  const count = entries.length;
  const results =
    count === 0
      ? '\n    <p class="is-size-4 has-text-warning">Sorry, your query returned no results</p>'
      : `\n    <ol class="breathe-horizontal" start="1">${entries.map(searchResult).join('')}\n    </ol>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Search | arXiv e-print repository</title>
  <link rel="stylesheet" href="https://static.arxiv.org/static/base/1.0.0a5/css/arxivstyle.css">
</head>
<body>
  <header>
    <a href="#main-container" class="is-sr-only">Skip to main content</a>
    <div class="level is-marginless">
      <div class="level-left"><a href="https://arxiv.org/"><img src="https://static.arxiv.org/static/base/1.0.0a5/images/arxiv-logo-one-color-white.svg" alt="arxiv logo" width="85"></a></div>
      <form class="level-right" method="GET" action="https://arxiv.org/search">
        <input class="input is-small" type="text" name="query" placeholder="Search..." aria-label="Search term or terms" value="${query}">
        <button class="button is-small">Search</button>
      </form>
    </div>
  </header>
  <main class="container" id="main-container">
    <div class="level is-marginless">
      <div class="level-left">
        <h1 class="title is-clearfix">
          Showing 1&ndash;${count} of ${count} results for all: <span class="mathjax">${query}</span>
        </h1>
      </div>
    </div>
    <div class="content">${results}
    </div>
  </main>
  <footer>
    <ul>
      <li><a href="https://info.arxiv.org/about">About</a></li>
      <li><a href="https://info.arxiv.org/help">Help</a></li>
    </ul>
  </footer>
</body>
</html>
`;
}

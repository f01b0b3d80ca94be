/**
 * The rendered README of a repository home, and the arXiv papers it cites.
 *
 * A README that cites a corpus paper's arXiv id is evidence that the repository
 * is that paper's code (DESIGN.md, matching step 4). Everything here is bounded:
 * a huge README or an awesome-list with thousands of links costs a capped amount
 * of work, because the content script has a 3 ms budget on pages with no match.
 */
import { githubSelectors } from '../selectors/github';

/** What the README says, as far as matching is concerned. */
export interface ReadmeInfo {
  /**
   * Plain text with a line break at every block boundary (so a heading, a list
   * item or a table cell stands apart from what follows), other whitespace
   * collapsed to single spaces, at most {@link README_TEXT_CAP} characters. Computed on first read: the walk that
   * makes it costs milliseconds, and most READMEs never need it (see `quickText`).
   */
  readonly text: string;
  /**
   * The README's raw `textContent` (words of adjacent blocks may run together),
   * at most {@link README_TEXT_CAP} characters: native and cheap, good enough to
   * rule out a citation before `text` is built.
   */
  quickText: string;
  /**
   * The `href` of every README link that names arXiv (at most
   * {@link README_MAX_LINKS}): the only links an arXiv citation can be.
   */
  arxivHrefs: string[];
  /**
   * Distinct versionless arXiv ids the README cites, links first, then text, in
   * order of appearance; at most {@link README_MAX_IDS} (reaching the cap means an
   * awesome-list, not one paper's code). Computed on first read, like `text`.
   */
  readonly arxivIds: string[];
}

/** Longest README text kept (characters); longer READMEs are cut, so reading costs bounded time. */
export const README_TEXT_CAP = 200_000;
/** Most arXiv ids returned; a README citing more is a reading list. */
export const README_MAX_IDS = 200;
/** Most README links scanned for arXiv citations. */
export const README_MAX_LINKS = 5_000;

// One arXiv identifier, optionally versioned. New style (since 0704): YYMM.NNNN
// until 1412, YYMM.NNNNN from 1501. Old style: archive[.SC]/YYMMNNN, e.g.
// hep-th/9901001 or math.GT/0309136. `(?!\d)` stops a longer number matching.
const ID = String.raw`(\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)?(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?(?!\d)`;
// Links to arXiv itself: abs, pdf (with or without .pdf) and html pages on
// arxiv.org, www.arxiv.org and export.arxiv.org; and arXiv's own DOIs
// (10.48550/arXiv.<id>). Mirrors and readers (alphaxiv, ar5iv…) are not citations we trust.
const HREF_PATTERNS = [
  new RegExp(String.raw`^(?:https?:)?\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/${ID}`, 'i'),
  new RegExp(String.raw`^(?:https?:)?\/\/(?:dx\.)?doi\.org\/10\.48550\/arxiv\.${ID}`, 'i'),
];
// The same URLs written out in text (code blocks, BibTeX `url=` fields).
const TEXT_URL = new RegExp(String.raw`(?<![\w.-])(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/${ID}`, 'gi');
// `arXiv:2205.11916`, `arXiv 2205.11916`, `arXiv: hep-th/9901001`, `arXiv.2205.11916` (DOI suffix).
const TEXT_PREFIXED = new RegExp(String.raw`(?<![\w-])arxiv\s{0,3}[:.]?\s{0,3}${ID}`, 'gi');
// BibTeX `eprint = {2205.11916}` (or "…"); counted only when its entry says arXiv.
const BIBTEX_EPRINT = new RegExp(String.raw`\beprint\s*=\s*[{"]\s*${ID}\s*[}"]`, 'gi');
const BIBTEX_ARXIV = /(?:archiveprefix|eprinttype)\s*=\s*[{"]?\s*arxiv/i;
// How far around an `eprint` field to look for its entry's archivePrefix.
const BIBTEX_WINDOW = 1_500;
// Archives of old-style (pre-2007) ids; anything else before `/NNNNNNN` is not an arXiv id.
const OLD_ARCHIVES = new Set([
  'acc-phys', 'adap-org', 'alg-geom', 'ao-sci', 'astro-ph', 'atom-ph', 'bayes-an', 'chao-dyn', 'chem-ph', 'cmp-lg',
  'comp-gas', 'cond-mat', 'cs', 'dg-ga', 'funct-an', 'gr-qc', 'hep-ex', 'hep-lat', 'hep-ph', 'hep-th', 'math',
  'math-ph', 'mtrl-th', 'nlin', 'nucl-ex', 'nucl-th', 'patt-sol', 'physics', 'plasm-ph', 'q-alg', 'q-bio', 'quant-ph',
  'solv-int', 'supr-con',
]);
// Elements whose start and end separate words (README HTML has no newlines between blocks).
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
// Elements whose text is not README prose.
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG']);

/**
 * The README of a repository home: its text and the arXiv ids it cites, or
 * `undefined` when the page has no rendered README. Tries the 2025–26 markup
 * (`article.markdown-body[itemprop=text]`), then the ≤2024 one (`#readme article.markdown-body`).
 * Call it on a repository home only: a rendered Markdown file (`/blob/…/x.md`) uses
 * the same markup.
 */
export function readReadme(doc: Document = document): ReadmeInfo | undefined {
  const article =
    doc.querySelector(githubSelectors.readme.selector) ?? doc.querySelector(githubSelectors.readmeLegacy.selector);
  if (!article) return undefined;
  const quickText = (article.textContent ?? '').slice(0, README_TEXT_CAP);
  let text: string | undefined;
  const fullText = () => (text ??= plainText(article, README_TEXT_CAP));
  const links = article.querySelectorAll(githubSelectors.readmeArxivLink.selector);
  const arxivHrefs: string[] = [];
  for (let i = 0; i < links.length && i < README_MAX_LINKS; i++) {
    const href = links[i]?.getAttribute('href');
    if (href) arxivHrefs.push(href);
  }
  let ids: string[] | undefined;
  return {
    get text() {
      return fullText();
    },
    quickText,
    arxivHrefs,
    get arxivIds() {
      // Every text citation form names arXiv: without the word, the walk is not needed for ids.
      return (ids ??= extractArxivIds(/arxiv/i.test(quickText) ? fullText() : '', arxivHrefs));
    },
  };
}

/**
 * Distinct versionless arXiv ids cited by `hrefs` (links to arxiv.org abs/pdf/html
 * pages, arXiv DOIs) and by `text` (`arXiv:<id>`, `arXiv <id>`, written-out
 * arxiv.org URLs, BibTeX `eprint` fields whose entry has `archivePrefix = {arXiv}`).
 * Links come first, then text, each in order of appearance; at most `limit` ids.
 * Old-style ids lose their subject class (`math.GT/0309136` → `math/0309136`), as arXiv's own canonical ids do.
 */
export function extractArxivIds(text: string, hrefs: readonly string[], limit: number = README_MAX_IDS): string[] {
  const found = new Set<string>();
  const add = (raw: string | undefined): boolean => {
    const id = raw === undefined ? undefined : normalizeArxivId(raw);
    if (id !== undefined) found.add(id);
    return found.size >= limit;
  };

  for (const href of hrefs) {
    // Both link forms name arXiv (the host, or arXiv's DOI prefix): skip the rest before any pattern runs.
    if (!/arxiv/i.test(href)) continue;
    const trimmed = href.trim();
    for (const pattern of HREF_PATTERNS) {
      const match = pattern.exec(trimmed);
      if (match && add(match[1])) return [...found];
    }
  }
  for (const pattern of [TEXT_URL, TEXT_PREFIXED]) {
    for (const match of text.matchAll(pattern)) {
      if (add(match[1])) return [...found];
    }
  }
  for (const match of text.matchAll(BIBTEX_EPRINT)) {
    if (bibtexEntryIsArxiv(text, match.index) && add(match[1])) return [...found];
  }
  return [...found];
}

/**
 * The versionless, canonical form of an arXiv id, or `undefined` if it is not a
 * plausible one (month 01–12; 4-digit numbers only 0704–1412, 5-digit from 1501;
 * old-style: a known archive, years 1991–2007).
 */
export function normalizeArxivId(raw: string): string | undefined {
  const id = raw.replace(/v\d+$/i, '');
  const modern = /^(\d\d)(\d\d)\.(\d{4,5})$/.exec(id);
  if (modern) {
    const yymm = Number(`${modern[1]}${modern[2]}`);
    const month = Number(modern[2]);
    const digits = modern[3]?.length ?? 0;
    if (month < 1 || month > 12) return undefined;
    if (digits === 4 ? yymm < 704 || yymm > 1412 : yymm < 1501) return undefined;
    return id;
  }
  const legacy = /^([a-z]+(?:-[a-z]+)?)(?:\.[a-z]{2})?\/((\d\d)(\d\d)\d{3})$/i.exec(id);
  if (legacy) {
    const archive = legacy[1]?.toLowerCase() ?? '';
    const year = Number(legacy[3]);
    const month = Number(legacy[4]);
    if (!OLD_ARCHIVES.has(archive) || month < 1 || month > 12 || (year > 7 && year < 91)) return undefined;
    return `${archive}/${legacy[2]}`;
  }
  return undefined;
}

/** Whether the BibTeX entry around position `at` declares an arXiv eprint. */
function bibtexEntryIsArxiv(text: string, at: number): boolean {
  // The entry runs from the `@` before the field to the next `@`; the window bounds
  // the work on text that has `eprint =` but no entry structure.
  const from = Math.max(text.lastIndexOf('@', at), at - BIBTEX_WINDOW, 0);
  const next = text.indexOf('@', at);
  const to = Math.min(next === -1 ? text.length : next, at + BIBTEX_WINDOW);
  return BIBTEX_ARXIV.test(text.slice(from, to));
}

/**
 * The text of `root` with a space at every block boundary, whitespace collapsed,
 * at most `cap` characters. Walks text nodes and stops once `cap` is reached,
 * so the cost is bounded even when the README is not (unlike `textContent`).
 */
/** Marks where a block starts or ends while the text is collected (U+2029 PARAGRAPH SEPARATOR). */
const BLOCK_END = '\u2029';
/** Whitespace other than the block mark. */
const INLINE_SPACE = /[^\S\u2029]+/g;
/** Block marks with the spaces around them. */
const BLOCK_BREAK = / ?\u2029[\u2029 ]*/g;

function plainText(root: Element, cap: number): string {
  const parts: string[] = [];
  let length = 0;
  // Depth-first, iterative (no recursion limit); `null` marks the end of a block element.
  // Whitespace is collapsed once at the end: one regular expression, not one per text node.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0 && length < cap) {
    const node = stack.pop();
    if (node === null || node === undefined) {
      parts.push(BLOCK_END);
      length += 1;
      continue;
    }
    if (node.nodeType === 3) {
      // Cut at the cap: the text never reaches past what `quickText` (the first `cap`
      // characters of `textContent`, which counts at least as many) holds.
      const data = (node as Text).data.slice(0, cap - length);
      parts.push(data);
      length += data.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName;
    if (SKIP_TAGS.has(tag)) continue;
    if (BLOCK_TAGS.has(tag)) {
      parts.push(BLOCK_END);
      length += 1;
      stack.push(null);
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  // Raw lengths overcount runs of whitespace: cut after collapsing, so the cap holds either way.
  // Two native passes: other whitespace becomes one space, a run with a block end one line break.
  return parts.join('').replace(INLINE_SPACE, ' ').replace(BLOCK_BREAK, '\n').trim().slice(0, cap);
}

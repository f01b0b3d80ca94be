/**
 * The GitHub content script's first check: whether a repository page could show
 * a corpus paper at all. It runs on every repository page GitHub serves, so it
 * reads only what the browser gives cheaply (the repository key from the URL and
 * meta tags, the README's raw `textContent` and its arXiv links) against a
 * compact table, and never normalises anything. Only when it says "maybe" does
 * the script read the README exactly and ask the background, which holds the
 * full lookup, to match (`matchRepoFacts`).
 *
 * Each test is a necessary condition of a piece of evidence in `./repo-matcher`,
 * so "no" never hides a match:
 * - repo-link: the key is a corpus code link (the same table);
 * - readme-cites by id: an arXiv id the README cites appears, digit for digit, in
 *   its raw text or in one of its arXiv links (the id-shaped runs found there
 *   include every id the exact reader extracts, and more);
 * - readme-cites by title: `mayCiteTitles` on the raw text.
 */
import type { RepoLookup } from './lookup';
import { anchorTables, mayCiteTitles } from './anchors';

/** What the first check needs of the corpus (about a quarter of `RepoLookup`). */
export interface RepoPrecheck {
  /** Lower-case `owner/repo` of every corpus code link. */
  repos: string[];
  /** Versionless arXiv ids of the corpus papers that have one. */
  arxivIds: string[];
  /** `MatchLookup.anchors`, one line per corpus title. */
  anchors: string[];
}

/** Cuts the lookup down to the first check's tables (build time). */
export function toRepoPrecheck(lookup: RepoLookup): RepoPrecheck {
  return { repos: Object.keys(lookup.repos), arxivIds: lookup.arxivIds.filter(Boolean), anchors: lookup.anchors };
}

interface Sets {
  repos: Set<string>;
  /** New-style ids (`2205.11916`). */
  modern: Set<string>;
  /** Old-style ids (`hep-th/9901001`): looked for by their number, which is rare enough. */
  legacyNumbers: string[];
}

const sets = new WeakMap<RepoPrecheck, Sets>();

function setsOf(pre: RepoPrecheck): Sets {
  let s = sets.get(pre);
  if (!s) {
    const modern = pre.arxivIds.filter((id) => !id.includes('/'));
    const legacyNumbers = pre.arxivIds.filter((id) => id.includes('/')).map((id) => id.slice(id.indexOf('/') + 1));
    s = { repos: new Set(pre.repos), modern: new Set(modern), legacyNumbers };
    sets.set(pre, s);
  }
  return s;
}

/** Whether a corpus paper's code link is this repository (`key`: lower-case `owner/repo`). */
export function isCorpusRepo(pre: RepoPrecheck, key: string): boolean {
  return setsOf(pre).repos.has(key.toLowerCase());
}

/**
 * Runs shaped like a new-style id's start. Deliberately loose (no boundaries):
 * in raw text a block's digits may touch the next block's (`…11916` + `2023`).
 */
const MODERN_ID = /\d{4}\.\d{4,5}/g;

/**
 * Whether the README may cite a corpus paper's arXiv id: some corpus id occurs
 * in its raw text or in one of its arXiv links.
 */
export function mayCiteIds(pre: RepoPrecheck, quickText: string, arxivHrefs: readonly string[]): boolean {
  const { modern, legacyNumbers } = setsOf(pre);
  const sources = arxivHrefs.length ? [quickText, ...arxivHrefs] : [quickText];
  for (const source of sources) {
    for (const [run] of source.matchAll(MODERN_ID)) {
      // `1412.69801` may be `1412.6980` glued to a digit: try both lengths.
      if (modern.has(run.slice(0, 9)) || modern.has(run.slice(0, 10))) return true;
    }
    if (legacyNumbers.some((n) => source.includes(n))) return true;
  }
  return false;
}

/** Whether the README may quote a corpus title (see `mayCiteTitles`). */
export function mayCiteTitle(pre: RepoPrecheck, quickText: string): boolean {
  return mayCiteTitles(anchorTables(pre.anchors), quickText);
}

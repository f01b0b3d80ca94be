/**
 * Recognises corpus papers on a GitHub repository page, from the facts the
 * content script read (the background runs it; the content script only runs
 * the first check in `./repo-precheck`). It depends on the lookup and the
 * normaliser only (no Fuse.js, no abstracts, no title tokens).
 *
 * Evidence, strongest first:
 * - repo-link: the repository is a corpus paper's code link.
 * - readme-cites: the README cites a corpus paper's arXiv id, or its exact
 *   title set off as a title (see `citedTitles`).
 * A README citing 3 or more corpus papers is a list (an awesome-list, a
 * reading list), not an implementation, and is reported as such. A repository
 * name is never evidence, however much it looks like a paper's acronym: many
 * repositories are named `lora` or `coderl` without being that paper's code.
 */
import type { Match } from './evidence';
import type { RepoLookup } from './lookup';
import { normalizeArxivId, normalizeTitle } from './normalize';
import { anchorTables, anchorWordRegex, mayCiteTitles, titlesByAnchor } from './anchors';

/** From this many distinct cited corpus papers on, a README is a list rather than an implementation. */
export const LIST_MIN_PAPERS = 3;

/** What the GitHub page provides about its README. */
export interface ReadmeInput {
  /** arXiv ids found in the README (links, `arXiv:` mentions), in any form `normalizeArxivId` reads. */
  arxivIds?: readonly string[];
  /** The README's text content, with words of adjacent blocks separated (possibly computed on read). */
  readonly text?: string;
  /**
   * A cheap raw text of the README (adjacent blocks may run together). When given,
   * `text` is read only if this text contains every anchor word of some title.
   */
  quickText?: string;
}

/** What a README says about corpus papers. */
export type ReadmeResult =
  /** Cites fewer than `LIST_MIN_PAPERS` corpus papers (possibly none). */
  | { kind: 'cites'; matches: Match[] }
  /** Cites `LIST_MIN_PAPERS` or more: a list of papers, not the code of one. */
  | { kind: 'list'; papers: Match[] };

/** Everything a repository page says about corpus papers. */
export type RepoResult =
  | { kind: 'none' }
  /** The repository is (or cites being) the code of these papers; repo-link matches first. */
  | { kind: 'implementation'; matches: Match[] }
  /**
   * The README lists many corpus papers (`papers`); `matches` holds the papers the
   * repository is nonetheless the code link of (usually none).
   */
  | { kind: 'list'; matches: Match[]; papers: Match[] };

/**
 * Reduces a repository reference to the lookup's key, lower-case `owner/repo`:
 * `Owner/Repo`, `github.com/owner/repo/tree/main/src` (a sub-path still names the
 * repository), `https://github.com/owner/repo.git`.
 * @returns The key, or `undefined` when the text names no repository.
 */
export function normalizeRepoKey(text: string): string | undefined {
  const path = text
    .trim()
    .replace(/^(?:https?:\/\/)?(?:www\.)?github\.com\//i, '')
    .replace(/^\/+/, '');
  const [owner, repo] = path.split(/[/?#]/);
  if (!owner || !repo) return undefined;
  const name = repo.replace(/\.git$/i, '');
  return /^[\w.-]+$/.test(owner) && /^[\w.-]+$/.test(name) ? `${owner}/${name}`.toLowerCase() : undefined;
}

const repoLink = (lookup: RepoLookup, i: number): Match => ({ paperId: lookup.ids[i]!, evidence: 'repo-link', score: 1 });

/**
 * Papers whose code link is this repository (several papers may share one).
 * @param repoKey The repository, in any form `normalizeRepoKey` reads.
 */
export function matchRepo(lookup: RepoLookup, repoKey: string): Match[] {
  const key = normalizeRepoKey(repoKey);
  return key ? (lookup.repos[key] ?? []).map((i) => repoLink(lookup, i)) : [];
}

/** A README as normalised words, with where a citation could start or end. */
interface ReadmeWords {
  /** `words.join(' ')`. */
  text: string;
  /** Start offset of each word in `text`, ascending. */
  starts: number[];
  /**
   * `boundary[i]`: something separates word `i` from the one before it (punctuation,
   * a line break, markup, the start of the text). `boundary[words.length]` is the end.
   */
  boundary: boolean[];
  vocabulary: Set<string>;
}

/**
 * What sets a title off in a README: markup that encloses one (`[title](url)`,
 * `"title"`, `**title**`, a table cell, a heading), a line break, or punctuation
 * touching white space (`2022. Title. In NeurIPS`, `- Title`). Plain character
 * classes (ASCII and general punctuation), not Unicode properties, for speed on long text.
 */
const PUNCTUATION = String.raw`[!-/:-@[-\x60{-~\u00a1-\u00bf\u2010-\u205e]+`;
const SEPARATOR = new RegExp(String.raw`[[\]()<>"“”«»|*\x60#\n]+|${PUNCTUATION}(?=\s|$)|(?<=\s|^)${PUNCTUATION}`, 'g');

/**
 * Stands for a separator through normalisation: a letter (so it survives as a
 * word) that normalisation leaves alone and READMEs do not use.
 */
const MARK = 'ǂ';

/**
 * Splits README text (in practice a window of it) into normalised words,
 * remembering where separators stood: the text is normalised in one pass, with
 * each separator followed by a marker word that is then dropped and recorded
 * as a boundary.
 */
function readmeWords(raw: string): ReadmeWords {
  const marked = normalizeTitle(raw.replace(SEPARATOR, ` $& ${MARK} `));
  const words: string[] = [];
  const boundary: boolean[] = [];
  let pending = true; // a boundary before the next word
  for (const word of marked.split(' ')) {
    if (word === MARK) {
      pending = true;
    } else if (word) {
      words.push(word);
      boundary.push(pending);
      pending = false;
    }
  }
  boundary.push(true);
  const starts: number[] = [];
  let offset = 0;
  for (const w of words) {
    starts.push(offset);
    offset += w.length + 1;
  }
  return { text: words.join(' '), starts, boundary, vocabulary: new Set(words) };
}

/** Index of the word starting at `offset` (which must be a word start). */
function wordAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Whether the README contains `title` (normalised) as whole words, set off at
 * both ends by a separator: a title inside a longer one ("Fine-tuning Language
 * Models for Factuality in Legal QA") or run into prose is not a citation of it.
 */
function citesTitle(readme: ReadmeWords, title: string): boolean {
  const titleWords = title.split(' ');
  // Cheap rejection first: nearly every corpus title has a word the README lacks.
  if (!titleWords.every((w) => readme.vocabulary.has(w))) return false;
  const { text } = readme;
  for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
    const end = at + title.length;
    if ((at > 0 && text[at - 1] !== ' ') || (end < text.length && text[end] !== ' ')) continue;
    const first = wordAt(readme.starts, at);
    if (readme.boundary[first] && readme.boundary[first + titleWords.length]) return true;
  }
  return false;
}

/** Raw characters either side of an anchor that are normalised to look for the title around it. */
const windowRadius = (title: string): number => 4 * title.length + 100;

/**
 * Indexes of the corpus titles the README quotes (see `citesTitle`).
 *
 * Cost: one pass of one regular expression finds the anchor words (`MatchLookup.anchors`)
 * the README contains; a title is looked for only if all its anchors are there, and then
 * only in windows around its rarest anchor. A README without a match is never
 * normalised: about a millisecond for 200 kB.
 */
function citedTitles(lookup: RepoLookup, text: string): number[] {
  const tables = anchorTables(lookup.anchors);
  const byAnchor = titlesByAnchor(tables);
  const positions = new Map<string, number[]>();
  for (const hit of text.matchAll(anchorWordRegex(tables))) {
    const word = hit[0].toLowerCase();
    (positions.get(word) ?? positions.set(word, []).get(word)!).push(hit.index);
  }
  const possible = new Set<number>();
  for (const word of positions.keys()) for (const i of byAnchor.get(word) ?? []) possible.add(i);

  const cited: number[] = [];
  for (const i of [...possible].sort((a, b) => a - b)) {
    const title = lookup.titles[i]!;
    const words = lookup.anchors[i]!.split(' ');
    if (!title || !words.every((w) => positions.has(w))) continue;
    // Windows around each occurrence of the rarest anchor, merged where they overlap.
    const radius = windowRadius(title);
    const windows: [number, number][] = [];
    for (const at of positions.get(words[0]!)!) {
      const last = windows.at(-1);
      if (last && at - radius <= last[1]) last[1] = at + radius;
      else windows.push([Math.max(0, at - radius), at + radius]);
    }
    if (windows.some(([from, to]) => citesTitle(readmeWords(text.slice(from, to)), title))) cited.push(i);
  }
  // Titles without anchors (none in the corpus today) are looked for in the whole text.
  lookup.anchors.forEach((line, i) => {
    if (!line && lookup.titles[i] && citesTitle(readmeWords(text), lookup.titles[i]!)) cited.push(i);
  });
  return cited;
}

/**
 * Corpus papers a README cites, by arXiv id or by exact title.
 * @returns `{ kind: 'list' }` from `LIST_MIN_PAPERS` distinct papers on, else
 *   `{ kind: 'cites' }` with the matches (empty when none); id citations are
 *   preferred over title citations of the same paper.
 */
export function matchReadme(lookup: RepoLookup, readme: ReadmeInput): ReadmeResult {
  const found = new Map<number, Match>();
  if (readme.arxivIds?.length) {
    const cited = new Set(readme.arxivIds.map(normalizeArxivId).filter((id) => id !== undefined));
    lookup.arxivIds.forEach((id, i) => {
      if (id && cited.has(id)) found.set(i, { paperId: lookup.ids[i]!, evidence: 'readme-cites', score: 1, arxivId: id });
    });
  }
  // `quickText` first: when it cannot hold a title, the exact text is never built.
  if (readme.quickText !== undefined ? mayCiteTitles(anchorTables(lookup.anchors), readme.quickText) : readme.text) {
    for (const i of citedTitles(lookup, readme.text ?? '')) {
      if (!found.has(i)) found.set(i, { paperId: lookup.ids[i]!, evidence: 'readme-cites', score: 1 });
    }
  }
  const matches = [...found.values()];
  return matches.length >= LIST_MIN_PAPERS ? { kind: 'list', papers: matches } : { kind: 'cites', matches };
}

/**
 * All evidence of a repository page: repo-link first, then the README's. A paper
 * that is both linked and cited appears once, as repo-link (the stronger).
 * @param repoKey The repository, in any form `normalizeRepoKey` reads.
 * @param readme The README, when the page shows one.
 */
export function matchGitHubRepo(lookup: RepoLookup, repoKey: string, readme?: ReadmeInput): RepoResult {
  const linked = matchRepo(lookup, repoKey);
  const linkedIds = new Set(linked.map((m) => m.paperId));
  const cites = readme ? matchReadme(lookup, readme) : { kind: 'cites' as const, matches: [] };
  if (cites.kind === 'list') {
    return { kind: 'list', matches: linked, papers: cites.papers.filter((m) => !linkedIds.has(m.paperId)) };
  }
  const matches = [...linked, ...cites.matches.filter((m) => !linkedIds.has(m.paperId))];
  return matches.length ? { kind: 'implementation', matches } : { kind: 'none' };
}

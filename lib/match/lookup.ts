/**
 * The compact, JSON-serialisable lookup every matcher runs on. It is built once
 * at build time from the corpus (`buildMatchLookup`) and shipped to the
 * background, which matches the pages the content scripts read. The GitHub
 * matcher needs only part of it (`RepoLookup`: no word weights, no Fuse.js);
 * the GitHub content script's first check, a smaller part still (`repo-precheck`).
 */
import type { Paper } from '../types';
import { normalizeArxivId, normalizeTitle } from './normalize';
import { foldToken, hyphenCompounds, tokenize } from './tokens';

/** Bumped whenever the shape or the meaning of a field changes. */
export const MATCH_LOOKUP_VERSION = 1;

/** Serialisable match data for the whole corpus. Per-paper arrays are parallel to `ids`. */
export interface MatchLookup {
  version: typeof MATCH_LOOKUP_VERSION;
  /** Paper ids (`Paper.id`), in corpus order. */
  ids: string[];
  /** Versionless arXiv id per paper, `''` when the corpus does not know it. */
  arxivIds: string[];
  /** Normalised title per paper (`normalizeTitle`). */
  titles: string[];
  /**
   * Word → weight: how much sharing this word says about two titles being the
   * same, an inverse document frequency over the corpus titles (rounded to 3
   * decimals). The keys are also the compound vocabulary `tokenize` merges with.
   */
  weights: Record<string, number>;
  /** Weight of a word no corpus title uses: at least as telling as the rarest corpus word. */
  unknownWeight: number;
  /** Lower-case `owner/repo` → indexes (into `ids`) of the papers whose code link names it. */
  repos: Record<string, number[]>;
  /**
   * Per paper, its one or two rarest title words that a README quoting the title
   * must contain as written (plain ASCII words of the title, space-separated).
   * A README is normalised in full only if it contains every anchor of a title.
   */
  anchors: string[];
}

/** Rounded so the JSON stays short; three decimals are far finer than any threshold. */
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * IDF-style weight of a word used by `df` of `n` titles. `ln(1 + n/df)` keeps even
 * a word in every title above zero (it still says something when missing), while
 * a word in one title weighs about five times a word in most of them.
 */
export function idf(n: number, df: number): number {
  return Math.log(1 + n / df);
}

/** How many anchor words a title gets: two rare words rarely meet by chance in an unrelated README. */
const ANCHORS_PER_TITLE = 2;

/** Words too common in any English text to tell whether a README might quote a title. */
const COMMON_ENGLISH = new Set(
  (
    'about after also among and are based between beyond both can does for from have how into its more not ' +
    'only over than that the their them then there these they this those through towards under using via what ' +
    'when where which while with within without your'
  ).split(' '),
);

/**
 * The rarest words of each title that appear verbatim in the title as written
 * (a maximal run of ASCII letters and digits, so that a README quoting the title
 * contains them whatever it does with TeX, Greek or accents elsewhere), at least
 * four letters long and not common English, so that an unrelated README rarely
 * has them all.
 */
function titleAnchors(papers: readonly Paper[], titles: readonly string[]): string[] {
  const df = new Map<string, number>();
  for (const title of titles) for (const w of new Set(title.split(' '))) df.set(w, (df.get(w) ?? 0) + 1);
  return papers.map((p, i) => {
    const verbatim = new Set(p.title.toLowerCase().match(/[a-z0-9]+/g) ?? []);
    const words = [...new Set(titles[i]!.split(' '))].filter((w) => verbatim.has(w));
    const telling = words.filter((w) => w.length >= 4 && !COMMON_ENGLISH.has(w));
    return (telling.length ? telling : words)
      .sort((a, b) => df.get(a)! - df.get(b)! || b.length - a.length)
      .slice(0, ANCHORS_PER_TITLE)
      .join(' ');
  });
}

/**
 * Builds the match lookup from the corpus.
 * @param papers The corpus (`loadCorpus()` in Node, the build plugin at build time).
 * @returns Plain JSON data; `JSON.parse(JSON.stringify(x))` round-trips it.
 */
export function buildMatchLookup(papers: readonly Paper[]): MatchLookup {
  const titles = papers.map((p) => normalizeTitle(p.title));

  // The merge vocabulary: every corpus word (folded), plus the joined form of every hyphenated pair.
  const compounds = new Set(papers.flatMap((p) => hyphenCompounds(p.title, normalizeTitle)));
  const vocabulary = new Set([...titles.flatMap((t) => t.split(' ').map(foldToken)), ...compounds]);

  const df = new Map<string, number>();
  for (const title of titles) {
    for (const token of new Set(tokenize(title, vocabulary))) df.set(token, (df.get(token) ?? 0) + 1);
  }
  const n = papers.length;
  const weights: Record<string, number> = {};
  // Keys: the whole merge vocabulary, so a page title merges exactly as the corpus titles did.
  // A word no title keeps as a token (`languageaction` in `vision-language-action`) counts as used once.
  for (const word of [...vocabulary].sort()) weights[word] = round3(idf(n, df.get(word) ?? 1));

  const repos: Record<string, number[]> = {};
  papers.forEach((p, i) => {
    for (const link of p.links) {
      if (link.kind !== 'code' || !link.repo) continue;
      const key = link.repo.toLowerCase();
      const list = (repos[key] ??= []);
      if (!list.includes(i)) list.push(i);
    }
  });

  return {
    version: MATCH_LOOKUP_VERSION,
    ids: papers.map((p) => p.id),
    arxivIds: papers.map((p) => (p.arxivId ? (normalizeArxivId(p.arxivId) ?? '') : '')),
    titles,
    weights,
    unknownWeight: round3(idf(n, 0.5)),
    repos,
    anchors: titleAnchors(papers, titles),
  };
}

/** The part of the lookup the GitHub side reads: no word weights (it never compares titles fuzzily). */
export type RepoLookup = Pick<MatchLookup, 'ids' | 'arxivIds' | 'titles' | 'repos' | 'anchors'>;

/**
 * Strips a lookup to what `repo-matcher` needs (about 70% of the full lookup),
 * for the background's matching of GitHub pages and for `toRepoPrecheck`.
 */
export function toRepoLookup(lookup: MatchLookup): RepoLookup {
  const { ids, arxivIds, titles, repos, anchors } = lookup;
  return { ids, arxivIds, titles, repos, anchors };
}

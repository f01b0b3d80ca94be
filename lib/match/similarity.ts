/**
 * The strict check that confirms (or refuses) a fuzzy title candidate.
 *
 * Character similarity (Fuse.js) cannot tell `Large Language Models are
 * Zero-Shot Reasoners` from `… are Few-Shot Reasoners`: they differ in four
 * letters. What tells them apart is *which* words differ: words every corpus
 * title uses (`large`, `language`, `models`) say little, while the rare ones
 * (`zeroshot`, `reasoners`, an acronym) identify the paper. So two titles are
 * compared by the IDF weight of the words they share, from both sides: the page
 * title must contain nearly all of the corpus title's weight, nearly all of its
 * own weight must be explained by the corpus title, and the words only one of
 * them has (an extra `Not` or `Clinical`, a missing `Zero-Shot`) may weigh no
 * more than one common word. Length and word order must agree too.
 */

/** Thresholds of the strict check; see `TITLE_CHECK` for the values in use and their reasons. */
export interface TitleCheck {
  /** Minimum share of the corpus title's weight found in the page title. */
  minCorpusCover: number;
  /** Minimum share of the page title's weight found in the corpus title. */
  minPageCover: number;
  /** Maximum total weight of the words only one of the two titles has. */
  maxDifference: number;
  /** Allowed word-count ratio (longer / shorter). */
  maxLengthRatio: number;
  /** How many shared words may stand out of order (moved) relative to the others. */
  maxOutOfOrder: number;
}

/**
 * The thresholds in use. The fuzzy tier forgives spelling, not wording: what
 * normalisation leaves (a typo, a British spelling, a plural, an added `the`)
 * but not a different word that means something. So:
 * - `maxDifference` 2.5: the words only one title has may weigh as much as one
 *   word found in about a tenth of the corpus titles or more (`large`, `model`,
 *   `for`, `the`, `pretrained`, `learning`), never a word that tells papers apart
 *   (`multimodal` is 2.7, `zeroshot` 3.1, a name 5+). Titles close to a corpus
 *   title but from another paper differ by 8 or more in the dev negatives.
 * - both covers 0.85: on a short title even one common word is a large part
 *   of what identifies it (`Prompt Learning for Vision-Language Models` is not
 *   `Learning to Prompt for Vision-Language Models`: the `to` is 19% of it).
 * - length within a factor 1.5, so a title never matches a fragment of itself.
 * - at most one shared word out of order: a variant keeps the word order (two
 *   neighbours swapped is a slip; a moved phrase is another title).
 */
export const TITLE_CHECK: TitleCheck = {
  minCorpusCover: 0.85,
  minPageCover: 0.85,
  maxDifference: 2.5,
  maxLengthRatio: 1.5,
  maxOutOfOrder: 1,
};

/** Outcome of comparing a page title with one corpus title. */
export interface TitleComparison {
  /** Weighted Dice similarity, 0..1: `2·shared / (page + corpus)`. */
  score: number;
  corpusCover: number;
  pageCover: number;
  lengthRatio: number;
  /** Total weight of the words only one of the titles has. */
  difference: number;
  /** Shared words not in the longest run of shared words in the same order. */
  outOfOrder: number;
  /** Whether every threshold of the check holds. */
  accepted: boolean;
}

/** Weight of a token; `weightFunction` builds one from a lookup. */
export type WeightOf = (token: string) => number;

/**
 * A fast weight function over a lookup's table (a `Map`, since a plain object
 * with hundreds of keys is slow to probe with strings that are mostly absent).
 */
export function weightFunction(table: { weights: Record<string, number>; unknownWeight: number }): WeightOf {
  const weights = new Map(Object.entries(table.weights));
  const unknown = table.unknownWeight;
  return (token) => weights.get(token) ?? unknown;
}

/** Sum of the weights of a set of tokens. */
export function totalWeight(weightOf: WeightOf, tokens: Iterable<string>): number {
  let sum = 0;
  for (const t of tokens) sum += weightOf(t);
  return sum;
}

/** Shortest word a one-letter difference is forgiven in: below it, one letter changes the word (`model`/`modal`). */
export const MIN_NEAR_LENGTH = 7;

/**
 * Whether two words differ by one edit (a letter substituted, inserted, deleted,
 * or two neighbours swapped): `summarise`/`summarize`, `modeling`/`modelling`.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // Substitution, or transposition of i and i+1.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Length of the longest common subsequence of two short word lists (titles: a few dozen words). */
function longestCommonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const current = [0];
    for (let j = 0; j < b.length; j++) {
      current.push(x === b[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, current[j]!));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Compares a page title's tokens with a corpus title's tokens (both from `tokenize`).
 * A long page word one edit away from an unshared corpus word counts as that word
 * (a spelling variant, not a different word), at the corpus word's weight.
 * @param check Thresholds; defaults to {@link TITLE_CHECK}.
 */
export function compareTitles(
  weightOf: WeightOf,
  pageTokens: readonly string[],
  corpusTokens: readonly string[],
  check: TitleCheck = TITLE_CHECK,
): TitleComparison {
  const corpus = new Set(corpusTokens);
  const unsharedCorpus = new Set(corpus);
  for (const t of pageTokens) unsharedCorpus.delete(t);
  // Page words that are spelling variants of a corpus word the page otherwise lacks.
  const renamed = new Map<string, string>();
  for (const t of pageTokens) {
    if (corpus.has(t) || t.length < MIN_NEAR_LENGTH || renamed.has(t)) continue;
    for (const c of unsharedCorpus) {
      if (c.length >= MIN_NEAR_LENGTH && oneEditApart(t, c)) {
        renamed.set(t, c);
        unsharedCorpus.delete(c);
        break;
      }
    }
  }
  const pageSequence = renamed.size ? pageTokens.map((t) => renamed.get(t) ?? t) : pageTokens;
  const page = new Set(pageSequence);

  let shared = 0;
  for (const t of page) if (corpus.has(t)) shared += weightOf(t);
  const pageWeight = totalWeight(weightOf, page);
  const corpusWeight = totalWeight(weightOf, corpus);
  const corpusCover = corpusWeight > 0 ? shared / corpusWeight : 0;
  const pageCover = pageWeight > 0 ? shared / pageWeight : 0;
  const shorter = Math.min(pageTokens.length, corpusTokens.length);
  const lengthRatio = shorter > 0 ? Math.max(pageTokens.length, corpusTokens.length) / shorter : Infinity;
  const pageOrder = pageSequence.filter((t) => corpus.has(t));
  const corpusOrder = corpusTokens.filter((t) => page.has(t));
  const outOfOrder = Math.min(pageOrder.length, corpusOrder.length) - longestCommonSubsequence(pageOrder, corpusOrder);
  const difference = pageWeight + corpusWeight - 2 * shared;
  const score = pageWeight + corpusWeight > 0 ? (2 * shared) / (pageWeight + corpusWeight) : 0;
  return {
    score,
    corpusCover,
    pageCover,
    lengthRatio,
    difference,
    outOfOrder,
    accepted:
      corpusCover >= check.minCorpusCover &&
      pageCover >= check.minPageCover &&
      difference <= check.maxDifference &&
      outOfOrder <= check.maxOutOfOrder &&
      lengthRatio <= check.maxLengthRatio,
  };
}

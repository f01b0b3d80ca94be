/**
 * Matches one query word against the index vocabulary: Fuse.js scores the
 * word against a handful of candidate vocabulary words picked by a bigram
 * filter, so typos are forgiven without running Fuse over every word (let
 * alone every abstract).
 */
import Fuse from 'fuse.js';
import { bigramsOf, minSharedBigrams } from './bigrams';
import { STRICT_BELOW, STRICT_WORD_OPTIONS, STRICT_WORD_THRESHOLD, WORD_OPTIONS, WORD_THRESHOLD } from './fuse-config';

/** The vocabulary words a query word matches, with Fuse scores (0 = exact, lower is better). */
export interface WordMatches {
  /** Indexes into the vocabulary. */
  ids: number[];
  /** `scores[k]` is the Fuse score of `ids[k]`. */
  scores: number[];
}

/** Matches a normalised query word against the vocabulary. */
export type WordMatcher = (term: string) => WordMatches;

/** Words shorter than this match only as prefixes: one typo in two letters matches anything. */
const MIN_FUZZY_LENGTH = 3;

/**
 * Most candidates Fuse scores for one query word. The bigram bound is loose
 * for long words with several allowed errors (any word ending in `ation`
 * may be within three edits of `generation`): the candidates sharing the
 * most bigrams are kept, as the true matches share nearly all of theirs.
 */
export const MAX_FUZZY_CANDIDATES = 128;

/** Smallest `i` with `words[i] >= key` (code-unit order, as the vocabulary is sorted). */
function lowerBound(words: readonly string[], key: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Creates a matcher over a sorted vocabulary and its delta-coded bigram index
 * (see `SearchData`). Scratch memory is allocated once here, not per keystroke.
 */
export function createWordMatcher(words: readonly string[], bigrams: Readonly<Record<string, number[]>>): WordMatcher {
  // Empty until a query: each search hands them the candidates' records.
  const empty = (): ReturnType<typeof Fuse.parseIndex<string>> => Fuse.parseIndex<string>({ keys: [], records: [] });
  const fuse = new Fuse<string>(words as string[], WORD_OPTIONS, empty());
  const strictFuse = new Fuse<string>(words as string[], STRICT_WORD_OPTIONS, empty());
  const shared = new Uint16Array(words.length);
  const touched: number[] = [];

  return (term) => {
    const ids: number[] = [];
    const scores: number[] = [];

    // Words that start with the term: Fuse would score them 0 (equal) or
    // 0.001 (its floor for an exact match at location 0), so the score is
    // set directly. This is most matches while typing, and all of them for
    // a short prefix that has thousands.
    const lo = lowerBound(words, term);
    const hi = lowerBound(words, `${term}\uffff`);
    for (let id = lo; id < hi; id++) {
      ids.push(id);
      scores.push(words[id] === term ? 0 : 0.001);
    }
    if (term.length < MIN_FUZZY_LENGTH) return { ids, scores };

    // Candidates for a fuzzy match share enough bigrams with the term (the
    // q-gram lemma) and are long enough to hold it with the allowed errors.
    const strict = term.length < STRICT_BELOW;
    const errors = Math.floor((strict ? STRICT_WORD_THRESHOLD : WORD_THRESHOLD) * term.length);
    const grams = bigramsOf(term);
    const need = minSharedBigrams(grams.length, errors);
    const minLength = term.length - errors;
    for (const gram of grams) {
      const list = Object.hasOwn(bigrams, gram) ? bigrams[gram]! : undefined;
      if (!list) continue;
      let id = 0;
      for (const delta of list) {
        id += delta;
        if (shared[id] === 0) touched.push(id);
        shared[id]!++;
      }
    }
    // Bucket the candidates by shared-bigram count, then take the best buckets.
    const buckets: number[][] = [];
    for (const id of touched) {
      const count = shared[id]!;
      shared[id] = 0;
      if (count >= need && (id < lo || id >= hi) && words[id]!.length >= minLength) (buckets[count] ??= []).push(id);
    }
    touched.length = 0;
    const records: { v: string; i: number; n: number }[] = [];
    for (let count = buckets.length - 1; count >= need && records.length < MAX_FUZZY_CANDIDATES; count--) {
      for (const id of buckets[count] ?? []) {
        if (records.length === MAX_FUZZY_CANDIDATES) break;
        records.push({ v: words[id]!, i: id, n: 1 });
      }
    }
    if (!records.length) return { ids, scores };

    // Fuse scores only the candidates: a FuseIndex over a subset of records
    // keeps each record's vocabulary index, which Fuse reports as refIndex.
    const scorer = strict ? strictFuse : fuse;
    scorer.setCollection(words as string[], Fuse.parseIndex<string>({ keys: [], records }));
    for (const result of scorer.search(term)) {
      ids.push(result.refIndex);
      scores.push(result.score ?? 1);
    }
    return { ids, scores };
  };
}

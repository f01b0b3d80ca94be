/**
 * Character bigrams of a word: the key of the vocabulary's candidate filter.
 */

/** The distinct two-character substrings of `word`, in order of first appearance. */
export function bigramsOf(word: string): string[] {
  const seen = new Set<string>();
  for (let i = 0; i + 2 <= word.length; i++) seen.add(word.slice(i, i + 2));
  return [...seen];
}

/**
 * The fewest distinct bigrams a word must share with a query word of `distinct`
 * distinct bigrams to contain it with at most `errors` edits: one edit destroys
 * at most two bigram occurrences (the q-gram lemma), so at least
 * `distinct - 2 * errors` survive. Never below 1, so a candidate shares something.
 */
export function minSharedBigrams(distinct: number, errors: number): number {
  return Math.max(1, distinct - 2 * errors);
}

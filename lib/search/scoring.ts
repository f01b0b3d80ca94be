/**
 * How word matches add up to a paper's score. The formulas are Fuse.js's own:
 * its token search (`useTokenSearch`) weighs each query word by BM25's
 * inverse document frequency, and its key combination multiplies per-field
 * scores raised to the field weight. Scores run from 0 (perfect) to 1 (none).
 */

/** Fuse never reports a score below this for a match; a 0 would erase the other fields' evidence. */
export const MIN_SCORE = 0.001;

/** Field weights, as exponents: the title counts fully, labels and abstract half. */
export const FIELD_WEIGHTS = { title: 1, label: 0.5, abstract: 0.5 } as const;

/**
 * BM25 inverse document frequency of a query word found in `df` of `n`
 * papers (as Fuse's token search computes it): a rare word weighs more.
 */
export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * A field's score from its word matches, as Fuse's token search scores a
 * field: `1 - Σ idf·quality / Σ idf` over the query words, where `quality`
 * is `1 - (Fuse score of the best matching word)`, 0 when absent.
 * @param weighted `Σ idf·quality` for this field.
 * @param totalIdf `Σ idf` over all query words.
 */
export function fieldScore(weighted: number, totalIdf: number): number {
  if (weighted <= 0 || totalIdf <= 0) return 1;
  return Math.max(MIN_SCORE, 1 - weighted / totalIdf);
}

/**
 * Combines field scores as Fuse combines keys: the product of each score
 * raised to its weight, so evidence in several fields compounds.
 */
export function combineFields(title: number, label: number, abstract: number): number {
  return title ** FIELD_WEIGHTS.title * label ** FIELD_WEIGHTS.label * abstract ** FIELD_WEIGHTS.abstract;
}

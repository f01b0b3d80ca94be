/**
 * Order statistics without a full sort: the ranking only needs the best
 * few hundred of up to tens of thousands of scored papers.
 */

/**
 * The `k`-th smallest value (0-based) of `values`, by quickselect in
 * expected linear time. Reorders `values` (pass a scratch copy).
 * @throws {RangeError} if `k` is outside `values`.
 */
export function kthSmallest(values: Float64Array, k: number): number {
  if (k < 0 || k >= values.length) throw new RangeError(`k=${k} outside 0..${values.length - 1}`);
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    // Median of three as pivot: scores are often sorted runs (equal scores in seed order).
    const mid = (lo + hi) >>> 1;
    const a = values[lo]!;
    const b = values[mid]!;
    const c = values[hi]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}

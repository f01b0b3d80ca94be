/**
 * Whether two texts say the same thing, loosely: the page's abstract and the
 * corpus abstract differ in TeX, line breaks and sometimes a trailing link, but
 * share nearly all their words when they are the same abstract.
 */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * @returns true when at least `threshold` of the shorter text's distinct words
 *   occur in the other.
 */
export function sameText(a: string | undefined, b: string | undefined, threshold = 0.8): boolean {
  if (!a || !b) return false;
  const [small, large] = [words(a), words(b)].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
  if (small.size === 0) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= threshold;
}

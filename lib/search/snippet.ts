/**
 * An abstract excerpt centred on its best match, for the result card.
 */
import type { Snippet, TextRange } from './types';
import { mergeRanges, type WordHit } from './word-hits';

/** Target excerpt length in characters, ellipses excluded. */
export const SNIPPET_LENGTH = 180;

const ELLIPSIS = '…';
const SPACE = /\s/;

/**
 * The window of hits that best covers the query: the most distinct query
 * terms (each counted once, by its best quality times its `termWeights`
 * entry) within `width` characters; the earliest such window on a tie.
 */
function bestWindow(hits: readonly WordHit[], termWeights: readonly number[], width: number): [number, number] {
  let best: [number, number] = [0, 0];
  let bestValue = -1;
  for (let i = 0; i < hits.length; i++) {
    const perTerm = new Map<number, number>();
    let j = i;
    for (; j < hits.length && hits[j]!.end - hits[i]!.start <= width; j++) {
      const hit = hits[j]!;
      perTerm.set(hit.term, Math.max(perTerm.get(hit.term) ?? 0, hit.quality));
    }
    let value = 0;
    for (const [term, quality] of perTerm) value += quality * (termWeights[term] ?? 1);
    if (value > bestValue + 1e-9) {
      bestValue = value;
      best = [i, Math.max(i, j - 1)];
    }
  }
  return best;
}

/**
 * Cuts an excerpt of about `width` characters from `text`, centred on the
 * best-covering run of `hits` (sorted by position), starting and ending at
 * word boundaries, with `…` where text was cut. Ranges are relative to the
 * excerpt. Without hits, the excerpt is the start of the text.
 * @param termWeights Weight of each query term (its idf), so a window with the rare word wins.
 */
export function makeSnippet(
  text: string,
  hits: readonly WordHit[],
  termWeights: readonly number[] = [],
  width = SNIPPET_LENGTH,
): Snippet {
  let start = 0;
  let end = text.length;
  if (text.length > width) {
    let focusStart = 0;
    let focusEnd = 0;
    if (hits.length) {
      const [first, last] = bestWindow(hits, termWeights, width);
      focusStart = hits[first]!.start;
      focusEnd = Math.max(hits[last]!.end, focusStart);
    }
    // Centre the focus, then keep the window inside the text.
    start = Math.max(0, Math.floor(focusStart - (width - (focusEnd - focusStart)) / 2));
    end = Math.min(text.length, start + width);
    start = Math.max(0, end - width);
    // Cut at word boundaries, never inside the focus.
    if (start > 0) {
      let s = start;
      while (s < focusStart && !SPACE.test(text[s - 1]!)) s++;
      start = s;
    }
    if (end < text.length) {
      let e = end;
      while (e > focusEnd && !SPACE.test(text[e]!)) e--;
      end = e;
    }
  }
  // Trim the spaces at the cuts so the ellipsis sits against a word.
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;

  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const ranges: TextRange[] = [];
  for (const hit of hits) {
    const s = Math.max(hit.start, start);
    const e = Math.min(hit.end, end);
    if (e > s) ranges.push([s + shift, e + shift]);
  }
  return { text: prefix + text.slice(start, end) + suffix, ranges: mergeRanges(ranges) };
}

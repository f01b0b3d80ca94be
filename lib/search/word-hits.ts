/**
 * Where the words a query matched occur in a text (a title, an abstract), as
 * highlight ranges: the part the user typed for a prefix (`priv` in
 * `Private`), the whole word for a fuzzy match.
 */
import { forEachWord } from './tokenize';
import type { TextRange } from './types';

/** A vocabulary word the query matched. */
export interface MatchedWord {
  /** Index of the query term it matched. */
  term: number;
  /** That term's text (normalised). */
  termText: string;
  /** `1 - Fuse score`: 1 for an exact or prefix match. */
  quality: number;
}

/** One occurrence of a matched word in a text. */
export interface WordHit {
  /** The range to highlight, `[start, end)`. */
  start: number;
  end: number;
  term: number;
  quality: number;
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Offset just past the first `count` letters of `text[start, end)`, skipping
 * hyphens (compound words); the whole word when a character outside ASCII
 * might not map one-to-one onto the normalised word.
 */
function prefixEnd(text: string, start: number, end: number, count: number): number {
  let seen = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) return end;
    if (isAsciiAlnum(code) && ++seen === count) return i + 1;
  }
  return end;
}

/** Every occurrence in `text` of a word in `matched`, sorted by start. */
export function findWordHits(text: string, matched: ReadonlyMap<string, MatchedWord>): WordHit[] {
  const hits: WordHit[] = [];
  if (!matched.size) return hits;
  forEachWord(text, true, (word, start, end, compound) => {
    const match = matched.get(word);
    if (!match) return;
    // A compound comes after its parts: if a part matched, that part is
    // the precise highlight (`shot` in `few-shot`, not the whole compound).
    if (compound && hits.length && hits[hits.length - 1]!.start >= start) return;
    const highlightEnd = word.startsWith(match.termText) ? prefixEnd(text, start, end, match.termText.length) : end;
    hits.push({ start, end: highlightEnd, term: match.term, quality: match.quality });
  });
  // A compound is visited after its parts but starts with the first one.
  return hits.sort((a, b) => a.start - b.start);
}

/** Sorts ranges and merges those that overlap or touch. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    if (end <= start) continue;
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Splits a string into plain and highlighted pieces, for the Highlight
 * component to render as text nodes and `<mark>`s (never as HTML).
 */
import type { TextRange } from './types';
import { mergeRanges } from './word-hits';

/** A piece of text, highlighted or not. */
export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Cuts `text` at `ranges` (`[start, end)`, in any order, possibly overlapping
 * or out of bounds: they are clamped and merged). Empty pieces are omitted;
 * joining the pieces' text gives back `text`.
 */
export function splitByRanges(text: string, ranges: readonly TextRange[]): Segment[] {
  const clamped = ranges.map(([s, e]): TextRange => [Math.max(0, s), Math.min(text.length, e)]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of mergeRanges(clamped)) {
    if (start > at) segments.push({ text: text.slice(at, start), hit: false });
    segments.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), hit: false });
  return segments;
}

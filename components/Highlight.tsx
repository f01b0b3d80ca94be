/** Renders text with matched character ranges marked. Text only: never markup. */
export interface HighlightProps {
  text: string;
  /** Inclusive-exclusive `[start, end)` character ranges into `text`, sorted, non-overlapping. */
  ranges: readonly (readonly [number, number])[];
}

export function Highlight({ text, ranges }: HighlightProps) {
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(Math.max(start, at), end)}</mark>);
    at = Math.max(at, end);
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

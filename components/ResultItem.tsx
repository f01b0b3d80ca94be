import { keyHints } from '../lib/paper-links';
import type { SearchResult } from '../lib/search/types';
import { Highlight } from './Highlight';
import { LinkChips } from './LinkChips';

/** One result card of the popup: title with matches marked, abstract snippet, link buttons. */
export interface ResultItemProps {
  result: SearchResult;
  /** DOM id, referenced by the search box's `aria-activedescendant`. */
  id: string;
  selected: boolean;
  onHover: () => void;
  /** Opens the paper's primary link (its code, else project, else arXiv). */
  onActivate: () => void;
  onOpenUrl: (url: string) => void;
}

export function ResultItem({ result, id, selected, onHover, onActivate, onOpenUrl }: ResultItemProps) {
  const { paper, snippet } = result;
  // The option is named by its title, and the selected one described by what the keys open:
  // the links inside an option are presentational to screen readers.
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      class={selected ? 'ps-result ps-selected' : 'ps-result'}
      data-paper-id={paper.id}
      aria-label={paper.displayTitle}
      aria-describedby={selected ? `${id}-keys` : undefined}
      onMouseMove={onHover}
      onClick={onActivate}
    >
      <div class="ps-result-title">
        <Highlight text={paper.displayTitle} ranges={result.titleRanges} />
      </div>
      {snippet && (
        <div class="ps-snippet">
          <Highlight text={snippet.text} ranges={snippet.ranges} />
        </div>
      )}
      {/* The selected card's links are tab stops (search box → filter → these), so
          Project, Model and Dataset are reachable without a mouse; other cards' are not. */}
      <LinkChips paper={paper} onOpen={onOpenUrl} tabIndex={selected ? 0 : -1} />
      {selected && (
        <span id={`${id}-keys`} class="ps-visually-hidden">
          {keyHints(paper)}
        </span>
      )}
    </li>
  );
}

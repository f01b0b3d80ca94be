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
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      class={selected ? 'ps-result ps-selected' : 'ps-result'}
      data-paper-id={paper.id}
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
    </li>
  );
}

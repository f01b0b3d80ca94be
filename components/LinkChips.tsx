import { linkButtons } from '../lib/paper-links';
import type { Paper } from '../lib/types';

/** A paper's labelled link buttons (Code, Project, Model, Dataset, …, arXiv). */
export interface LinkChipsProps {
  paper: Pick<Paper, 'links' | 'arxivId' | 'displayTitle'>;
  /** Called instead of the default navigation (the popup opens tabs itself). */
  onOpen?: (url: string) => void;
  /** Leave out the code button when the caller shows it more prominently. */
  skipCode?: boolean;
  /** Roving focus in a listbox: only the selected card's links are tab stops. */
  tabIndex?: number;
}

export function LinkChips({ paper, onOpen, skipCode, tabIndex }: LinkChipsProps) {
  // Corpus links are cleaned to http(s) at build time; checked again where they become hrefs.
  const buttons = linkButtons(paper).filter((b) => !(skipCode && b.kind === 'code') && /^https?:\/\//.test(b.url));
  return (
    <div class="ps-chips">
      {buttons.map((b) => (
        <a
          key={b.url}
          class={`ps-chip ps-chip-${b.kind}`}
          href={b.url}
          target="_blank"
          rel="noopener noreferrer"
          title={`${b.label}: ${b.detail}`}
          aria-label={`${b.label}: ${b.detail}`}
          tabIndex={tabIndex}
          onClick={(event) => {
            if (!onOpen) return;
            event.preventDefault();
            event.stopPropagation();
            onOpen(b.url);
          }}
        >
          {b.label}
        </a>
      ))}
    </div>
  );
}

import { useState } from 'preact/hooks';
import type { Paper } from '../lib/types';
import { Logo } from './Logo';

/**
 * The small inline badge on a corpus entry of an arXiv listing or search page:
 * "Paperscope" plus "Code" when the paper links a repository. Hovering or
 * focusing it shows the title and the start of the abstract; the name button
 * pins that card open or closed, and Esc closes it.
 */
export interface ListingBadgeProps {
  paper: Paper;
  evidence: string;
}

export function ListingBadge({ paper, evidence }: ListingBadgeProps) {
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const code = paper.links.find((l) => l.kind === 'code');
  const tipId = `ps-tip-${paper.id}`;
  const classes = ['ps-badge', pinned && 'ps-pinned', dismissed && 'ps-tip-dismissed'].filter(Boolean).join(' ');
  return (
    <span
      class={classes}
      onMouseLeave={() => setDismissed(false)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        setPinned(false);
        setDismissed(true);
      }}
    >
      <button
        type="button"
        class="ps-badge-name"
        aria-expanded={pinned}
        aria-controls={tipId}
        aria-describedby={tipId}
        title="In your Paperscope corpus"
        onClick={() => {
          setDismissed(pinned);
          setPinned(!pinned);
        }}
      >
        <Logo size={12} />
        Paperscope
      </button>
      {code && (
        <a class="ps-badge-code" href={code.url} target="_blank" rel="noopener noreferrer" title={`Code: ${code.label}`}>
          Code
        </a>
      )}
      <span class="ps-tip" role="tooltip" id={tipId}>
        <strong class="ps-tip-title">{paper.displayTitle}</strong>
        <span class="ps-tip-abstract">{paper.abstract}</span>
        <span class="ps-tip-evidence">{evidence}</span>
      </span>
    </span>
  );
}

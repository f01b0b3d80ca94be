import type { Paper } from '../lib/types';
import { Logo } from './Logo';

/**
 * The small inline badge on a corpus entry of an arXiv listing or search page:
 * "Paperscope" plus "Code" when the paper links a repository. Hovering or
 * focusing it shows the title and the start of the abstract.
 */
export interface ListingBadgeProps {
  paper: Paper;
  evidence: string;
}

export function ListingBadge({ paper, evidence }: ListingBadgeProps) {
  const code = paper.links.find((l) => l.kind === 'code');
  const tipId = `ps-tip-${paper.id}`;
  return (
    <span class="ps-badge">
      <button type="button" class="ps-badge-name" aria-describedby={tipId}>
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

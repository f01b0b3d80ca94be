import type { Paper } from '../lib/types';
import { Abstract } from './Abstract';
import { LinkChips } from './LinkChips';

/** One corpus paper inside a panel: title, why it matched, code button, links, abstract. */
export interface PaperCardProps {
  paper: Paper;
  /** Why it matched, in words ("matched by arXiv id"). */
  evidence: string;
  /** Collapse the abstract (the page already shows it). */
  collapseAbstract: boolean;
}

export function PaperCard({ paper, evidence, collapseAbstract }: PaperCardProps) {
  const code = paper.links.find((l) => l.kind === 'code');
  return (
    <article class="ps-paper" data-paper-id={paper.id}>
      <h2 class="ps-title">{paper.displayTitle}</h2>
      <p class="ps-evidence">{evidence}</p>
      <div class="ps-actions">
        {code && (
          <a class="ps-code" href={code.url} target="_blank" rel="noopener noreferrer" title={`Code: ${code.label}`}>
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path fill="currentColor" d="M5.7 4.3 2 8l3.7 3.7 1-1L4 8l2.7-2.7-1-1Zm4.6 0-1 1L12 8l-2.7 2.7 1 1L14 8l-3.7-3.7Z" />
            </svg>
            <span class="ps-code-label">Code</span>
            <span class="ps-code-repo">{code.label}</span>
          </a>
        )}
        <LinkChips paper={paper} skipCode />
      </div>
      <Abstract text={paper.abstract} collapsed={collapseAbstract} />
    </article>
  );
}

import { arxivUrl } from '../lib/paper-links';
import type { Paper } from '../lib/types';
import { PanelShell } from './PanelShell';
import { PaperCard } from './PaperCard';

/** A paper to show, with why it matched. */
export interface ShownPaper {
  paper: Paper;
  evidence: string;
}

/**
 * The panel under a GitHub repository header: the corpus papers this
 * repository implements, or, for a README that cites many, a compact list.
 */
export interface GitHubPanelProps {
  /** Papers this repository is the code of (or whose README cites them). */
  papers: ShownPaper[];
  /** For a README citing many corpus papers: those papers, listed compactly. */
  cited?: ShownPaper[];
  /** "fork of owner/repo" note, when the parent repository is a paper's code. */
  forkOf?: string;
  onClose: () => void;
}

export function GitHubPanel({ papers, cited, forkOf, onClose }: GitHubPanelProps) {
  const subtitle = cited?.length && !papers.length ? 'papers cited by this README' : papers.length > 1 ? `${papers.length} corpus papers` : 'corpus paper';
  return (
    <div class="ps-gh-frame">
    <PanelShell subtitle={subtitle} onClose={onClose} closeLabel="Hide for this repository">
      {forkOf && <p class="ps-note">This repository is a fork of {forkOf}.</p>}
      {papers.map(({ paper, evidence }) => (
        <PaperCard key={paper.id} paper={paper} evidence={evidence} collapseAbstract />
      ))}
      {cited && cited.length > 0 && (
        <div class="ps-cited">
          <p class="ps-note">This README cites {cited.length} corpus papers:</p>
          <ul class="ps-list">
            {cited.map(({ paper, evidence }) => (
              <li key={paper.id} data-paper-id={paper.id}>
                <a href={arxivUrl(paper)} target="_blank" rel="noopener noreferrer" title={evidence}>
                  {paper.displayTitle}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </PanelShell>
    </div>
  );
}

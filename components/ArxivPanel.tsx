import type { Paper } from '../lib/types';
import { PanelShell } from './PanelShell';
import { PaperCard } from './PaperCard';

/** The panel after the abstract on an arXiv abstract page of a corpus paper. */
export interface ArxivPanelProps {
  paper: Paper;
  evidence: string;
  /** The page already shows this abstract: collapse ours to a few lines. */
  pageShowsAbstract: boolean;
  onClose: () => void;
}

export function ArxivPanel({ paper, evidence, pageShowsAbstract, onClose }: ArxivPanelProps) {
  return (
    <PanelShell subtitle="in your corpus" onClose={onClose} closeLabel="Hide for this paper">
      {/* The corpus title is named even under the page's own: a renamed paper
          (matched by its id) or a fuzzy title match is checked at a glance. */}
      <PaperCard paper={paper} evidence={evidence} collapseAbstract={pageShowsAbstract} />
    </PanelShell>
  );
}

import type { Paper } from '../lib/types';
import { PanelShell } from './PanelShell';
import { PaperCard } from './PaperCard';

/** The panel after the abstract on an arXiv abstract page of a corpus paper. */
export interface ArxivPanelProps {
  paper: Paper;
  evidence: string;
  /** Repeat the paper's title: worth it when a fuzzy title match needs checking; redundant under the page's own title otherwise. */
  showTitle: boolean;
  /** The page already shows this abstract: collapse ours to a few lines. */
  pageShowsAbstract: boolean;
  onClose: () => void;
}

export function ArxivPanel({ paper, evidence, showTitle, pageShowsAbstract, onClose }: ArxivPanelProps) {
  return (
    <PanelShell subtitle="in your corpus" onClose={onClose} closeLabel="Hide for this paper">
      <PaperCard paper={paper} evidence={evidence} collapseAbstract={pageShowsAbstract} showTitle={showTitle} />
    </PanelShell>
  );
}

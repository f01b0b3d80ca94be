/**
 * The links a paper offers the reader, in the order the UI shows them, and
 * the URLs the keyboard shortcuts open. Shared by the popup and the panels.
 */
import type { LinkKind, Paper } from './types';

/** A labelled link button. */
export interface LinkButton {
  kind: LinkKind | 'arxiv';
  /** Short button text: "Code", "Project", "Model", "Dataset", "DOI", "Link", "arXiv". */
  label: string;
  /** What the link is, for the tooltip and screen readers: `owner/repo`, a host, an id. */
  detail: string;
  url: string;
}

const LABELS: Record<LinkKind, string> = {
  code: 'Code',
  project: 'Project',
  model: 'Model',
  dataset: 'Dataset',
  doi: 'DOI',
  other: 'Link',
};

const ORDER: LinkKind[] = ['code', 'project', 'model', 'dataset', 'doi', 'other'];

/** The arXiv abstract page when the id is known, else an arXiv title search. */
export function arxivUrl(paper: Pick<Paper, 'arxivId' | 'displayTitle'>): string {
  return paper.arxivId
    ? `https://arxiv.org/abs/${paper.arxivId}`
    : `https://arxiv.org/search/?query=${encodeURIComponent(paper.displayTitle)}&searchtype=title`;
}

/** The paper's code repository, if its abstract links one. */
export function codeUrl(paper: Pick<Paper, 'links'>): string | undefined {
  return paper.links.find((l) => l.kind === 'code')?.url;
}

/** What Enter opens: the code repository, else the project page, else the arXiv page. */
export function primaryUrl(paper: Pick<Paper, 'links' | 'arxivId' | 'displayTitle'>): string {
  return codeUrl(paper) ?? paper.links.find((l) => l.kind === 'project')?.url ?? arxivUrl(paper);
}

/** Every link button of a paper: its own links by kind, then arXiv. */
export function linkButtons(paper: Pick<Paper, 'links' | 'arxivId' | 'displayTitle'>): LinkButton[] {
  const own = [...paper.links]
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
    .map((link): LinkButton => ({ kind: link.kind, label: LABELS[link.kind], detail: link.label, url: link.url }));
  const arxiv: LinkButton = {
    kind: 'arxiv',
    label: 'arXiv',
    detail: paper.arxivId ? `arXiv:${paper.arxivId}` : 'search arXiv for this title',
    url: arxivUrl(paper),
  };
  return [...own, arxiv];
}

/**
 * What the popup's keys do for a paper, in words, for screen readers: the
 * links inside a result card are presentational children of its `option`, so
 * the card's description says where Enter, Shift+Enter and Tab lead.
 */
export function keyHints(paper: Pick<Paper, 'links' | 'arxivId' | 'displayTitle'>): string {
  const buttons = linkButtons(paper);
  const primary = primaryUrl(paper);
  const first = buttons.find((b) => b.url === primary)!;
  const arxiv = buttons.find((b) => b.kind === 'arxiv')!;
  const hints = [`Enter opens the ${first.kind === 'arxiv' ? 'arXiv page' : `${first.label.toLowerCase()}, ${first.detail}`}.`];
  if (first !== arxiv) hints.push(`Shift+Enter opens the arXiv page.`);
  const others = buttons.filter((b) => b !== first && b !== arxiv);
  if (others.length) hints.push(`Tab reaches its other links: ${others.map((b) => b.label).join(', ')}.`);
  return hints.join(' ');
}

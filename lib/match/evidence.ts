/**
 * What a match is and how the UI says why it was made. Every annotation shows
 * its evidence, so a user can judge it (and so a wrong one is easy to report).
 */

/** Kinds of evidence, strongest first. */
export type Evidence = 'arxiv-id' | 'title-exact' | 'title-fuzzy' | 'repo-link' | 'readme-cites';

/** One corpus paper recognised on a page, with the evidence for it. */
export interface Match {
  /** `Paper.id` of the corpus paper. */
  paperId: string;
  evidence: Evidence;
  /** Confidence 0..1: 1 for ids, exact titles and repository links; the title similarity for `title-fuzzy`. */
  score: number;
  /**
   * The versionless arXiv id the evidence rests on: for `arxiv-id`, and for
   * `readme-cites` when the README cites the id (absent when it cites the title).
   */
  arxivId?: string;
}

/**
 * The evidence in words, for the UI: "matched by arXiv id", "matched by title",
 * "matched by title, 97%", "this repository is the code link of this paper",
 * "the README cites arXiv:2205.11916", "the README cites this paper's title".
 */
export function describeEvidence(match: Match): string {
  switch (match.evidence) {
    case 'arxiv-id':
      return 'matched by arXiv id';
    case 'title-exact':
      return 'matched by title';
    case 'title-fuzzy':
      // Floor, capped at 99: a fuzzy match must never read as a certain "100%".
      return `matched by title, ${Math.min(99, Math.floor(match.score * 100))}%`;
    case 'repo-link':
      return 'this repository is the code link of this paper';
    case 'readme-cites':
      return match.arxivId ? `the README cites arXiv:${match.arxivId}` : "the README cites this paper's title";
  }
}

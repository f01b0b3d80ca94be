/**
 * Shared data shapes. The corpus is built from `assets/papers.txt` at build
 * time (see `lib/corpus/`), so everything here is plain JSON-serialisable data.
 */

/** What a link found in an abstract points at. */
export type LinkKind = 'code' | 'project' | 'model' | 'dataset' | 'doi' | 'other';

/** A cleaned, classified link from a paper's abstract. */
export interface PaperLink {
  kind: LinkKind;
  /** Absolute http(s) URL, cleaned of seed artefacts. */
  url: string;
  /**
   * Short human label: `owner/repo` for code (plus a sub-path if given),
   * `owner/name` for Hugging Face, the host and path otherwise.
   */
  label: string;
  /** For `code` links only: the repository as lower-case `owner/repo`, the matching key. */
  repo?: string;
}

/** One corpus paper. */
export interface Paper {
  /** Stable slug of the title, unique in the corpus. */
  id: string;
  /** The title exactly as the seed gives it (may contain simple TeX). */
  title: string;
  /** The title with simple TeX rendered to Unicode (`PanGu-$α$` → `PanGu-α`). */
  displayTitle: string;
  abstract: string;
  /** Versionless arXiv id, where known. */
  arxivId?: string;
  links: PaperLink[];
}

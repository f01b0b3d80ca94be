/**
 * What the search engine gives the UI.
 */
import type { Paper } from '../types';

/**
 * A highlighted span of a string: `[start, end)` offsets in UTF-16 code
 * units, end exclusive, as `String.prototype.slice` takes them.
 */
export type TextRange = readonly [start: number, end: number];

/** A short excerpt of an abstract around its best match. */
export interface Snippet {
  /** About 180 characters cut at word boundaries, with `…` where text was cut. */
  text: string;
  /** The matched words, relative to `text`. */
  ranges: readonly TextRange[];
}

/** One search result. */
export interface SearchResult {
  paper: Paper;
  /** Fuse-style relevance: 0 is a perfect match, 1 no match; 0 for every paper of an empty query. */
  score: number;
  /** The paper was found on the current tab (it is listed first). */
  onPage: boolean;
  /**
   * The matched words of `paper.displayTitle`. Computed on first read: the
   * popup reads it only for the cards it renders.
   */
  readonly titleRanges: readonly TextRange[];
  /**
   * An abstract excerpt centred on the best abstract match, when the abstract
   * matched; `undefined` otherwise. Computed on first read, like `titleRanges`.
   */
  readonly snippet: Snippet | undefined;
}

/** Options of one search. */
export interface SearchOptions {
  /** Only papers with a `code` link. */
  withCodeOnly?: boolean;
  /** Ids of papers found on the current tab: these come first, flagged `onPage`. */
  onPageIds?: readonly string[];
  /** At most this many results (default: all matches, see `MAX_RANKED`). */
  limit?: number;
}

/** A loaded search engine over one corpus. */
export interface SearchEngine {
  /**
   * Ranks the corpus for `query` as typed so far. An empty query lists the
   * whole corpus in seed order.
   */
  search(query: string, options?: SearchOptions): SearchResult[];
}

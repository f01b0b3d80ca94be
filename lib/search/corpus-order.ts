/**
 * What the popup can list without the search index: the corpus in seed order,
 * the "with code" filter, and the papers of the current tab first. The empty
 * query needs nothing more, so the popup shows its first cards from this while
 * the index (a separate, larger chunk) is still loading; the engine uses the
 * same code for its empty query and its filters.
 */
import type { Paper } from '../types';
import type { SearchEngine, SearchOptions, SearchResult } from './types';

/** The corpus's order and filters, each computed on first use. */
export interface CorpusOrder {
  /** Per paper (corpus index), 1 when it has a `code` link. */
  codeFlags(): Uint8Array;
  /** The corpus indexes of `ids`, in their order, unknown and repeated ids dropped. */
  onPageIndexes(ids: readonly string[]): number[];
  /** The empty query's results: the papers on the page first (in page order), then the corpus in seed order. */
  listAll(withCodeOnly: boolean, onPage: readonly number[], limit: number): SearchResult[];
}

/** Creates the {@link CorpusOrder} of `papers`. */
export function createCorpusOrder(papers: readonly Paper[]): CorpusOrder {
  let hasCode: Uint8Array | undefined;
  let indexById: Map<string, number> | undefined;
  const order: CorpusOrder = {
    codeFlags: () =>
      (hasCode ??= Uint8Array.from(papers, (paper) => (paper.links.some((link) => link.kind === 'code') ? 1 : 0))),
    onPageIndexes(ids) {
      if (!ids.length) return [];
      indexById ??= new Map(papers.map((paper, index) => [paper.id, index]));
      const seen = new Set<number>();
      for (const id of ids) {
        const index = indexById.get(id);
        if (index !== undefined) seen.add(index);
      }
      return [...seen];
    },
    listAll(withCodeOnly, onPage, limit) {
      const flags = withCodeOnly ? order.codeFlags() : undefined;
      const keep = (index: number): boolean => !flags || flags[index] === 1;
      const onPageSet = new Set(onPage);
      const indexes = onPage.filter(keep);
      for (let index = 0; index < papers.length && indexes.length < limit; index++) {
        if (!onPageSet.has(index) && keep(index)) indexes.push(index);
      }
      return indexes.slice(0, limit).map((index) => ({
        paper: papers[index]!,
        score: 0,
        onPage: onPageSet.has(index),
        titleRanges: [],
        snippet: undefined,
      }));
    },
  };
  return order;
}

/**
 * A stand-in engine while the search index loads: lists the corpus for an
 * empty query (the popup's first view), finds nothing for any other query.
 */
export function createBrowseEngine(papers: readonly Paper[]): SearchEngine {
  const order = createCorpusOrder(papers);
  return {
    search(query: string, options: SearchOptions = {}): SearchResult[] {
      if (query.trim()) return [];
      const { withCodeOnly = false, onPageIds = [], limit = Number.POSITIVE_INFINITY } = options;
      return order.listAll(withCodeOnly, order.onPageIndexes(onPageIds), limit);
    },
  };
}

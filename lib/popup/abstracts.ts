/**
 * The popup ships its corpus in two parts: the papers without their abstracts
 * in the first chunk (its first view, the corpus listed, shows none), and the
 * abstracts with the search index, loaded after the first frame (the engine
 * searches them and quotes them in snippets). This puts them back together.
 */
import type { Paper } from '../types';

/**
 * The papers with their abstracts, by corpus index (new objects; `papers` is untouched).
 * @throws {Error} when the two parts come from different builds (their lengths differ).
 */
export function withAbstracts(papers: readonly Paper[], abstracts: readonly string[]): Paper[] {
  if (abstracts.length !== papers.length) {
    throw new Error(`${abstracts.length} abstracts for ${papers.length} papers: the popup's chunks come from different builds.`);
  }
  return papers.map((paper, index) => ({ ...paper, abstract: abstracts[index]! }));
}

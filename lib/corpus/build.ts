/**
 * Assembles the corpus from the seed text and the arXiv id list. Runs at build
 * time only (the Vite plugin in `scripts/vite-plugin-corpus.ts`), never on a page.
 */
import type { Paper } from '../types';
import { extractLinks } from './links';
import { CorpusError, parseSeed } from './parse';
import { slugify, uniqueSlugs } from './slug';
import { texToUnicode } from './tex';

/** One row of `assets/arxiv-ids.json`. */
export interface ArxivIdEntry {
  title: string;
  arxivId: string;
  confidence?: string;
}

const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/;

/**
 * Builds every {@link Paper} in seed order.
 * @param seedText Contents of `papers.txt`.
 * @param ids Contents of `arxiv-ids.json`, keyed by the exact seed title.
 * @throws {CorpusError} for a malformed seed, or an id entry naming no seed title
 *   or carrying an invalid id.
 */
export function buildCorpus(seedText: string, ids: ArxivIdEntry[]): Paper[] {
  const entries = parseSeed(seedText);
  const idByTitle = new Map<string, string>();
  for (const entry of ids) {
    if (!ARXIV_ID.test(entry.arxivId)) throw new CorpusError(`arxiv-ids.json: invalid id "${entry.arxivId}"`, 0);
    idByTitle.set(entry.title, entry.arxivId);
  }
  const titles = new Set(entries.map((e) => e.title));
  for (const entry of ids) {
    if (!titles.has(entry.title)) throw new CorpusError(`arxiv-ids.json names a title not in the seed: "${entry.title}"`, 0);
  }

  const displayTitles = entries.map((e) => texToUnicode(e.title));
  const slugs = uniqueSlugs(displayTitles.map(slugify));
  return entries.map((entry, i): Paper => {
    const arxivId = idByTitle.get(entry.title);
    return {
      id: slugs[i]!,
      title: entry.title,
      displayTitle: displayTitles[i]!,
      abstract: entry.abstract,
      ...(arxivId ? { arxivId } : {}),
      links: extractLinks(entry.abstract),
    };
  });
}

/**
 * Node-side access to the corpus, for the build plugin, scripts and tests:
 * reads the two seed files from `assets/` and builds the papers.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCorpus, type ArxivIdEntry } from '../lib/corpus/build';
import type { Paper } from '../lib/types';

/** Absolute paths of the corpus sources. */
export const CORPUS_SOURCES = {
  seed: fileURLToPath(new URL('../assets/papers.txt', import.meta.url)),
  ids: fileURLToPath(new URL('../assets/arxiv-ids.json', import.meta.url)),
};

/** Builds the corpus from `assets/` (throws a `CorpusError` naming the line if malformed). */
export function loadCorpus(): Paper[] {
  const seed = readFileSync(CORPUS_SOURCES.seed, 'utf8');
  const ids = JSON.parse(readFileSync(CORPUS_SOURCES.ids, 'utf8')) as ArxivIdEntry[];
  return buildCorpus(seed, ids);
}

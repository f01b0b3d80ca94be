/**
 * Node-side access to the corpus, for the build plugin, scripts and tests:
 * reads the two seed files from `assets/` and builds the papers.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, type ArxivIdEntry } from '../lib/corpus/build';
import type { Paper } from '../lib/types';

// A path from the module's own file URL, without the `URL` global: tests in a DOM
// environment (happy-dom) replace it with one Node's `fileURLToPath` refuses.
const assets = join(dirname(fileURLToPath(import.meta.url)), '../assets');

/** Absolute paths of the corpus sources. */
export const CORPUS_SOURCES = {
  seed: join(assets, 'papers.txt'),
  ids: join(assets, 'arxiv-ids.json'),
};

/** Builds the corpus from `assets/` (throws a `CorpusError` naming the line if malformed). */
export function loadCorpus(): Paper[] {
  const seed = readFileSync(CORPUS_SOURCES.seed, 'utf8');
  const ids = JSON.parse(readFileSync(CORPUS_SOURCES.ids, 'utf8')) as ArxivIdEntry[];
  return buildCorpus(seed, ids);
}

/**
 * The search index, built once at build time and shipped as plain JSON, so
 * that opening the popup parses data and builds nothing.
 *
 * Two parts:
 * - a prebuilt Fuse.js index over each paper's short fields (title, link
 *   labels), which scores the whole query as a phrase;
 * - a word index: the sorted distinct words of titles, labels and abstracts,
 *   each with the papers (and fields) it occurs in, plus a bigram index over
 *   those words. A query word is matched by Fuse against a few candidate words
 *   (not against whole abstracts), and the postings lead to papers.
 */
import Fuse, { type FuseIndex } from 'fuse.js';
import type { Paper } from '../types';
import { bigramsOf } from './bigrams';
import { SHORT_FIELD_KEYS, shortFields, type ShortFields } from './fuse-config';
import { STOP_WORDS } from './query';
import { tokenize } from './tokenize';

/** Bit of a posting's field mask: the word occurs in the title. */
export const IN_TITLE = 1;
/** Bit of a posting's field mask: the word occurs in a link label. */
export const IN_LABEL = 2;
/** Bit of a posting's field mask: the word occurs in the abstract. */
export const IN_ABSTRACT = 4;

/** How many low bits of a posting entry hold the field mask. */
export const MASK_BITS = 3;

/** Bumped whenever the layout changes, so a stale bundle fails loudly. */
export const SEARCH_DATA_FORMAT = 1;

/** The serialised search index (see the module comment). */
export interface SearchData {
  format: typeof SEARCH_DATA_FORMAT;
  /** Number of papers indexed; the engine checks it against the corpus it is given. */
  paperCount: number;
  /** `Fuse.createIndex(SHORT_FIELD_KEYS, …).toJSON()`, record `i` being paper `i`. */
  phraseIndex: ReturnType<FuseIndex<ShortFields>['toJSON']>;
  /** Distinct normalised words, sorted by code unit (so prefixes form a range). */
  words: string[];
  /**
   * Per word, the papers it occurs in, ascending and delta-coded: each entry is
   * `(paperIndex - previousPaperIndex) << MASK_BITS | fieldMask`. Deltas keep
   * the JSON small; the engine walks the lists in order, so decoding is free.
   */
  postings: number[][];
  /** Bigram → ascending ids of the words containing it, delta-coded. */
  bigrams: Record<string, number[]>;
}

/** Adds one field's words to the per-paper word masks. */
function addWords(masks: Map<string, number>, text: string, bit: number): void {
  for (const { word } of tokenize(text)) {
    if (STOP_WORDS.has(word)) continue;
    masks.set(word, (masks.get(word) ?? 0) | bit);
  }
}

/** Delta-codes an ascending list in place. */
function deltaCode(values: number[]): number[] {
  for (let i = values.length - 1; i > 0; i--) values[i]! -= values[i - 1]!;
  return values;
}

/**
 * Builds the search index for `papers` (in corpus order; the engine must be
 * given the same array). Runs at build time and in benchmarks, never in the popup.
 */
export function buildSearchData(papers: readonly Paper[]): SearchData {
  const phraseIndex = Fuse.createIndex(SHORT_FIELD_KEYS, papers.map(shortFields)).toJSON();

  // word → [paperIndex, fieldMask, paperIndex, fieldMask, …], papers ascending.
  const occurrences = new Map<string, number[]>();
  papers.forEach((paper, index) => {
    const masks = new Map<string, number>();
    addWords(masks, paper.displayTitle, IN_TITLE);
    for (const link of paper.links) addWords(masks, link.label, IN_LABEL);
    addWords(masks, paper.abstract, IN_ABSTRACT);
    for (const [word, mask] of masks) {
      let list = occurrences.get(word);
      if (!list) occurrences.set(word, (list = []));
      list.push(index, mask);
    }
  });

  const words = [...occurrences.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const postings = words.map((word) => {
    const list = occurrences.get(word)!;
    const entries: number[] = [];
    let previous = 0;
    for (let i = 0; i < list.length; i += 2) {
      entries.push(((list[i]! - previous) << MASK_BITS) | list[i + 1]!);
      previous = list[i]!;
    }
    return entries;
  });

  const bigramWords = new Map<string, number[]>();
  words.forEach((word, id) => {
    for (const bigram of bigramsOf(word)) {
      let ids = bigramWords.get(bigram);
      if (!ids) bigramWords.set(bigram, (ids = []));
      ids.push(id);
    }
  });
  const bigrams: Record<string, number[]> = {};
  for (const [bigram, ids] of bigramWords) bigrams[bigram] = deltaCode(ids);

  return { format: SEARCH_DATA_FORMAT, paperCount: papers.length, phraseIndex, words, postings, bigrams };
}

/**
 * The popup's search engine: loads the prebuilt `SearchData` and ranks papers
 * per keystroke.
 *
 * Per query:
 * 1. each query word is matched by Fuse.js against candidate words of the
 *    vocabulary (`word-matcher`), typos forgiven;
 * 2. the postings of the matched words give, per paper and field, how well
 *    each query word is covered; fields are scored and combined with Fuse's
 *    token-search and key-weight formulas (`scoring`), and the best
 *    `MAX_RANKED` papers are kept (quickselect, not a full sort);
 * 3. the best `PHRASE_RANKED` of those are scored again by Fuse.js with the
 *    whole query as a phrase over their titles and link labels (the prebuilt
 *    index, restricted to those records), which rewards titles that read
 *    like the query;
 * 4. title ranges and abstract snippets are computed only when read.
 *
 * No Fuse.js search ever runs over an abstract: that is what kept the naive
 * design at about 30 ms a keystroke for 150 papers, growing with the corpus.
 */
import Fuse from 'fuse.js';
import type { Paper } from '../types';
import { createCorpusOrder } from './corpus-order';
import { PHRASE_OPTIONS } from './fuse-config';
import { IN_ABSTRACT, IN_LABEL, IN_TITLE, MASK_BITS, SEARCH_DATA_FORMAT, type SearchData } from './index-data';
import { parseQuery } from './query';
import { combineFields, fieldScore, idf, MIN_SCORE } from './scoring';
import { kthSmallest } from './select';
import { makeSnippet } from './snippet';
import type { SearchEngine, SearchOptions, SearchResult, Snippet, TextRange } from './types';
import { findWordHits, mergeRanges, type MatchedWord } from './word-hits';
import { createWordMatcher, type WordMatches } from './word-matcher';

/**
 * Most papers ranked for a non-empty query. Nobody scrolls past a few dozen
 * cards, and ranking fewer keeps the big corpus fast.
 */
export const MAX_RANKED = 200;

/**
 * How many of the best papers the phrase pass re-scores. Fuse's bitap over a
 * title costs tens of microseconds for a long query, and the phrase only
 * reorders near-ties at the top.
 */
export const PHRASE_RANKED = 32;

/**
 * Most postings entries read for one query word. A one- or two-letter prefix
 * matches thousands of words in a big corpus (`s`: 250,000 entries at
 * 20,000 papers); its best and most frequent words are read first, which is
 * where its ranking signal is, and it says little anyway (low idf).
 */
export const MAX_TERM_POSTINGS = 50_000;

/** Per-paper slots in the field arrays: title, label, abstract. */
const FIELDS = 3;
const FIELD_MASK = (1 << MASK_BITS) - 1;

/** A paper in the ranking. */
interface Candidate {
  index: number;
  score: number;
  abstractMatched: boolean;
}

/** Compares candidates by score, then corpus order, so results are stable. */
function byScore(a: Candidate, b: Candidate): number {
  return a.score - b.score || a.index - b.index;
}

/**
 * Loads a search engine. Cheap: it wraps the parsed JSON (Fuse's
 * `parseIndex` only adopts the records) and allocates scratch arrays; no
 * index is built here.
 * @param papers The corpus, in the order `data` was built from.
 * @param data The output of `buildSearchData(papers)`.
 * @throws {Error} if `data` was built from another corpus size or format.
 */
export function createSearchEngine(papers: readonly Paper[], data: SearchData): SearchEngine {
  if (data.format !== SEARCH_DATA_FORMAT || data.paperCount !== papers.length) {
    throw new Error(
      `Search data (format ${data.format}, ${data.paperCount} papers) does not fit this corpus (format ${SEARCH_DATA_FORMAT}, ${papers.length} papers): rebuild it.`,
    );
  }
  const count = papers.length;
  const { words, postings } = data;
  const matchWord = createWordMatcher(words, data.bigrams);
  const phraseKeys = data.phraseIndex.keys;
  const phraseRecords = data.phraseIndex.records;
  const phrase = new Fuse<Paper>(papers as Paper[], PHRASE_OPTIONS, Fuse.parseIndex(data.phraseIndex));

  // Scratch, reused by every search and left zeroed after each.
  const termBest = new Float32Array(count * FIELDS);
  const weighted = new Float64Array(count * FIELDS);
  const inTerm = new Uint8Array(count);
  const inQuery = new Uint8Array(count);
  const phraseScore = new Float64Array(count);
  const scores = new Float64Array(count);
  const abstractHit = new Uint8Array(count);
  const selectScratch = new Float64Array(count);

  const { codeFlags, onPageIndexes, listAll } = createCorpusOrder(papers);

  /** The order to read a word match's postings in, within `MAX_TERM_POSTINGS`: best score, then most papers. */
  function readOrder(match: WordMatches): number[] {
    const order = match.ids.map((_, k) => k);
    let total = 0;
    for (const id of match.ids) total += postings[id]!.length;
    if (total <= MAX_TERM_POSTINGS) return order;
    order.sort((a, b) => match.scores[a]! - match.scores[b]! || postings[match.ids[b]!]!.length - postings[match.ids[a]!]!.length);
    const kept: number[] = [];
    let read = 0;
    for (const k of order) {
      if (read >= MAX_TERM_POSTINGS) break;
      kept.push(k);
      read += postings[match.ids[k]!]!.length;
    }
    return kept;
  }

  /**
   * Steps 1 and 2: word matches → per-paper field coverage → combined
   * scores, left in `scores` for the papers listed in `touched`.
   */
  function matchTerms(texts: string[]): { touched: number[]; matches: WordMatches[]; termIdf: number[] } {
    const matches: WordMatches[] = [];
    const termIdf: number[] = [];
    const touched: number[] = [];
    let totalIdf = 0;
    for (const text of texts) {
      const match = matchWord(text);
      matches.push(match);
      const termPapers: number[] = [];
      for (const k of readOrder(match)) {
        const quality = 1 - match.scores[k]!;
        if (quality <= 0) continue;
        let paper = 0;
        for (const entry of postings[match.ids[k]!]!) {
          paper += entry >> MASK_BITS;
          const mask = entry & FIELD_MASK;
          if (!inTerm[paper]) {
            inTerm[paper] = 1;
            termPapers.push(paper);
          }
          const base = paper * FIELDS;
          if (mask & IN_TITLE && quality > termBest[base]!) termBest[base] = quality;
          if (mask & IN_LABEL && quality > termBest[base + 1]!) termBest[base + 1] = quality;
          if (mask & IN_ABSTRACT && quality > termBest[base + 2]!) termBest[base + 2] = quality;
        }
      }
      // The word's weight: how rare the papers it reaches make it.
      const weight = idf(termPapers.length, count);
      termIdf.push(weight);
      totalIdf += weight;
      for (const paper of termPapers) {
        inTerm[paper] = 0;
        const base = paper * FIELDS;
        for (let f = 0; f < FIELDS; f++) {
          weighted[base + f]! += weight * termBest[base + f]!;
          termBest[base + f] = 0;
        }
        if (!inQuery[paper]) {
          inQuery[paper] = 1;
          touched.push(paper);
        }
      }
    }

    for (const paper of touched) {
      inQuery[paper] = 0;
      const base = paper * FIELDS;
      const title = fieldScore(weighted[base]!, totalIdf);
      const label = fieldScore(weighted[base + 1]!, totalIdf);
      const abstract = fieldScore(weighted[base + 2]!, totalIdf);
      weighted[base] = weighted[base + 1] = weighted[base + 2] = 0;
      scores[paper] = combineFields(title, label, abstract);
      abstractHit[paper] = abstract < 1 ? 1 : 0;
    }
    return { touched, matches, termIdf };
  }

  /** The best `MAX_RANKED` of the scored papers, sorted, without sorting them all. */
  function topCandidates(papersIn: number[]): Candidate[] {
    const make = (index: number): Candidate => ({ index, score: scores[index]!, abstractMatched: abstractHit[index] === 1 });
    if (papersIn.length <= MAX_RANKED) return papersIn.map(make).sort(byScore);
    const values = selectScratch.subarray(0, papersIn.length);
    papersIn.forEach((paper, i) => (values[i] = scores[paper]!));
    const cutoff = kthSmallest(values, MAX_RANKED - 1);
    const below = papersIn.filter((paper) => scores[paper]! < cutoff);
    const at = papersIn.filter((paper) => scores[paper] === cutoff).sort((a, b) => a - b);
    return [...below, ...at.slice(0, MAX_RANKED - below.length)].map(make).sort(byScore);
  }

  /** Step 3: Fuse scores the whole query against the candidates' titles and labels. */
  function applyPhrase(query: string, candidates: Candidate[]): void {
    const records = candidates.map((candidate) => phraseRecords[candidate.index]!);
    if (!records.length) return;
    phrase.setCollection(papers as Paper[], Fuse.parseIndex({ keys: phraseKeys, records }));
    for (const result of phrase.search(query)) phraseScore[result.refIndex] = Math.max(MIN_SCORE, result.score ?? 1);
    for (const candidate of candidates) {
      const score = phraseScore[candidate.index] || 1;
      phraseScore[candidate.index] = 0;
      candidate.score *= score;
    }
  }

  return {
    search(query: string, options: SearchOptions = {}): SearchResult[] {
      const { withCodeOnly = false, onPageIds = [], limit = Number.POSITIVE_INFINITY } = options;
      const onPage = onPageIndexes(onPageIds);
      const text = query.trim().replace(/\s+/g, ' ');
      if (!text) return listAll(withCodeOnly, onPage, limit);
      // A one-letter word just begun after others would match most papers
      // and weigh nothing: until its second letter, rank by the words before
      // it, so the list does not jump at every space.
      const parsed = parseQuery(query);
      const terms = parsed.length > 1 ? parsed.filter((term) => !(term.partial && term.text.length < 2)) : parsed;
      if (!terms.length) return [];

      const { touched, matches, termIdf } = matchTerms(terms.map((term) => term.text));
      const flags = withCodeOnly ? codeFlags() : undefined;
      const candidates = topCandidates(flags ? touched.filter((paper) => flags[paper] === 1) : touched);
      applyPhrase(text, candidates.slice(0, PHRASE_RANKED));
      candidates.sort(byScore);

      // The matched words, for highlighting; built once per query, on first read.
      let matched: Map<string, MatchedWord> | undefined;
      const matchedWords = (): Map<string, MatchedWord> => {
        if (matched) return matched;
        matched = new Map();
        matches.forEach((match, term) => {
          for (let k = 0; k < match.ids.length; k++) {
            const word = words[match.ids[k]!]!;
            const quality = 1 - match.scores[k]!;
            const known = matched!.get(word);
            if (!known || quality > known.quality) matched!.set(word, { term, termText: terms[term]!.text, quality });
          }
        });
        return matched;
      };

      const onPageSet = new Set(onPage);
      const ordered = onPageSet.size
        ? [
            ...candidates.filter((c) => onPageSet.has(c.index)),
            ...candidates.filter((c) => !onPageSet.has(c.index)),
          ]
        : candidates;
      return ordered.slice(0, limit).map(({ index, score, abstractMatched }) => {
        const paper = papers[index]!;
        let titleRanges: readonly TextRange[] | undefined;
        let snippet: Snippet | undefined;
        return {
          paper,
          score,
          onPage: onPageSet.has(index),
          get titleRanges(): readonly TextRange[] {
            return (titleRanges ??= mergeRanges(
              findWordHits(paper.displayTitle, matchedWords()).map((hit): TextRange => [hit.start, hit.end]),
            ));
          },
          get snippet(): Snippet | undefined {
            if (!abstractMatched) return undefined;
            return (snippet ??= makeSnippet(paper.abstract, findWordHits(paper.abstract, matchedWords()), termIdf));
          },
        };
      });
    },
  };
}

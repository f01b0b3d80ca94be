/**
 * Recognises corpus papers from what an arXiv page shows: an id and/or a title.
 *
 * Tiers, strongest first; the first that decides wins:
 * 1. arXiv id equal to a paper's id (versionless).
 * 2. Exact title: equal `compactKey(normalizeTitle(…))`.
 * 3. Fuzzy title: an inverted index over the corpus title words finds the few
 *    papers sharing enough weighted words (cheap, no Fuse.js); Fuse.js scores
 *    those few and proposes the ones within its threshold; the strict word check
 *    (`compareTitles`) confirms one. Two confirmed papers are ambiguous: silent.
 *
 * A title match is refused when the page shows an arXiv id and the paper's
 * known id is a different one: two papers can share a title, one id cannot be
 * two papers.
 *
 * Costs (a listing has up to 2,000 entries; one Fuse.js search over the corpus
 * costs milliseconds): the id and exact tiers are map lookups; the word filter
 * adds up weights through an inverted index of the rarer words (or, for an entry
 * whose id the corpus lacks, directly over the few papers it can still be);
 * Fuse.js runs only for the handful of entries that pass the filter, against one
 * single-title index per corpus paper, created the first time it is needed.
 */
import Fuse from 'fuse.js/basic';
import type { Match } from './evidence';
import type { MatchLookup } from './lookup';
import { compactKey, normalizeArxivId, normalizeTitle } from './normalize';
import { compareTitles, TITLE_CHECK, type TitleCheck, totalWeight, type WeightOf } from './similarity';
import { tokenize } from './tokens';

/** What a page shows for one paper. Either part may be missing. */
export interface TitleEntry {
  arxivId?: string | null;
  title?: string | null;
}

/** Options of {@link createTitleMatcher}. */
export interface TitleMatcherOptions {
  /**
   * Match by title alone: ignore the ids in the entries and in the corpus (no id
   * tier, no id-conflict refusal). For measuring the title tiers; pages use ids.
   */
  ignoreIds?: boolean;
  /** Strict-check thresholds; defaults to `TITLE_CHECK`. */
  check?: TitleCheck;
}

/** What the matcher knows about one corpus word. */
interface TokenInfo {
  weight: number;
  /** In more than `COMMON_SHARE` of the titles: not indexed. */
  common: boolean;
  /** Indexes of the titles using it. */
  papers: number[];
}

/** A matcher bound to one lookup. */
export interface TitleMatcher {
  /** The best-evidenced corpus paper for the entry, or `null` (no match, or ambiguous). */
  match(entry: TitleEntry): Match | null;
}

/**
 * Share of a title's weight that must be shared word for word before Fuse.js and
 * the strict check look at a pair. Well below the strict covers (0.85), leaving
 * room for what the strict check forgives (a one-letter spelling difference in a
 * word, which the word index cannot see), while it already drops all but about
 * one entry in 200 of a listing of ML titles.
 */
const FILTER_COVER = 0.6;

/**
 * Words in more than this share of corpus titles (`model`, `language`, `for`,
 * `large`, `of`…) are left out of the word index: their long posting lists would
 * dominate the cost, and they weigh little, so the filter bounds their share
 * instead of counting it.
 */
const COMMON_SHARE = 1 / 8;

/** Up to this many eligible papers are filtered one by one rather than through the word index. */
const DIRECT_CHECK_MAX = 8;

/**
 * Fuse.js score (0 = identical, 1 = unrelated) above which a candidate is not
 * proposed. Fuse's own default: Fuse pre-screens and orders by character
 * similarity, leniently; the strict check decides.
 */
const FUSE_THRESHOLD = 0.6;

/**
 * Creates a matcher for arXiv pages (abstract pages and listings).
 * Creation is cheap (a few maps over 150 titles); Fuse.js indexes are built lazily.
 * @param lookup The build-time lookup (`buildMatchLookup`).
 */
export function createTitleMatcher(lookup: MatchLookup, options: TitleMatcherOptions = {}): TitleMatcher {
  const ignoreIds = options.ignoreIds ?? false;
  const check = options.check ?? TITLE_CHECK;
  const n = lookup.ids.length;
  // The weight table is also the compound vocabulary `tokenize` merges with. Until a listing
  // comes (tens of thousands of look-ups), it is read in place; the word index copies it into
  // a map first (measurably faster on a cold 2,000-entry page), kept for the matcher's life.
  const { weights } = lookup;
  let weightMap: Map<string, number> | undefined;
  const vocabulary = { has: (t: string) => (weightMap ? weightMap.has(t) : Object.hasOwn(weights, t)) };
  const weightOf: WeightOf = (t) =>
    weightMap ? (weightMap.get(t) ?? lookup.unknownWeight) : Object.hasOwn(weights, t) ? weights[t]! : lookup.unknownWeight;

  const byId = new Map<string, number>();
  if (!ignoreIds) lookup.arxivIds.forEach((id, i) => id && byId.set(id, i));
  // The papers a page showing an id the corpus lacks can still be: those whose id the corpus does not know.
  const withoutId = ignoreIds ? [] : lookup.arxivIds.flatMap((id, i) => (id ? [] : [i]));
  const anyPaper = (): boolean => true;
  const hasNoId = (i: number): boolean => !lookup.arxivIds[i];

  // Everything below is built on first use: an abstract page whose id the corpus lacks
  // only ever looks at the few papers without an id, and never needs the whole index.
  let exactKeys: Map<string, number> | undefined;
  /** Compact title key → paper; -1 marks a key two corpus titles share (an exact match on it would be a guess). */
  const exact = (): Map<string, number> => {
    if (!exactKeys) {
      exactKeys = new Map();
      lookup.titles.forEach((title, i) => {
        const key = compactKey(title);
        exactKeys!.set(key, exactKeys!.has(key) ? -1 : i);
      });
    }
    return exactKeys;
  };

  const corpusTokens: (string[] | undefined)[] = new Array(n);
  const corpusSets: (Set<string> | undefined)[] = new Array(n);
  const corpusWeights: (number | undefined)[] = new Array(n);
  const tokensOf = (i: number): string[] => (corpusTokens[i] ??= tokenize(lookup.titles[i]!, vocabulary));
  const setOf = (i: number): Set<string> => (corpusSets[i] ??= new Set(tokensOf(i)));
  const corpusWeight = (i: number): number => (corpusWeights[i] ??= totalWeight(weightOf, setOf(i)));

  interface WordIndex {
    /** One record per corpus token, so the per-entry loop does a single map probe per word. */
    tokenInfo: Map<string, TokenInfo>;
    /** Per paper, the weight of its common (unindexed) words. */
    commonWeight: number[];
    /** Titles made mostly of common words: never reached through the index, so always looked at. */
    mostlyCommon: number[];
    rareShared: Float64Array;
    touched: Int32Array;
  }
  let wordIndex: WordIndex | undefined;
  const index = (): WordIndex => {
    if (wordIndex) return wordIndex;
    weightMap = new Map(Object.entries(weights));
    const df = new Map<string, number>();
    for (let i = 0; i < n; i++) for (const t of setOf(i)) df.set(t, (df.get(t) ?? 0) + 1);
    const tokenInfo = new Map<string, TokenInfo>();
    for (let i = 0; i < n; i++) {
      for (const t of setOf(i)) {
        let info = tokenInfo.get(t);
        if (!info) {
          info = { weight: weightOf(t), common: df.get(t)! > n * COMMON_SHARE, papers: [] };
          tokenInfo.set(t, info);
        }
        info.papers.push(i);
      }
    }
    const commonWeight = Array.from({ length: n }, (_, i) => totalWeight(weightOf, [...setOf(i)].filter((t) => tokenInfo.get(t)!.common)));
    const mostlyCommon = commonWeight.flatMap((w, i) => (w >= FILTER_COVER * corpusWeight(i) ? [i] : []));
    return (wordIndex = { tokenInfo, commonWeight, mostlyCommon, rareShared: new Float64Array(n), touched: new Int32Array(n) });
  };

  const fuses: (Fuse<string> | undefined)[] = new Array(n);
  const fuseFor = (i: number): Fuse<string> =>
    (fuses[i] ??= new Fuse([lookup.titles[i]!], { includeScore: true, ignoreLocation: true, threshold: FUSE_THRESHOLD }));

  const matchOf = (i: number, evidence: Match['evidence'], score: number, arxivId?: string): Match => ({
    paperId: lookup.ids[i]!,
    evidence,
    score,
    ...(arxivId ? { arxivId } : {}),
  });

  /**
   * Papers sharing enough weighted words with the page title to be worth a closer
   * look. Rare words are counted through the index; common ones (not indexed) can
   * add at most what both titles have of them, so that bound stands in for them.
   * Plain loops over arrays: this runs for every entry of a listing, mostly before
   * the engine has optimised anything.
   */
  function candidates(tokens: readonly string[], eligible: (i: number) => boolean, only?: readonly number[]): number[] {
    if (only) return only.filter((i) => sharesEnough(tokens, i));
    const { tokenInfo, commonWeight, mostlyCommon, rareShared, touched } = index();
    let pageWeight = 0;
    let pageCommon = 0;
    let count = 0;
    for (const i of mostlyCommon) {
      touched[count++] = i;
      rareShared[i] = Number.MIN_VALUE; // marks it touched
    }
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (tokens.indexOf(t) !== k) continue; // a repeated word counts once
      const info = tokenInfo.get(t);
      if (!info) {
        pageWeight += weightOf(t);
        continue;
      }
      pageWeight += info.weight;
      if (info.common) {
        pageCommon += info.weight;
        continue;
      }
      const papers = info.papers;
      for (let j = 0; j < papers.length; j++) {
        const i = papers[j]!;
        const before = rareShared[i]!;
        if (before === 0) touched[count++] = i;
        rareShared[i] = before + info.weight;
      }
    }
    const out: number[] = [];
    for (let k = 0; k < count; k++) {
      const i = touched[k]!;
      const bound = rareShared[i]! + Math.min(pageCommon, commonWeight[i]!);
      rareShared[i] = 0;
      if (bound >= FILTER_COVER * corpusWeight(i) && bound >= FILTER_COVER * pageWeight && eligible(i)) out.push(i);
    }
    return out;
  }

  /** The filter for one paper, counted directly: for the few papers an entry with an unknown id can be. */
  function sharesEnough(tokens: readonly string[], i: number): boolean {
    const corpus = setOf(i);
    let shared = 0;
    let pageWeight = 0;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (tokens.indexOf(t) !== k) continue;
      const w = weightOf(t);
      pageWeight += w;
      if (corpus.has(t)) shared += w;
    }
    return shared >= FILTER_COVER * corpusWeight(i) && shared >= FILTER_COVER * pageWeight;
  }

  /** The exact tier over a few papers: the one whose compact title is `key` (-1: several corpus titles have it). */
  function exactAmong(only: readonly number[], key: string): number | undefined {
    const hits = only.filter((i) => compactKey(lookup.titles[i]!) === key);
    if (hits.length === 0) return undefined;
    // A title the listed few share with any other corpus paper is ambiguous, as in the full map.
    return hits.length === 1 && lookup.titles.filter((t) => compactKey(t) === key).length === 1 ? hits[0] : -1;
  }

  function fuzzy(normalized: string, eligible: (i: number) => boolean, only?: readonly number[]): Match | null {
    const tokens = tokenize(normalized, vocabulary);
    const found = candidates(tokens, eligible, only);
    if (found.length === 0) return null;

    const proposals: { i: number; fuse: number }[] = [];
    for (const i of found) {
      const score = fuseFor(i).search(normalized)[0]?.score;
      if (score !== undefined) proposals.push({ i, fuse: score });
    }
    proposals.sort((a, b) => a.fuse - b.fuse);

    let best: Match | null = null;
    for (const { i } of proposals) {
      const result = compareTitles(weightOf, tokens, tokensOf(i), check);
      if (!result.accepted) continue;
      if (best) return null; // two papers pass the strict check: ambiguous, so silent
      best = matchOf(i, 'title-fuzzy', result.score);
    }
    return best;
  }

  return {
    match(entry) {
      const id = !ignoreIds && entry.arxivId ? normalizeArxivId(entry.arxivId) : undefined;
      if (id !== undefined) {
        const i = byId.get(id);
        if (i !== undefined) return matchOf(i, 'arxiv-id', 1, id);
        // The page's id is none of the corpus ids: only a paper without a known id can still match.
        if (withoutId.length === 0) return null;
      }
      if (!entry.title) return null;
      const normalized = normalizeTitle(entry.title);
      if (!normalized) return null;
      // With an id on the page that no corpus paper has, a paper with a known id would be a conflict.
      const eligible = id === undefined ? anyPaper : hasNoId;

      // Few eligible papers (the page's id is unknown to the corpus): check them directly, not through the indexes.
      const only = id !== undefined && withoutId.length <= DIRECT_CHECK_MAX ? withoutId : undefined;
      const key = compactKey(normalized);
      const exactIndex = only ? exactAmong(only, key) : exact().get(key);
      if (exactIndex !== undefined && exactIndex >= 0 && eligible(exactIndex)) return matchOf(exactIndex, 'title-exact', 1);
      return fuzzy(normalized, eligible, only);
    },
  };
}

/**
 * Matches every entry of a listing page, in order.
 * @returns One result per entry: the match, or `null`.
 */
export function matchEntries(matcher: TitleMatcher, entries: readonly TitleEntry[]): (Match | null)[] {
  return entries.map((entry) => matcher.match(entry));
}

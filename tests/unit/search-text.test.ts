/**
 * The search engine's text helpers: tokens, query terms, highlight segments,
 * snippets, and the small algorithms under the ranking.
 */
import { describe, expect, it } from 'vitest';
import { bigramsOf, minSharedBigrams } from '../../lib/search/bigrams';
import { parseQuery } from '../../lib/search/query';
import { fieldScore, idf } from '../../lib/search/scoring';
import { splitByRanges } from '../../lib/search/segments';
import { kthSmallest } from '../../lib/search/select';
import { makeSnippet } from '../../lib/search/snippet';
import { normalizeWord, tokenize } from '../../lib/search/tokenize';
import { findWordHits, mergeRanges, type MatchedWord } from '../../lib/search/word-hits';

describe('tokenize', () => {
  it('normalises case, accents, superscripts and Greek letters', () => {
    expect(normalizeWord('Zero')).toBe('zero');
    expect(normalizeWord('Café')).toBe('cafe');
    expect(normalizeWord('M²UGen')).toBe('m2ugen');
    expect(normalizeWord('α')).toBe('alpha');
  });

  it('gives offsets into the original text, and hyphenated compounds after their parts', () => {
    const text = 'PanGu-α: Zero-Shot, CodeT5+';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['pangu', 'alpha', 'pangualpha', 'zero', 'shot', 'zeroshot', 'codet5']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['PanGu', 'α', 'PanGu-α', 'Zero', 'Shot', 'Zero-Shot', 'CodeT5']);
  });

  it('does not join words separated by other punctuation or spaces', () => {
    expect(tokenize('owner/repo, a - b').map((t) => t.word)).toEqual(['owner', 'repo', 'a', 'b']);
  });
});

describe('parseQuery', () => {
  it('drops stop words and repeats but keeps a last word still being typed', () => {
    expect(parseQuery('learning to prompt for vision')).toEqual([
      { text: 'learning', partial: false },
      { text: 'prompt', partial: false },
      { text: 'vision', partial: true },
    ]);
    expect(parseQuery('zero shot zero ')).toEqual([
      { text: 'zero', partial: false },
      { text: 'shot', partial: false },
    ]);
    expect(parseQuery('vision a')).toEqual([
      { text: 'vision', partial: false },
      { text: 'a', partial: true },
    ]);
    expect(parseQuery('the ')).toEqual([]);
  });
});

describe('splitByRanges', () => {
  it('alternates plain and highlighted pieces that join back to the text', () => {
    const text = 'Zero-Shot Reasoners';
    const segments = splitByRanges(text, [[10, 19], [0, 4]]);
    expect(segments).toEqual([
      { text: 'Zero', hit: true },
      { text: '-Shot ', hit: false },
      { text: 'Reasoners', hit: true },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('merges overlaps, clamps out-of-range ranges and skips empty ones', () => {
    expect(splitByRanges('abcdef', [[1, 3], [2, 4], [5, 99], [-3, 0], [2, 2]])).toEqual([
      { text: 'a', hit: false },
      { text: 'bcd', hit: true },
      { text: 'e', hit: false },
      { text: 'f', hit: true },
    ]);
    expect(splitByRanges('abc', [])).toEqual([{ text: 'abc', hit: false }]);
    expect(splitByRanges('', [[0, 1]])).toEqual([]);
  });
});

describe('findWordHits', () => {
  const matched = new Map<string, MatchedWord>([
    ['private', { term: 0, termText: 'priv', quality: 1 }],
    ['shot', { term: 1, termText: 'shot', quality: 1 }],
    ['fewshot', { term: 1, termText: 'shot', quality: 0.85 }],
    ['alpha', { term: 2, termText: 'alpha', quality: 1 }],
  ]);

  it('marks the typed prefix of a word, a whole fuzzy word, and a compound only when no part matched', () => {
    const text = 'Private few-shot PanGu-α';
    const hits = findWordHits(text, matched);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Priv', 'shot', 'α']);
  });

  it('merges touching ranges', () => {
    expect(mergeRanges([[5, 7], [0, 2], [2, 3], [6, 9]])).toEqual([[0, 3], [5, 9]]);
  });
});

describe('makeSnippet', () => {
  const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
  const text = words.join(' ');
  const hitOf = (word: string, term = 0, quality = 1) => {
    const start = text.indexOf(`${word} `);
    return { start, end: start + word.length, term, quality };
  };

  it('centres on the best window, cuts at word boundaries and marks the hits', () => {
    const snippet = makeSnippet(text, [hitOf('word40'), hitOf('word42', 1)], [1, 1]);
    expect(snippet.text.startsWith('…word')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(182);
    expect(snippet.ranges.map(([s, e]) => snippet.text.slice(s, e))).toEqual(['word40', 'word42']);
    const centre = (snippet.ranges[0]![0] + snippet.ranges[1]![1]) / 2;
    expect(Math.abs(centre - snippet.text.length / 2)).toBeLessThan(20);
    for (const piece of snippet.text.slice(1, -1).split(' ')) expect(words).toContain(piece);
  });

  it('prefers the window covering more (and rarer) query terms', () => {
    const hits = [hitOf('word5', 0), hitOf('word60', 0), hitOf('word62', 1)];
    const snippet = makeSnippet(text, hits, [1, 3]);
    expect(snippet.ranges.map(([s, e]) => snippet.text.slice(s, e))).toEqual(['word60', 'word62']);
  });

  it('keeps a short text whole, and starts at the beginning without hits', () => {
    expect(makeSnippet('Short abstract.', [])).toEqual({ text: 'Short abstract.', ranges: [] });
    const start = makeSnippet(text, []);
    expect(start.text.startsWith('word0 ')).toBe(true);
    expect(start.text.endsWith('…')).toBe(true);
  });
});

describe('ranking helpers', () => {
  it('bounds the bigrams a word within k edits must share (q-gram lemma)', () => {
    expect(bigramsOf('privat')).toEqual(['pr', 'ri', 'iv', 'va', 'at']);
    expect(bigramsOf('aaaa')).toEqual(['aa']);
    // "private" is one edit from "privat" and shares all 5; the bound asks for 3.
    expect(minSharedBigrams(5, 1)).toBe(3);
    expect(minSharedBigrams(3, 4)).toBe(1);
  });

  it('weighs rare words more and scores full coverage near 0', () => {
    expect(idf(1, 150)).toBeGreaterThan(idf(100, 150));
    expect(fieldScore(0, 5)).toBe(1);
    expect(fieldScore(5, 5)).toBeCloseTo(0.001);
    expect(fieldScore(2.5, 5)).toBeCloseTo(0.5);
  });

  it('selects the k-th smallest value', () => {
    const values = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    values.forEach((_, k) => {
      expect(kthSmallest(Float64Array.from(values), k)).toBe([...values].sort((a, b) => a - b)[k]);
    });
    expect(() => kthSmallest(new Float64Array(2), 2)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { describeEvidence, type Match } from '../../lib/match/evidence';
import { buildMatchLookup } from '../../lib/match/lookup';
import { normalizeTitle } from '../../lib/match/normalize';
import { compareTitles, oneEditApart, weightFunction } from '../../lib/match/similarity';
import { createTitleMatcher, matchEntries } from '../../lib/match/title-matcher';
import { tokenize } from '../../lib/match/tokens';
import type { Paper } from '../../lib/types';
import { loadCorpus } from '../../scripts/load-corpus';

const papers = loadCorpus();
const lookup = buildMatchLookup(papers);
const matcher = createTitleMatcher(lookup);
const titlesOnly = createTitleMatcher(lookup, { ignoreIds: true });
const idOf = (title: string): string => papers.find((p) => p.title === title)!.id;

const ZERO_SHOT = 'Large Language Models are Zero-Shot Reasoners';
const PROXY = 'Tuning Language Models by Proxy';

function paper(id: string, title: string, arxivId?: string): Paper {
  return { id, title, displayTitle: title, abstract: '', links: [], ...(arxivId ? { arxivId } : {}) };
}

describe('lookup', () => {
  it('is plain JSON that round-trips, with one entry per paper', () => {
    const copy = JSON.parse(JSON.stringify(lookup)) as typeof lookup;
    expect(copy).toEqual(lookup);
    expect(lookup.ids).toHaveLength(150);
    expect(lookup.titles).toHaveLength(150);
    expect(lookup.arxivIds.filter(Boolean)).toHaveLength(148);
    expect(lookup.titles[lookup.ids.indexOf(idOf(ZERO_SHOT))]).toBe('large language models are zero shot reasoners');
  });

  it('stays compact: no abstracts, a small share of the corpus', () => {
    const json = JSON.stringify(lookup);
    expect(papers.some((p) => json.includes(p.abstract.slice(0, 60)))).toBe(false);
    expect(json.length).toBeLessThan(JSON.stringify(papers).length / 5);
  });

  it('weighs rare words above common ones', () => {
    expect(lookup.weights['reasoner']!).toBeGreaterThan(lookup.weights['zeroshot']!);
    expect(lookup.weights['zeroshot']!).toBeGreaterThan(lookup.weights['model']!);
    expect(lookup.unknownWeight).toBeGreaterThan(lookup.weights['reasoner']!);
  });
});

describe('arXiv id tier', () => {
  it('matches versioned and prefixed ids, versionless', () => {
    for (const arxivId of ['2205.11916', '2205.11916v2', 'arXiv:2205.11916v1', 'https://arxiv.org/abs/2205.11916']) {
      expect(matcher.match({ arxivId })).toEqual({
        paperId: idOf(ZERO_SHOT),
        evidence: 'arxiv-id',
        score: 1,
        arxivId: '2205.11916',
      });
    }
  });

  it('beats the title: the id decides even when the title names another paper', () => {
    expect(matcher.match({ arxivId: '2205.11916', title: PROXY })?.paperId).toBe(idOf(ZERO_SHOT));
  });

  it('is ignored when matching titles only', () => {
    expect(titlesOnly.match({ arxivId: '2205.11916' })).toBeNull();
  });
});

describe('id conflict', () => {
  it('refuses a title match when the page shows another id than the paper has', () => {
    expect(matcher.match({ title: ZERO_SHOT, arxivId: '2301.00001' })).toBeNull();
    expect(matcher.match({ title: 'Large Language Models are Zero-Shot Reasoner', arxivId: '2301.00001v2' })).toBeNull();
  });

  it('allows the title match without an id on the page, or when ids are ignored', () => {
    expect(matcher.match({ title: ZERO_SHOT })?.evidence).toBe('title-exact');
    expect(titlesOnly.match({ title: ZERO_SHOT, arxivId: '2301.00001' })?.evidence).toBe('title-exact');
  });

  it('still matches fuzzily, with an unknown id on the page, a paper whose id the corpus lacks', () => {
    const idless =
      'Classifying Textual Data with Pre-trained Vision Models through Transfer Learning and Data Transformations';
    const title =
      'Classifying Textual Data with Pretrained Vision Model through Transfer Learning and Data Transformation';
    const expected = { paperId: idOf(idless), evidence: 'title-fuzzy' };
    expect(matcher.match({ title, arxivId: '2501.00001' })).toMatchObject(expected);
    expect(matcher.match({ title: 'Large Langauge Models are Zero-Shot Reasoners', arxivId: '2501.00001' })).toBeNull();
  });

  it('allows a title match for a paper whose id the corpus does not know', () => {
    const small = buildMatchLookup([paper('a', 'Robust Table Integration in Data Lakes'), paper('b', PROXY, '2401.08565')]);
    const m = createTitleMatcher(small);
    expect(m.match({ title: 'Robust Table Integration in Data Lakes', arxivId: '2412.00324' })?.paperId).toBe('a');
    expect(m.match({ title: PROXY, arxivId: '2412.00324' })).toBeNull();
  });
});

describe('exact title tier', () => {
  it.each([
    ZERO_SHOT,
    'LARGE LANGUAGE MODELS ARE ZERO SHOT REASONERS.',
    '  Large\n    Language\n    Models are Zeroshot Reasoners\n',
  ])('%j', (title) => {
    expect(titlesOnly.match({ title })).toEqual({ paperId: idOf(ZERO_SHOT), evidence: 'title-exact', score: 1 });
  });

  it('matches TeX, Greek and superscript forms', () => {
    const pangu = 'PanGu-$α$: Large-scale Autoregressive Pretrained Chinese Language Models with Auto-parallel Computation';
    for (const title of [
      'PanGu-$\\alpha$: Large-scale Autoregressive Pretrained Chinese Language Models with Auto-parallel Computation',
      'PanGu-α: Large-scale Autoregressive Pretrained Chinese Language Models with Auto-parallel Computation',
      'PanGu-alpha: Large-scale Autoregressive Pretrained Chinese Language Models with Auto-parallel Computation',
    ]) {
      expect(titlesOnly.match({ title })?.paperId).toBe(idOf(pangu));
    }
    const m2 = 'M$^{2}$UGen: Multi-modal Music Understanding and Generation with the Power of Large Language Models';
    for (const title of [
      'M²UGen: Multi-modal Music Understanding and Generation with the Power of Large Language Models',
      'M2UGen: Multi-modal Music Understanding and Generation with the Power of Large Language Models',
    ]) {
      expect(titlesOnly.match({ title })?.paperId).toBe(idOf(m2));
    }
  });

  it('matches nothing for an empty or missing title', () => {
    expect(titlesOnly.match({})).toBeNull();
    expect(titlesOnly.match({ title: ' -- ' })).toBeNull();
  });
});

describe('fuzzy title tier', () => {
  it.each([
    // a typo, a plural, a British spelling, a dropped common word
    ['Large Langauge Models are Zero-Shot Reasoners', ZERO_SHOT],
    ['Large Language Models are Zero-Shot Reasoner', ZERO_SHOT],
    [
      'Extending Source Code Pre-Trained Language Models to Summarize Decompiled Binaries',
      'Extending Source Code Pre-Trained Language Models to Summarise Decompiled Binaries',
    ],
    [
      'Retrofitting Language Models with Dynamic Tokenization',
      'Retrofitting (Large) Language Models with Dynamic Tokenization',
    ],
    ['Robust Table Integraton in Data Lakes', 'Robust Table Integration in Data Lakes'],
  ])('accepts %j', (title, corpusTitle) => {
    const match = titlesOnly.match({ title });
    expect(match?.paperId).toBe(idOf(corpusTitle));
    expect(match?.evidence).toBe('title-fuzzy');
    expect(match!.score).toBeGreaterThan(0.85);
    expect(match!.score).toBeLessThanOrEqual(1);
  });

  it.each([
    'Large Language Models are Few-Shot Clinical Information Extractors',
    'Large Language Models Are Not Abstract Reasoners',
    'Large Language Models are Zero-Shot Rankers',
    'Large Language Models are Zero-Shot Time Series Reasoners',
    'Multimodal Large Language Models are Zero-Shot Reasoners',
    'Video models are zero-shot learners and reasoners',
    'Prompt Learning for Vision-Language Models',
    'Conditional Prompt Learning for Vision-Language Models',
    'LoRA: Low-Rank Adaptation of Large Language Models',
    'SaudiBERT: A Large Language Model Pretrained on Saudi Dialect Corpora',
    'Multilingual Retrieval-Augmented Generation for Knowledge-Intensive Task',
    'Robust Table Integration',
    // every word shared, order scrambled
    'Reasoners Zero-Shot are Models Language Large',
  ])('rejects %j', (title) => {
    expect(titlesOnly.match({ title })).toBeNull();
  });

  it('stays silent when two corpus papers pass the check', () => {
    const twins = buildMatchLookup([
      paper('a', 'Efficient Sparse Attention for Long Documents'),
      paper('b', 'Efficient Sparse Attentions for Long Documents Revisited'),
      paper('c', 'Efficient Sparse Attention for Long Document'),
    ]);
    const title = 'Efficient Sparse Atention for Long Documents';
    expect(createTitleMatcher(twins, { ignoreIds: true }).match({ title })).toBeNull();
    // Either twin alone would have matched.
    const alone = buildMatchLookup([paper('a', 'Efficient Sparse Attention for Long Documents')]);
    expect(createTitleMatcher(alone, { ignoreIds: true }).match({ title })?.paperId).toBe('a');
  });
});

describe('strict check', () => {
  const weightOf = weightFunction(lookup);
  const vocabulary = new Set(Object.keys(lookup.weights));
  const compare = (a: string, b: string) =>
    compareTitles(weightOf, tokenize(normalizeTitle(a), vocabulary), tokenize(normalizeTitle(b), vocabulary));

  it('weighs the rare word that differs, not the letters', () => {
    const fewShot = compare('Large Language Models are Few-Shot Reasoners', ZERO_SHOT);
    expect(fewShot.accepted).toBe(false);
    expect(fewShot.difference).toBeGreaterThan(2.5);
    const typo = compare('Large Language Models are Zero-Shot Reasonres', ZERO_SHOT);
    expect(typo.accepted).toBe(true);
    expect(typo.difference).toBe(0);
  });

  it('refuses a fragment by length', () => {
    expect(compare('Zero-Shot Reasoners', ZERO_SHOT).lengthRatio).toBe(3);
  });

  it('knows one edit from two', () => {
    expect(oneEditApart('summarise', 'summarize')).toBe(true);
    expect(oneEditApart('modeling', 'modelling')).toBe(true);
    expect(oneEditApart('reasoners', 'reasonres')).toBe(true);
    expect(oneEditApart('reasoners', 'rankers')).toBe(false);
    expect(oneEditApart('same', 'same')).toBe(false);
  });
});

describe('matchEntries', () => {
  it('matches a listing in order, one result per entry', () => {
    const results = matchEntries(matcher, [
      { arxivId: '2205.11916v1', title: ZERO_SHOT },
      { arxivId: '2501.00001', title: 'Something else entirely' },
      { title: PROXY.toUpperCase() },
      { arxivId: '2501.00002', title: PROXY },
    ]);
    expect(results.map((r) => r?.evidence ?? null)).toEqual(['arxiv-id', null, 'title-exact', null]);
  });
});

describe('describeEvidence', () => {
  const base = { paperId: 'x', score: 1 } as const;
  it.each<[Match, string]>([
    [{ ...base, evidence: 'arxiv-id', arxivId: '2205.11916' }, 'matched by arXiv id'],
    [{ ...base, evidence: 'title-exact' }, 'matched by title'],
    [{ ...base, evidence: 'title-fuzzy', score: 0.976 }, 'matched by title, 97%'],
    [{ ...base, evidence: 'title-fuzzy', score: 1 }, 'matched by title, 99%'],
    [{ ...base, evidence: 'repo-link' }, 'this repository is the code link of this paper'],
    [{ ...base, evidence: 'readme-cites', arxivId: '2205.11916' }, 'the README cites arXiv:2205.11916'],
    [{ ...base, evidence: 'readme-cites' }, "the README cites this paper's title"],
  ])('%j', (match, words) => {
    expect(describeEvidence(match)).toBe(words);
  });
});

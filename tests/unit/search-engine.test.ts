/**
 * The engine's contract with the popup: loading, the empty query, the
 * filters, what each result carries, and the limits that keep it fast.
 */
import Fuse from 'fuse.js';
import { describe, expect, it, vi } from 'vitest';
import { createSearchEngine, MAX_RANKED } from '../../lib/search/engine';
import { buildSearchData, type SearchData } from '../../lib/search/index-data';
import { synthesizeCorpus } from '../../scripts/bench/synthetic-corpus';
import { loadCorpus } from '../../scripts/load-corpus';

const corpus = loadCorpus();
const data: SearchData = JSON.parse(JSON.stringify(buildSearchData(corpus)));
const engine = createSearchEngine(corpus, data);
const byTitle = (start: string) => corpus.find((p) => p.displayTitle.startsWith(start))!;
const hasCode = (id: string) => corpus.find((p) => p.id === id)!.links.some((l) => l.kind === 'code');
const slices = (text: string, ranges: readonly (readonly [number, number])[]) => ranges.map(([s, e]) => text.slice(s, e));

describe('search data', () => {
  it('is plain JSON, with a prebuilt Fuse index record per paper', () => {
    const built = buildSearchData(corpus);
    expect(JSON.parse(JSON.stringify(built))).toEqual(built);
    expect(built.paperCount).toBe(corpus.length);
    expect(built.phraseIndex.records).toHaveLength(corpus.length);
    expect(built.phraseIndex.records.every((record, i) => record.i === i)).toBe(true);
  });

  it('keeps stop words out of the vocabulary, which is sorted', () => {
    expect(data.words).not.toContain('the');
    expect(data.words).toEqual([...data.words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(data.words).toContain('zeroshot');
    expect(data.words).toContain('alpha');
  });

  it('is loaded without building any index', () => {
    const create = vi.spyOn(Fuse, 'createIndex');
    // Blank the papers' text: ranking must come from the data alone (the
    // text is read only for highlight ranges and snippets).
    const blank = corpus.map((paper) => ({ ...paper, displayTitle: '', abstract: '', links: [] }));
    const loaded = createSearchEngine(blank, data);
    expect(loaded.search('mindspore')[0]!.paper.id).toBe(byTitle('PanGu-α').id);
    expect(loaded.search('zero shot reasoners')[0]!.paper.id).toBe(byTitle('Large Language Models are Zero-Shot Reasoners').id);
    expect(loaded.search('lxuechen')[0]!.paper.id).toBe(byTitle('Large Language Models Can Be Strong Differentially').id);
    expect(create).not.toHaveBeenCalled();
    create.mockRestore();
  });

  it('refuses data built from another corpus', () => {
    expect(() => createSearchEngine(corpus.slice(1), data)).toThrow(/rebuild/);
  });
});

describe('empty query', () => {
  it('lists the whole corpus in seed order', () => {
    for (const query of ['', '   ']) {
      const results = engine.search(query);
      expect(results.map((r) => r.paper.id)).toEqual(corpus.map((p) => p.id));
      expect(results[0]).toMatchObject({ score: 0, onPage: false, titleRanges: [], snippet: undefined });
    }
  });

  it('lists papers on the page first, in page order, then the rest in seed order', () => {
    const onPage = [corpus[40]!.id, corpus[3]!.id, 'not-a-corpus-id'];
    const ids = engine.search('', { onPageIds: onPage }).map((r) => r.paper.id);
    expect(ids.slice(0, 2)).toEqual([corpus[40]!.id, corpus[3]!.id]);
    expect(ids).toHaveLength(corpus.length);
    expect(ids.slice(2)).toEqual(corpus.map((p) => p.id).filter((id) => id !== corpus[40]!.id && id !== corpus[3]!.id));
    expect(engine.search('', { onPageIds: onPage }).filter((r) => r.onPage)).toHaveLength(2);
  });

  it('honours the code filter and the limit', () => {
    const withCode = engine.search('', { withCodeOnly: true });
    expect(withCode.length).toBe(corpus.filter((p) => p.links.some((l) => l.kind === 'code')).length);
    expect(withCode.every((r) => hasCode(r.paper.id))).toBe(true);
    expect(engine.search('', { limit: 5 })).toHaveLength(5);
  });
});

describe('text query', () => {
  it('filters to papers with code', () => {
    const all = engine.search('language models');
    const withCode = engine.search('language models', { withCodeOnly: true });
    expect(withCode.length).toBeGreaterThan(0);
    expect(withCode.length).toBeLessThan(all.length);
    expect(withCode.every((r) => hasCode(r.paper.id))).toBe(true);
    // The same papers as filtering the full list (the order may differ below
    // the top: the phrase pass re-scores the best of what the filter keeps).
    expect(withCode.map((r) => r.paper.id).sort()).toEqual(all.map((r) => r.paper.id).filter(hasCode).sort());
  });

  it('lists matching papers on the page first, flagged', () => {
    const all = engine.search('vision language');
    const later = all[5]!.paper.id;
    const results = engine.search('vision language', { onPageIds: [later] });
    expect(results[0]!.paper.id).toBe(later);
    expect(results[0]!.onPage).toBe(true);
    expect(results.slice(1).every((r) => !r.onPage)).toBe(true);
  });

  it('returns results sorted by score, best (lowest) first, scores in (0, 1]', () => {
    const scores = engine.search('prompt tuning').map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(scores.every((s) => s > 0 && s <= 1)).toBe(true);
  });

  it('finds nothing for gibberish or stop words alone', () => {
    expect(engine.search('qqxzv')).toEqual([]);
    expect(engine.search('of the ')).toEqual([]);
  });

  it('marks the matched words of the display title', () => {
    const [first] = engine.search('differentialy privat');
    expect(slices(first!.paper.displayTitle, first!.titleRanges)).toEqual(['Differentially', 'Privat']);
    const [pangu] = engine.search('pangu alpha');
    expect(pangu!.paper.displayTitle.startsWith('PanGu-α')).toBe(true);
    expect(slices(pangu!.paper.displayTitle, pangu!.titleRanges)).toEqual(['PanGu', 'α']);
    const [reasoners] = engine.search('zeroshot');
    expect(slices(reasoners!.paper.displayTitle, reasoners!.titleRanges)).toContain('Zero-Shot');
  });

  it('marks only the typed part of a word still being typed', () => {
    const [first] = engine.search('hedgehog porc');
    expect(slices(first!.paper.displayTitle, first!.titleRanges)).toEqual(['Hedgehog', 'Porc']);
  });

  it('gives a snippet around the best abstract match, with ranges into the snippet', () => {
    const [first] = engine.search('mindspore');
    const snippet = first!.snippet!;
    expect(snippet.text.length).toBeLessThanOrEqual(182);
    expect(snippet.text.length).toBeGreaterThan(120);
    const marked = slices(snippet.text, snippet.ranges);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((word) => word === 'MindSpore')).toBe(true);
    expect(snippet.text.startsWith('…')).toBe(true);
    // Cut at word boundaries: the excerpt is a run of whole words of the abstract.
    const inner = snippet.text.replace(/^…/, '').replace(/…$/, '');
    const at = first!.paper.abstract.indexOf(inner);
    expect(at).toBeGreaterThan(0);
    expect(first!.paper.abstract[at - 1]).toMatch(/\s/);
  });

  it('has no snippet when only the title matched', () => {
    const title = byTitle('Understanding Telecom Language');
    const result = engine.search('telecom').find((r) => r.paper.id === title.id)!;
    const abstractHasIt = /telecom/i.test(title.abstract);
    expect(result.snippet === undefined).toBe(!abstractHasIt);
  });

  it('ranks at most MAX_RANKED papers and honours the limit', () => {
    const big = synthesizeCorpus(corpus, 600, 7);
    const bigEngine = createSearchEngine(big, buildSearchData(big));
    expect(bigEngine.search('language').length).toBe(MAX_RANKED);
    expect(bigEngine.search('language', { limit: 10 })).toHaveLength(10);
    // The real paper still wins among synthetic recombinations of the seed.
    expect(bigEngine.search('zero shot reasoners')[0]!.paper.id).toBe(byTitle('Large Language Models are Zero-Shot Reasoners').id);
  });
});

/**
 * The popup's search model, driven with no DOM: typing, the code filter,
 * on-page papers, and the keyboard.
 */
import { effect } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../lib/search/engine';
import { buildSearchData } from '../../lib/search/index-data';
import { createSearchModel } from '../../lib/search-model';
import type { Paper } from '../../lib/types';
import { loadCorpus } from '../../scripts/load-corpus';

const corpus = loadCorpus();
const engine = createSearchEngine(corpus, buildSearchData(corpus));
const model = (options?: Parameters<typeof createSearchModel>[2]) => createSearchModel(corpus, engine, options);
const byTitle = (start: string): Paper => corpus.find((p) => p.displayTitle.startsWith(start))!;

describe('search model', () => {
  it('starts with the whole corpus, the first card selected', () => {
    const m = model();
    expect(m.total).toBe(corpus.length);
    expect(m.query.value).toBe('');
    expect(m.results.value).toHaveLength(corpus.length);
    expect(m.selectedIndex.value).toBe(0);
    expect(m.selected.value?.paper.id).toBe(corpus[0]!.id);
  });

  it('recomputes results as the query changes', () => {
    const m = model();
    const seen: number[] = [];
    const stop = effect(() => void seen.push(m.results.value.length));
    m.setQuery('zero shot reasoners');
    expect(m.results.value[0]!.paper.id).toBe(byTitle('Large Language Models are Zero-Shot Reasoners').id);
    const matches = m.results.value.length;
    m.setQuery('qqxzv');
    expect(m.results.value).toEqual([]);
    expect(m.selected.value).toBeUndefined();
    stop();
    // One recomputation per query, none for the selection reset batched with it.
    expect(seen).toEqual([corpus.length, matches, 0]);
  });

  it('wraps the selection both ways', () => {
    const m = model({ query: 'hallucination' });
    const count = m.results.value.length;
    expect(count).toBeGreaterThan(2);
    m.moveSelection(-1);
    expect(m.selectedIndex.value).toBe(count - 1);
    m.moveSelection(1);
    expect(m.selectedIndex.value).toBe(0);
    m.handleKey('ArrowDown');
    m.handleKey('ArrowDown');
    expect(m.selectedIndex.value).toBe(2);
    m.handleKey('ArrowUp');
    expect(m.selectedIndex.value).toBe(1);
    for (let i = 0; i < count; i++) m.handleKey('ArrowDown');
    expect(m.selectedIndex.value).toBe(1);
  });

  it('ignores moves with no results', () => {
    const m = model({ query: 'qqxzv' });
    expect(m.handleKey('ArrowDown')).toEqual({});
    expect(m.selectedIndex.value).toBe(0);
  });

  it('selects the first result when the query changes', () => {
    const m = model({ query: 'language' });
    m.moveSelection(3);
    expect(m.selectedIndex.value).toBe(3);
    m.setQuery('language');
    expect(m.selectedIndex.value).toBe(3);
    m.setQuery('language m');
    expect(m.selectedIndex.value).toBe(0);
    m.moveSelection(2);
    m.select(1);
    expect(m.selectedIndex.value).toBe(1);
    m.select(10_000);
    expect(m.selectedIndex.value).toBe(1);
  });

  it('opens the code repository on Enter and the arXiv page on Shift+Enter', () => {
    const m = model({ query: 'differentialy privat' });
    expect(m.handleKey('Enter', { shift: false })).toEqual({ open: 'https://github.com/lxuechen/private-transformers' });
    const paper = m.selected.value!.paper;
    expect(m.handleKey('Enter', { shift: true })).toEqual({ open: `https://arxiv.org/abs/${paper.arxivId}` });
  });

  it('falls back to the project page, the arXiv page, then an arXiv title search', () => {
    const m = model();
    const project = byTitle('CogACT');
    expect(m.primaryUrl(project)).toBe(project.links.find((l) => l.kind === 'project')!.url);
    const bare = byTitle('Large Language Models are Zero-Shot Reasoners');
    expect(m.primaryUrl(bare)).toBe(`https://arxiv.org/abs/${bare.arxivId}`);
    const noId = corpus.find((p) => !p.arxivId && !p.links.some((l) => l.kind === 'code' || l.kind === 'project'))!;
    const search = `https://arxiv.org/search/?query=${encodeURIComponent(noId.displayTitle)}&searchtype=title`;
    expect(m.primaryUrl(noId)).toBe(search);
    expect(m.arxivUrl(noId)).toBe(search);
  });

  it('opens the selected card, not the first', () => {
    const m = model({ query: 'vision language action' });
    m.handleKey('ArrowDown');
    const second = m.results.value[1]!.paper;
    expect(m.handleKey('Enter')).toEqual({ open: m.primaryUrl(second) });
  });

  it('does nothing on Enter with no results', () => {
    expect(model({ query: 'qqxzv' }).handleKey('Enter')).toEqual({});
  });

  it('clears the query on the first Escape and closes on the second', () => {
    const m = model({ query: 'codet5' });
    m.moveSelection(1);
    expect(m.handleKey('Escape')).toEqual({ clear: true });
    expect(m.query.value).toBe('');
    expect(m.selectedIndex.value).toBe(0);
    expect(m.results.value).toHaveLength(corpus.length);
    expect(m.handleKey('Escape')).toEqual({ close: true });
  });

  it('leaves other keys to the browser', () => {
    expect(model().handleKey('a')).toBeUndefined();
    expect(model().handleKey('Tab', { shift: true })).toBeUndefined();
  });

  it('filters to papers with code and back', () => {
    const m = model({ query: 'prompt' });
    const all = m.results.value.length;
    m.moveSelection(2);
    m.toggleWithCode();
    expect(m.withCodeOnly.value).toBe(true);
    expect(m.selectedIndex.value).toBe(0);
    expect(m.results.value.length).toBeLessThan(all);
    expect(m.results.value.every((r) => r.paper.links.some((l) => l.kind === 'code'))).toBe(true);
    m.toggleWithCode();
    expect(m.results.value).toHaveLength(all);
  });

  it('lists papers on this page first, also once they arrive after opening', () => {
    const onPage = byTitle('OpenVLA');
    const m = model();
    m.setOnPageIds([onPage.id]);
    expect(m.selectedIndex.value).toBe(0);
    expect(m.results.value[0]).toMatchObject({ paper: onPage, onPage: true });
    expect(model({ onPageIds: [onPage.id] }).results.value[0]!.paper.id).toBe(onPage.id);
  });

  it('keeps the paper the user selected when on-page ids arrive late', () => {
    const onPage = byTitle('OpenVLA');
    const m = model();
    m.moveSelection(4);
    const chosen = m.selected.value!.paper.id;
    m.setOnPageIds([onPage.id]);
    expect(m.selected.value!.paper.id).toBe(chosen);
    expect(m.handleKey('Enter')).toEqual({ open: m.primaryUrl(m.selected.value!.paper) });
  });

  it('shows an empty state with the filter on and nothing matching', () => {
    const m = model({ query: 'mindspore', withCodeOnly: true });
    expect(m.results.value).toEqual([]);
    expect(m.selected.value).toBeUndefined();
    expect(m.handleKey('Enter')).toEqual({});
  });
});

describe('search model while the index loads', () => {
  /** A model over an engine promise that the test settles. */
  const pending = () => {
    let settle!: { resolve: (e: typeof engine) => void; reject: (error: Error) => void };
    const promise = new Promise<typeof engine>((resolve, reject) => (settle = { resolve, reject }));
    return { m: createSearchModel(corpus, promise), settle };
  };

  it('lists the corpus at once (with the filter and on-page papers), and finds nothing for a query yet', () => {
    const { m } = pending();
    expect(m.index.value).toBe('loading');
    expect(m.results.value.map((r) => r.paper.id)).toEqual(corpus.map((p) => p.id));
    m.toggleWithCode();
    const withCode = corpus.filter((p) => p.links.some((l) => l.kind === 'code'));
    expect(m.results.value.map((r) => r.paper.id)).toEqual(withCode.map((p) => p.id));
    m.toggleWithCode();
    const last = corpus.at(-1)!;
    m.setOnPageIds([last.id]);
    expect(m.results.value[0]).toMatchObject({ paper: { id: last.id }, onPage: true });
    m.setQuery('zero shot reasoners');
    expect(m.results.value).toEqual([]);
  });

  it('opens the first result of a query confirmed before the index is in, once it is', async () => {
    const { m, settle } = pending();
    m.setQuery('zero shot reasoners');
    const enter = m.handleKey('Enter');
    const shiftEnter = m.handleKey('Enter', { shift: true });
    if (!enter || !('openLater' in enter) || !shiftEnter || !('openLater' in shiftEnter)) throw new Error('expected openLater');
    settle.resolve(engine);
    const first = byTitle('Large Language Models are Zero-Shot Reasoners');
    expect(await enter.openLater).toBe(m.primaryUrl(first));
    expect(await shiftEnter.openLater).toBe(m.arxivUrl(first));
  });

  it('opens nothing later if the query changed before the index came', async () => {
    const { m, settle } = pending();
    m.setQuery('zero shot reasoners');
    const enter = m.handleKey('Enter');
    m.setQuery('zero shot reasoners and more');
    settle.resolve(engine);
    if (!enter || !('openLater' in enter)) throw new Error('expected openLater');
    expect(await enter.openLater).toBeUndefined();
  });

  it('answers the query typed meanwhile once the engine arrives', async () => {
    const { m, settle } = pending();
    m.setQuery('zero shot reasoners');
    settle.resolve(engine);
    await Promise.resolve();
    expect(m.index.value).toBe('ready');
    expect(m.results.value[0]!.paper.id).toBe(byTitle('Large Language Models are Zero-Shot Reasoners').id);
    expect(m.selectedIndex.value).toBe(0);
  });

  it('leaves the listed corpus as it is when the engine arrives (no re-render, no scroll, same selection)', async () => {
    const { m, settle } = pending();
    m.moveSelection(3);
    const listed = m.results.value;
    settle.resolve(engine);
    await Promise.resolve();
    expect(m.index.value).toBe('ready');
    expect(m.results.value).toBe(listed);
    expect(m.selected.value?.paper.id).toBe(corpus[3]!.id);
  });

  it('accepts any thenable as the engine to come', async () => {
    let resolve!: (e: typeof engine) => void;
    const thenable: PromiseLike<typeof engine> = { then: (ok, fail) => new Promise<typeof engine>((r) => (resolve = r)).then(ok, fail) };
    const m = createSearchModel(corpus, thenable);
    m.setQuery('zero shot reasoners');
    expect(m.index.value).toBe('loading');
    resolve(engine);
    await new Promise((r) => setTimeout(r, 0));
    expect(m.results.value[0]!.paper.id).toBe(byTitle('Large Language Models are Zero-Shot Reasoners').id);
  });

  it('says the index failed, and keeps listing the corpus', async () => {
    const { m, settle } = pending();
    settle.reject(new Error('chunk missing'));
    await Promise.resolve();
    await Promise.resolve();
    expect(m.index.value).toBe('failed');
    expect(m.results.value).toHaveLength(corpus.length);
  });
});

// @vitest-environment happy-dom
/**
 * The popup's search panel rendered into happy-dom over a model whose search
 * index is still loading (the popup loads it after its first frame): the
 * corpus is listed at once, a query typed meanwhile says it waits for the
 * index rather than "no paper matches", and is answered when the index is in.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchPanel } from '../../components/SearchPanel';
import { createSearchEngine } from '../../lib/search/engine';
import { buildSearchData } from '../../lib/search/index-data';
import type { SearchEngine } from '../../lib/search/types';
import { createSearchModel } from '../../lib/search-model';
import { loadCorpus } from '../../scripts/load-corpus';

const corpus = loadCorpus();
const engine = createSearchEngine(corpus, buildSearchData(corpus));
const opened: string[] = [];
const actions = { openUrl: (url: string) => void opened.push(url), close: () => undefined, restoreHidden: () => undefined };

let root: HTMLElement | undefined;
afterEach(() => {
  opened.length = 0;
  if (root) render(null, root);
  root?.remove();
});

/** Renders the panel over an engine the test settles. */
function mount() {
  let settle!: { resolve: (e: SearchEngine) => void; reject: (error: Error) => void };
  const model = createSearchModel(corpus, new Promise<SearchEngine>((resolve, reject) => (settle = { resolve, reject })));
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<SearchPanel model={model} actions={actions} withCodeCount={34} hiddenPanels={0} />, root!));
  const text = (selector: string) => root!.querySelector(selector)?.textContent ?? '';
  return { model, settle, text, options: () => root!.querySelectorAll('[role=option]') };
}

describe('search panel while the index loads', () => {
  it('lists the first cards before the index is in', () => {
    const { options, text } = mount();
    expect(options().length).toBeGreaterThan(0);
    expect(options()[0]!.getAttribute('aria-label')).toBe(corpus[0]!.displayTitle);
    expect(text('.ps-count')).toBe(`${corpus.length} papers · 34 with code`);
  });

  it('says a query waits for the index, then shows its results', async () => {
    const { model, settle, options, text } = mount();
    act(() => model.setQuery('zero shot reasoners'));
    expect(options()).toHaveLength(0);
    expect(text('.ps-empty')).toBe('Loading the search index…');
    expect(text('.ps-empty')).not.toContain('No paper matches');
    await act(async () => settle.resolve(engine));
    expect(text('.ps-empty')).toBe('');
    expect(options()[0]!.getAttribute('aria-label')).toBe('Large Language Models are Zero-Shot Reasoners');
    expect(text('.ps-count')).toMatch(/^\d+ results?$/);
  });

  it('opens the first result of a query confirmed with Enter before the index is in, once it is', async () => {
    const { model, settle } = mount();
    act(() => model.setQuery('zero shot reasoners'));
    const input = root!.querySelector('input[type=search]')!;
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    act(() => void input.dispatchEvent(enter));
    expect(enter.defaultPrevented).toBe(true);
    expect(opened).toEqual([]);
    await act(async () => settle.resolve(engine));
    await act(async () => undefined);
    const first = corpus.find((p) => p.displayTitle === 'Large Language Models are Zero-Shot Reasoners')!;
    expect(opened).toEqual([model.primaryUrl(first)]);
  });

  it('says so when the index cannot be loaded', async () => {
    const { model, settle, text } = mount();
    act(() => model.setQuery('diffusion'));
    await act(async () => settle.reject(new Error('chunk missing')));
    expect(text('.ps-empty')).toContain('could not be loaded');
  });
});

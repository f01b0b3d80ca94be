// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://arxiv.org/"}
/**
 * The arXiv content script's first stage with the background replaced by a
 * matcher in the test (the real one, over the real corpus): the script sends
 * what the page shows, and loads the UI stage only with the background's answer
 * in hand, handing it the answered papers and the badges' places; a panel the
 * user closed loads nothing, and no answer shows nothing. A page restored from
 * the back/forward cache asks again and brings its panel in line.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Match } from '../../lib/match/evidence';
import { buildMatchLookup } from '../../lib/match/lookup';
import { createTitleMatcher } from '../../lib/match/title-matcher';
import type { ArxivEntry, ArxivPageAnswer } from '../../lib/messages';
import type { Paper } from '../../lib/types';
import { loadCorpus } from '../../scripts/load-corpus';
import { absPageFor, listingPage } from '../support/arxiv-pages';

const corpus = loadCorpus();
const matcher = createTitleMatcher(buildMatchLookup(corpus));
const byId = new Map(corpus.map((p) => [p.id, p]));
const withId = corpus.filter((p) => p.arxivId);
const paper = withId[5]!;

const asked: { url: string; entries: ArxivEntry[] }[] = [];
const reported: { url: string; paperIds: string[] }[] = [];
/** How the recorded background answers: the real matcher, `closed` panels dismissed, `missing` papers left out. */
let background: { closed?: string[]; missing?: string[]; silent?: boolean; hold?: Promise<void> } = {};
vi.mock('../../lib/content/background-client', () => ({
  matchArxivPage: async (url: string, entries: ArxivEntry[]): Promise<ArxivPageAnswer | undefined> => {
    asked.push({ url, entries });
    // As the background is when the question arrives; `hold` delays the answer.
    const state = background;
    if (state.hold) await state.hold;
    if (state.silent) return undefined;
    const hits = entries.flatMap((entry, i) => {
      const match = matcher.match(entry);
      return match ? [{ entry: i, match }] : [];
    });
    const papers = hits.flatMap((h) => (state.missing?.includes(h.match.paperId) ? [] : [byId.get(h.match.paperId)!]));
    return { hits, papers, dismissed: state.closed ?? [] };
  },
  reportMatches: async (url: string, matches: { paperId: string }[]) => {
    reported.push({ url, paperIds: matches.map((m) => m.paperId) });
    return undefined;
  },
}));
const { runArxiv } = await import('../../lib/content/arxiv');

/** Loads `html` under `path` and runs the first stage with a recording UI stage. */
async function run(path: string, html: string) {
  history.replaceState(null, '', path);
  // The saved pages' style sheets, scripts and frames stay out: happy-dom would try to load them.
  const inert = html
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '');
  document.documentElement.innerHTML = inert.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  const listeners = new AbortController();
  const ctx = {
    addEventListener: (target: EventTarget, type: string, handler: EventListener) =>
      target.addEventListener(type, handler, { signal: listeners.signal }),
  } as unknown as ContentScriptContext;
  stops.push(() => listeners.abort());
  const ui = {
    // Like the UI stage: one marked host after the abstract, replacing any earlier one.
    showPanel: vi.fn(async (_m: Match, p: Paper, _a: string | undefined) => {
      for (const host of document.querySelectorAll('[data-paperscope="panel"]')) host.remove();
      const host = document.createElement('div');
      host.dataset.paperscope = 'panel';
      host.dataset.paperId = p.id;
      document.body.append(host);
    }),
    hidePanel: vi.fn(async () => {
      for (const host of document.querySelectorAll('[data-paperscope="panel"]')) host.remove();
    }),
    showBadges: vi.fn(async (_t: { match: Match; paper: Paper; anchor: Element }[]) => undefined),
  };
  const loadUi = vi.fn(async () => ui);
  await runArxiv(ctx, loadUi);
  return { ui, loadUi };
}

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  asked.length = 0;
  reported.length = 0;
  background = {};
});

/** The page coming back from the back/forward cache. */
const restore = () => window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** The papers of the panels in the page. */
const panels = () => [...document.querySelectorAll<HTMLElement>('[data-paperscope="panel"]')].map((h) => h.dataset.paperId);

describe('runArxiv and the background', () => {
  it("sends the abstract page's id and title, and shows the panel with the paper answered", async () => {
    const { ui, loadUi } = await run(`/abs/${paper.arxivId}`, absPageFor({ arxivId: paper.arxivId!, title: paper.title }));
    expect(asked).toEqual([{ url: `https://arxiv.org/abs/${paper.arxivId}`, entries: [{ arxivId: paper.arxivId, title: expect.any(String) }] }]);
    expect(loadUi).toHaveBeenCalledTimes(1);
    expect(ui.showPanel).toHaveBeenCalledWith(expect.objectContaining({ paperId: paper.id, evidence: 'arxiv-id' }), paper, expect.any(String));
  });

  it('loads no panel code for a paper whose panel the user closed', async () => {
    background = { closed: [paper.id] };
    const { loadUi } = await run(`/abs/${paper.arxivId}`, absPageFor({ arxivId: paper.arxivId!, title: paper.title }));
    expect(asked).toHaveLength(1);
    expect(loadUi).not.toHaveBeenCalled();
  });

  it('shows nothing when the background does not answer', async () => {
    background = { silent: true };
    const { loadUi } = await run(`/abs/${paper.arxivId}`, absPageFor({ arxivId: paper.arxivId!, title: paper.title }));
    expect(asked).toHaveLength(1);
    expect(loadUi).not.toHaveBeenCalled();
  });

  it('shows nothing on an abstract page the background finds no paper on', async () => {
    const { loadUi } = await run('/abs/2106.09608', absPageFor({ arxivId: '2106.09608', title: 'A paper nobody listed in the corpus at all' }));
    expect(asked[0]!.entries).toEqual([{ arxivId: '2106.09608', title: 'A paper nobody listed in the corpus at all' }]);
    expect(loadUi).not.toHaveBeenCalled();
  });

  it('badges the listing entries the background matched, at their own entries, only with their papers', async () => {
    const [a, b, c] = withId.slice(10, 13) as [Paper, Paper, Paper];
    background = { missing: [b.id], closed: [c.id] };
    const others = [
      { arxivId: '2401.00001', title: 'Something else entirely about graphs' },
      { arxivId: '2401.00002', title: 'Yet another paper outside the corpus' },
    ];
    const shown = [others[0]!, { arxivId: a.arxivId!, title: a.title }, { arxivId: b.arxivId!, title: b.title }, others[1]!, { arxivId: c.arxivId!, title: c.title }];
    const { ui } = await run('/list/cs/new', listingPage(shown));
    expect(asked[0]!.entries.map((e) => e.arxivId)).toEqual(shown.map((e) => e.arxivId));
    // A closed panel does not hide a listing badge; a paper the background left out gets none.
    expect(ui.showBadges).toHaveBeenCalledTimes(1);
    const targets = ui.showBadges.mock.calls[0]![0];
    expect(targets.map((t) => t.paper.id)).toEqual([a.id, c.id]);
    // Each badge goes to its own entry: the listing's n-th `dt` holds the n-th entry's id link.
    const dts = [...document.querySelectorAll('dl#articles > dt, dl > dt')];
    expect(targets.map((t) => dts.indexOf(t.anchor))).toEqual([1, 4]);
  });

  it('asks again when the page comes back from the back/forward cache, and keeps the panel it still shows', async () => {
    const { ui, loadUi } = await run(`/abs/${paper.arxivId}`, absPageFor({ arxivId: paper.arxivId!, title: paper.title }));
    expect(panels()).toEqual([paper.id]);
    restore();
    await settle();
    // The answer is the page's report again (the background forgot the tab when it was left).
    expect(asked).toHaveLength(2);
    expect(reported).toEqual([]);
    expect(asked[1]!.url).toBe(`https://arxiv.org/abs/${paper.arxivId}`);
    // Unchanged: the panel stays as the reader left it, neither remounted nor doubled.
    expect(ui.showPanel).toHaveBeenCalledTimes(1);
    expect(loadUi).toHaveBeenCalledTimes(1);
    expect(panels()).toEqual([paper.id]);
  });

  it('takes the panel away when the page comes back after it was closed in another tab', async () => {
    const { ui } = await run(`/abs/${paper.arxivId}`, absPageFor({ arxivId: paper.arxivId!, title: paper.title }));
    expect(panels()).toEqual([paper.id]);
    background = { closed: [paper.id] };
    restore();
    await settle();
    expect(asked).toHaveLength(2);
    // Through the UI stage, which unmounts what it mounted.
    expect(ui.hidePanel).toHaveBeenCalledTimes(1);
    expect(panels()).toEqual([]);
  });

  it('shows the panel when the page comes back after it was reopened from the popup', async () => {
    background = { closed: [paper.id] };
    const { ui } = await run(`/abs/${paper.arxivId}`, absPageFor({ arxivId: paper.arxivId!, title: paper.title }));
    expect(panels()).toEqual([]);
    background = {};
    restore();
    await settle();
    expect(ui.showPanel).toHaveBeenCalledTimes(1);
    expect(panels()).toEqual([paper.id]);
  });

  it('keeps the panel when a restored page gets no answer', async () => {
    await run(`/abs/${paper.arxivId}`, absPageFor({ arxivId: paper.arxivId!, title: paper.title }));
    background = { silent: true };
    restore();
    await settle();
    expect(asked).toHaveLength(2);
    expect(panels()).toEqual([paper.id]);
  });

  it('shows one panel when the page comes back twice in quick succession', async () => {
    background = { closed: [paper.id] };
    const { ui } = await run(`/abs/${paper.arxivId}`, absPageFor({ arxivId: paper.arxivId!, title: paper.title }));
    background = {};
    restore();
    restore();
    await settle();
    await settle();
    expect(asked).toHaveLength(3);
    expect(ui.showPanel).toHaveBeenCalledTimes(1);
    expect(panels()).toEqual([paper.id]);
  });

  it('asks again when the page comes back before any answer came', async () => {
    background = { silent: true };
    const { loadUi } = await run(`/abs/${paper.arxivId}`, absPageFor({ arxivId: paper.arxivId!, title: paper.title }));
    background = {};
    restore();
    await settle();
    await settle();
    expect(asked).toHaveLength(2);
    expect(loadUi).toHaveBeenCalledTimes(1);
  });

  it('reports a restored listing\'s papers again without asking or badging again (badges never close)', async () => {
    const a = withId[20]!;
    const { ui } = await run('/list/cs/new', listingPage([{ arxivId: '2401.00001', title: 'Something else entirely' }, { arxivId: a.arxivId!, title: a.title }]));
    restore();
    await settle();
    expect(asked).toHaveLength(1);
    expect(reported).toEqual([{ url: 'https://arxiv.org/list/cs/new', paperIds: [a.id] }]);
    expect(ui.showBadges).toHaveBeenCalledTimes(1);
  });

  it('does nothing when a page without a corpus paper comes back', async () => {
    await run('/abs/2106.09608', absPageFor({ arxivId: '2106.09608', title: 'A paper nobody listed in the corpus at all' }));
    await run('/list/cs/new', listingPage([{ arxivId: '2401.00001', title: 'Something else entirely' }]));
    asked.length = 0;
    restore();
    await settle();
    expect(asked).toEqual([]);
    expect(reported).toEqual([]);
  });

  it('lets a late first answer show nothing once a restored page asked again', async () => {
    let release!: () => void;
    background = { hold: new Promise((resolve) => (release = resolve)) };
    const started = run(`/abs/${paper.arxivId}`, absPageFor({ arxivId: paper.arxivId!, title: paper.title }));
    await settle();
    // Left and restored while the first question was out; closed meanwhile in another tab.
    background = { closed: [paper.id] };
    restore();
    await settle();
    release();
    const { ui } = await started;
    await settle();
    expect(asked).toHaveLength(2);
    expect(ui.showPanel).not.toHaveBeenCalled();
    expect(panels()).toEqual([]);
  });

  it('keeps every entry in its place, an unreadable one sent empty, so badges land on their own entries', async () => {
    const a = withId[30]!;
    const shown = [{ arxivId: '2401.00004', title: 'x'.repeat(2_500) }, { arxivId: a.arxivId!, title: a.title }];
    const { ui } = await run('/list/cs/new', listingPage(shown));
    expect(asked[0]!.entries).toEqual([{}, { arxivId: a.arxivId, title: expect.any(String) }]);
    const targets = ui.showBadges.mock.calls[0]![0];
    const dts = [...document.querySelectorAll('dl > dt')];
    expect(targets.map((t) => [t.paper.id, dts.indexOf(t.anchor)])).toEqual([[a.id, 1]]);
  });

  it('asks nothing on an arXiv page that lists no papers', async () => {
    const { loadUi } = await run('/list/cs/new', listingPage([]));
    expect(asked).toEqual([]);
    expect(loadUi).not.toHaveBeenCalled();
  });
});

// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://arxiv.org/"}
/**
 * The arXiv content script's first stage with the background replaced by a
 * recorder: it reports the page's corpus papers, and loads the UI stage only
 * with the background's answer in hand, handing it the answered papers; a
 * panel the user closed loads nothing, and no answer shows nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageMatch, ReportAnswer } from '../../lib/messages';
import { buildMatchLookup } from '../../lib/match/lookup';
import type { Paper } from '../../lib/types';
import { loadCorpus } from '../../scripts/load-corpus';
import { absPageFor, listingPage } from '../support/arxiv-pages';

const reports: { url: string; matches: PageMatch[] }[] = [];
let answerWith: (matches: PageMatch[]) => ReportAnswer | undefined = () => undefined;
vi.mock('../../lib/content/background-client', () => ({
  reportMatches: async (url: string, matches: PageMatch[]) => {
    reports.push({ url, matches });
    return answerWith(matches);
  },
}));
const { runArxiv } = await import('../../lib/content/arxiv');

const corpus = loadCorpus();
const lookup = buildMatchLookup(corpus);
const byId = new Map(corpus.map((p) => [p.id, p]));
const withId = corpus.filter((p) => p.arxivId);
const paper = withId[5]!;

/** The background's answer: every reported paper, `closed` ones dismissed, `missing` ones left out. */
const answerAll =
  ({ closed = [], missing = [] }: { closed?: string[]; missing?: string[] } = {}) =>
  (matches: PageMatch[]): ReportAnswer => ({
    papers: matches.flatMap((m) => (missing.includes(m.paperId) ? [] : [byId.get(m.paperId)!])),
    dismissed: closed,
  });

/** Loads `html` under `path` and runs the first stage with a recording UI stage. */
async function run(path: string, html: string) {
  history.replaceState(null, '', path);
  // The saved pages' style sheets, scripts and frames stay out: happy-dom would try to load them.
  const inert = html
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '');
  document.documentElement.innerHTML = inert.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  const ctx = { addEventListener: () => undefined } as unknown as ContentScriptContext;
  const ui = {
    showPanel: vi.fn(async (_m: unknown, _p: Paper, _a: string | undefined) => undefined),
    showBadges: vi.fn(async (_t: { paper: Paper; match: PageMatch }[]) => undefined),
  };
  const loadUi = vi.fn(async () => ui);
  await runArxiv(ctx, () => lookup, loadUi);
  return { ui, loadUi };
}

afterEach(() => {
  reports.length = 0;
  answerWith = () => undefined;
});

describe('runArxiv and the background', () => {
  it("shows a corpus paper's panel with the paper the background answered", async () => {
    answerWith = answerAll();
    const { ui, loadUi } = await run(`/abs/${paper.arxivId}`, absPageFor({ arxivId: paper.arxivId!, title: paper.title }));
    expect(reports).toEqual([{ url: `https://arxiv.org/abs/${paper.arxivId}`, matches: [expect.objectContaining({ paperId: paper.id })] }]);
    expect(loadUi).toHaveBeenCalledTimes(1);
    expect(ui.showPanel).toHaveBeenCalledWith(expect.objectContaining({ paperId: paper.id }), paper, expect.any(String));
  });

  it('loads no panel code for a paper whose panel the user closed, though the page reports it', async () => {
    answerWith = answerAll({ closed: [paper.id] });
    const { loadUi } = await run(`/abs/${paper.arxivId}`, absPageFor({ arxivId: paper.arxivId!, title: paper.title }));
    expect(reports).toHaveLength(1);
    expect(loadUi).not.toHaveBeenCalled();
  });

  it('shows nothing when the background does not answer', async () => {
    const { loadUi } = await run(`/abs/${paper.arxivId}`, absPageFor({ arxivId: paper.arxivId!, title: paper.title }));
    expect(reports).toHaveLength(1);
    expect(loadUi).not.toHaveBeenCalled();
  });

  it('badges the listing entries whose papers the background answered, and only those', async () => {
    const [a, b, c] = withId.slice(10, 13) as [Paper, Paper, Paper];
    answerWith = answerAll({ missing: [b.id], closed: [c.id] });
    const html = listingPage([a, b, c].map((p) => ({ arxivId: p.arxivId!, title: p.title })));
    const { ui } = await run('/list/cs/new', html);
    expect(reports[0]!.matches.map((m) => m.paperId)).toEqual([a.id, b.id, c.id]);
    // A closed panel does not hide a listing badge.
    expect(ui.showBadges).toHaveBeenCalledTimes(1);
    expect(ui.showBadges.mock.calls[0]![0].map((t) => t.paper.id)).toEqual([a.id, c.id]);
  });

  it('asks nothing on an abstract page outside the corpus', async () => {
    answerWith = answerAll();
    const { loadUi } = await run('/abs/2106.09608', absPageFor({ arxivId: '2106.09608', title: 'A paper nobody listed in the corpus at all' }));
    expect(reports).toEqual([]);
    expect(loadUi).not.toHaveBeenCalled();
  });
});

import { describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../lib/background/message-handler';
import { createTabMatches } from '../../lib/background/tab-matches';
import { buildMatchLookup } from '../../lib/match/lookup';
import { isMessage } from '../../lib/messages';
import type { DismissalKind } from '../../lib/messages';
import { loadCorpus } from '../../scripts/load-corpus';

const corpus = loadCorpus();
const lookup = buildMatchLookup(corpus);
const LISTING = 'https://arxiv.org/list/cs/new';

/**
 * A background with one tab (id 9) whose current URL the test sets.
 * @param closed The panels the user closed, by kind (`'fail'`: reading them fails).
 */
function setup(
  initialUrl: string | undefined = LISTING,
  closed: Partial<Record<DismissalKind, string[]>> | 'fail' = {},
  { sessionFails = false } = {},
) {
  const badges: string[] = [];
  let current: string | undefined = initialUrl;
  const tabs = createTabMatches({
    setBadge: (_tab, text) => void badges.push(text),
    save: async () => {
      if (sessionFails) throw new Error('session storage unavailable');
    },
  });
  const injected: string[] = [];
  const added: string[] = [];
  const handle = createMessageHandler({
    corpus,
    tabMatches: tabs,
    tabUrl: async () => current,
    injectStage: async (tabId, frameId, stage) => void injected.push(`${tabId}/${frameId}/${stage}`),
    lookup: () => lookup,
    dismissals: {
      keys: async (kind) => {
        if (closed === 'fail') throw new Error('storage unavailable');
        return closed[kind] ?? [];
      },
      add: async (kind, key) => void added.push(`${kind}:${key}`),
    },
  });
  return { handle, badges, injected, added, goTo: (url: string | undefined) => void (current = url) };
}

const known = corpus[3]!.id;
const report = (url: string) => ({
  type: 'page-matches' as const,
  url,
  matches: [
    { paperId: known, evidence: 'arxiv-id', score: 1 },
    { paperId: 'not-a-paper', evidence: 'arxiv-id', score: 1 },
  ],
});

describe('background message handler', () => {
  it('records the papers a tab reports, ignoring unknown ids, and answers the popup', async () => {
    const { handle, badges } = setup();
    await handle(report(LISTING), { tab: { id: 9, url: LISTING } });
    expect(badges).toEqual(['1']);
    expect(await handle({ type: 'tab-matches', tabId: 9 }, {})).toEqual([{ paperId: known, evidence: 'arxiv-id', score: 1 }]);
  });

  it('drops a late report from a page the tab has already left', async () => {
    const { handle, badges } = setup();
    await handle(report(LISTING), { tab: { id: 9, url: 'https://arxiv.org/abs/2401.00001' } });
    expect(badges).toEqual([]);
    expect(await handle({ type: 'tab-matches', tabId: 9 }, {})).toEqual([]);
  });

  it('drops a report the tab has left while it waited, though the sender still named the page', async () => {
    const { handle, badges, goTo } = setup();
    goTo('https://arxiv.org/abs/2401.00001');
    await handle(report(LISTING), { tab: { id: 9, url: LISTING } });
    expect(badges).toEqual([]);
    expect(await handle({ type: 'tab-matches', tabId: 9 }, {})).toEqual([]);
  });

  it('answers the popup with nothing once the tab shows another site', async () => {
    const { handle, goTo } = setup();
    await handle(report(LISTING), { tab: { id: 9, url: LISTING } });
    goTo(undefined); // a site outside our hosts: the browser hides its URL from us
    expect(await handle({ type: 'tab-matches', tabId: 9 }, {})).toEqual([]);
    goTo(`${LISTING}#item3`); // back on the listing, scrolled to an anchor
    expect(await handle({ type: 'tab-matches', tabId: 9 }, {})).toHaveLength(1);
  });

  it('takes an empty report as the page showing none: the count is withdrawn', async () => {
    const { handle, badges } = setup();
    await handle(report(LISTING), { tab: { id: 9, url: LISTING } });
    expect(await handle({ type: 'page-matches', url: LISTING, matches: [] }, { tab: { id: 9, url: LISTING } })).toBeUndefined();
    expect(badges.at(-1)).toBe('');
    expect(await handle({ type: 'tab-matches', tabId: 9 }, {})).toEqual([]);
  });
});

describe('arXiv pages', () => {
  const ABS = `https://arxiv.org/abs/${corpus[3]!.arxivId}`;
  const noId = corpus.find((p) => !p.arxivId)!;
  const absPage = { type: 'arxiv-page' as const, url: ABS, entries: [{ arxivId: corpus[3]!.arxivId! }] };

  it("answers the paper's full details, so the panel asks nothing more", async () => {
    const { handle } = setup(ABS);
    const answer = await handle(absPage, { tab: { id: 9, url: ABS } });
    expect(answer.papers).toEqual([corpus[3]]);
    expect(answer.papers[0]!.abstract.length).toBeGreaterThan(100);
  });

  it('says which matched papers had their panel closed, and still counts them', async () => {
    const { handle, badges } = setup(ABS, { papers: [known, 'other'] });
    expect(await handle(absPage, { tab: { id: 9, url: ABS } })).toMatchObject({ papers: [corpus[3]], dismissed: [known] });
    expect(badges).toEqual(['1']);
  });

  it('shows closed panels again rather than lose a match when they cannot be read', async () => {
    const { handle } = setup(ABS, 'fail');
    expect(await handle(absPage, { tab: { id: 9, url: ABS } })).toMatchObject({ papers: [corpus[3]], dismissed: [] });
  });

  it('answers the page even when the tab bookkeeping fails (no panel lost to session storage)', async () => {
    const { handle } = setup(ABS, {}, { sessionFails: true });
    expect(await handle(absPage, { tab: { id: 9, url: ABS } })).toMatchObject({ papers: [corpus[3]], dismissed: [] });
  });

  it('matches an abstract page by id, answers the paper and records it for the toolbar', async () => {
    const { handle, badges } = setup(ABS);
    const answer = await handle({ type: 'arxiv-page', url: ABS, entries: [{ arxivId: corpus[3]!.arxivId!, title: 'whatever the page says' }] }, { tab: { id: 9, url: ABS } });
    expect(answer).toEqual({ hits: [{ entry: 0, match: expect.objectContaining({ paperId: known, evidence: 'arxiv-id' }) }], papers: [corpus[3]], dismissed: [] });
    expect(badges).toEqual(['1']);
  });

  it('matches by title only a paper without a known id, and refuses a title when the ids differ', async () => {
    const { handle } = setup(LISTING);
    const withId = corpus[3]!;
    const answer = await handle(
      {
        type: 'arxiv-page',
        url: LISTING,
        entries: [
          { arxivId: '2409.99999', title: noId.title },
          { arxivId: '2409.99998', title: withId.title },
          { title: 'A title nobody wrote' },
        ],
      },
      { tab: { id: 9, url: LISTING } },
    );
    expect(answer.hits.map((h) => [h.entry, h.match.paperId])).toEqual([[0, noId.id]]);
    expect(answer.papers.map((p) => p.id)).toEqual([noId.id]);
  });

  it('names each hit by its place among all the entries (empty ones and non-matches included)', async () => {
    const { handle } = setup(LISTING);
    const answer = await handle(
      {
        type: 'arxiv-page',
        url: LISTING,
        entries: [{}, { arxivId: '2401.00001', title: 'Nothing of ours' }, { title: noId.title }, { arxivId: corpus[3]!.arxivId! }],
      },
      { tab: { id: 9, url: LISTING } },
    );
    expect(answer.hits.map((h) => [h.entry, h.match.paperId])).toEqual([
      [2, noId.id],
      [3, known],
    ]);
  });

  it('accepts a full arXiv page of 2,000 entries', () => {
    expect(isMessage({ type: 'arxiv-page', url: LISTING, entries: Array.from({ length: 2000 }, () => ({})) })).toBe(true);
  });

  it('answers a page without corpus papers with nothing, and records nothing', async () => {
    const { handle, badges } = setup(LISTING);
    const answer = await handle({ type: 'arxiv-page', url: LISTING, entries: [{ arxivId: '2106.09608', title: 'Learning Knowledge Graph-based World Models of Textual Environments' }] }, { tab: { id: 9, url: LISTING } });
    expect(answer).toEqual({ hits: [], papers: [], dismissed: [] });
    expect(badges.filter((b) => b !== '')).toEqual([]);
  });

  it('says which matched papers had their panel closed', async () => {
    const { handle } = setup(ABS, { papers: [known] });
    const answer = await handle({ type: 'arxiv-page', url: ABS, entries: [{ arxivId: corpus[3]!.arxivId! }] }, { tab: { id: 9, url: ABS } });
    expect(answer.dismissed).toEqual([known]);
  });

  it('accepts only well-formed pages', () => {
    const ok = { type: 'arxiv-page', url: LISTING, entries: [{ arxivId: '2205.11916', title: 'x' }, { title: 'y' }, {}] };
    expect(isMessage(ok)).toBe(true);
    expect(isMessage({ ...ok, entries: [{ arxivId: 5 }] })).toBe(false);
    expect(isMessage({ ...ok, entries: [{ title: 'x'.repeat(2001) }] })).toBe(false);
    expect(isMessage({ ...ok, entries: Array.from({ length: 2001 }, () => ({})) })).toBe(false);
    expect(isMessage({ ...ok, entries: 'x' })).toBe(false);
    expect(isMessage({ ...ok, url: 3 })).toBe(false);
  });
});

describe('GitHub pages', () => {
  const linked = corpus.find((p) => p.links.some((l) => l.kind === 'code' && l.repo))!;
  const repoKey = linked.links.find((l) => l.kind === 'code' && l.repo)!.repo!.toLowerCase();
  const REPO = `https://github.com/${repoKey}`;

  it('matches the facts of a repository page, answers what to show and records it for the toolbar', async () => {
    const { handle, badges } = setup(REPO);
    const answer = await handle({ type: 'github-page', url: REPO, facts: { repoKey } }, { tab: { id: 9, url: REPO } });
    expect(answer).toMatchObject({ kind: 'repo', repoKey, matches: [{ paperId: linked.id, evidence: 'repo-link' }], dismissed: false });
    expect(badges).toEqual(['1']);
    expect(await handle({ type: 'tab-matches', tabId: 9 }, {})).toEqual([{ paperId: linked.id, evidence: 'repo-link', score: 1 }]);
  });

  it("answers with the shown papers' full details, matches then cited, so the panel asks nothing more", async () => {
    const { handle } = setup(REPO);
    const cited = corpus.filter((p) => p.arxivId && p.id !== linked.id).slice(0, 3);
    const answer = await handle(
      { type: 'github-page', url: REPO, facts: { repoKey, readme: { arxivIds: cited.map((p) => p.arxivId!) } } },
      { tab: { id: 9, url: REPO } },
    );
    if (answer.kind !== 'repo') throw new Error('expected a repository answer');
    const shown = [...answer.matches, ...answer.cited].map((m) => m.paperId);
    expect(shown).toContain(linked.id);
    expect(answer.cited.length).toBe(3);
    expect(answer.papers.map((p) => p.id)).toEqual(shown);
    expect(answer.papers.find((p) => p.id === linked.id)).toEqual(linked);
  });

  it('says when the user closed the panel, and still records the papers for the toolbar and the popup', async () => {
    const { handle, badges } = setup(REPO, { repos: [repoKey] });
    const answer = await handle({ type: 'github-page', url: REPO, facts: { repoKey } }, { tab: { id: 9, url: REPO } });
    expect(answer).toMatchObject({ kind: 'repo', dismissed: true, papers: [{ id: linked.id }] });
    expect(badges).toEqual(['1']);
  });

  it('answers a repository page even when the tab bookkeeping fails', async () => {
    const { handle } = setup(REPO, {}, { sessionFails: true });
    const answer = await handle({ type: 'github-page', url: REPO, facts: { repoKey } }, { tab: { id: 9, url: REPO } });
    expect(answer).toMatchObject({ kind: 'repo', papers: [{ id: linked.id }], dismissed: false });
  });

  it('shows the panel when the closed panels cannot be read', async () => {
    const { handle } = setup(REPO, 'fail');
    const answer = await handle({ type: 'github-page', url: REPO, facts: { repoKey } }, { tab: { id: 9, url: REPO } });
    expect(answer).toMatchObject({ kind: 'repo', dismissed: false });
  });

  it('answers none, and records nothing, for a repository without evidence', async () => {
    const { handle, badges } = setup('https://github.com/someone/else');
    const answer = await handle(
      { type: 'github-page', url: 'https://github.com/someone/else', facts: { repoKey: 'someone/else' } },
      { tab: { id: 9, url: 'https://github.com/someone/else' } },
    );
    expect(answer).toEqual({ kind: 'none' });
    expect(badges.filter((b) => b !== '')).toEqual([]);
  });

  it('matches README citations by id and by exact title', async () => {
    const [a, b] = corpus.filter((p) => p.arxivId).slice(40, 42);
    const { handle } = setup(REPO);
    const answer = await handle(
      { type: 'github-page', url: 'https://github.com/someone/code', facts: { repoKey: 'someone/code', readme: { arxivIds: [a!.arxivId!], text: `Cite "${b!.title}".` } } },
      {},
    );
    expect(answer.kind === 'repo' && answer.matches.map((m) => m.paperId)).toEqual([a!.id, b!.id]);
  });

  it('answers a late question but does not badge the page the tab has left', async () => {
    const { handle, badges } = setup(REPO);
    const answer = await handle({ type: 'github-page', url: REPO, facts: { repoKey } }, { tab: { id: 9, url: 'https://github.com/someone/else' } });
    expect(answer.kind).toBe('repo');
    expect(badges).toEqual([]);
  });

  it('accepts only well-formed facts', () => {
    const ok = { type: 'github-page', url: REPO, facts: { repoKey, parentNwo: 'a/b', readme: { arxivIds: ['2205.11916'], text: 'x' } } };
    expect(isMessage(ok)).toBe(true);
    expect(isMessage({ ...ok, facts: { repoKey } })).toBe(true);
    expect(isMessage({ ...ok, facts: {} })).toBe(false);
    expect(isMessage({ ...ok, facts: { repoKey, readme: { text: 'x' } } })).toBe(false);
    expect(isMessage({ ...ok, facts: { repoKey, readme: { arxivIds: [], text: 'x'.repeat(250_001) } } })).toBe(false);
    expect(isMessage({ ...ok, facts: { repoKey, parentNwo: 3 } })).toBe(false);
    expect(isMessage({ ...ok, url: undefined })).toBe(false);
  });
});

describe('closing a panel', () => {
  it('remembers a closed panel of a corpus paper or a repository', async () => {
    const { handle, added } = setup();
    await handle({ type: 'dismiss', kind: 'papers', key: known }, {});
    await handle({ type: 'dismiss', kind: 'repos', key: 'lxuechen/private-transformers' }, {});
    expect(added).toEqual([`papers:${known}`, 'repos:lxuechen/private-transformers']);
  });

  it('ignores keys no panel can show: an unknown paper, a malformed repository', async () => {
    const { handle, added } = setup();
    await handle({ type: 'dismiss', kind: 'papers', key: 'not-a-paper' }, {});
    await handle({ type: 'dismiss', kind: 'repos', key: 'no slash' }, {});
    await handle({ type: 'dismiss', kind: 'repos', key: 'Owner/Upper' }, {});
    await handle({ type: 'dismiss', kind: 'repos', key: 'owner/Upper' }, {});
    expect(added).toEqual([]);
  });

  it('accepts only well-formed dismiss messages', () => {
    expect(isMessage({ type: 'dismiss', kind: 'repos', key: 'o/r' })).toBe(true);
    expect(isMessage({ type: 'dismiss', kind: 'tabs', key: 'o/r' })).toBe(false);
    expect(isMessage({ type: 'dismiss', kind: 'papers', key: '' })).toBe(false);
    expect(isMessage({ type: 'dismiss', kind: 'papers', key: 'x'.repeat(201) })).toBe(false);
    expect(isMessage({ type: 'dismiss', kind: 'papers' })).toBe(false);
  });
});

describe('UI stages', () => {
  it("injects a content script's UI stage into the frame that asked", async () => {
    const { handle, injected } = setup();
    await handle({ type: 'load-ui', stage: 'github-ui' }, { tab: { id: 9, url: LISTING }, frameId: 3 });
    expect(injected).toEqual(['9/3/github-ui']);
  });

  it('refuses to inject anything but a known stage', () => {
    expect(isMessage({ type: 'load-ui', stage: 'github-ui' })).toBe(true);
    expect(isMessage({ type: 'load-ui', stage: '../background' })).toBe(false);
    expect(isMessage({ type: 'load-ui' })).toBe(false);
  });
});

describe('isMessage', () => {
  it('accepts well-formed messages', () => {
    expect(isMessage({ type: 'tab-matches', tabId: 1 })).toBe(true);
    expect(isMessage(report(LISTING))).toBe(true);
  });

  it('refuses other shapes, wrong field types and oversized lists', () => {
    expect(isMessage({ type: 'something-else' })).toBe(false);
    expect(isMessage(null)).toBe(false);
    expect(isMessage('page-matches')).toBe(false);
    expect(isMessage({ type: 'tab-matches', tabId: '1' })).toBe(false);
    expect(isMessage({ type: 'paper-details', ids: ['a'] })).toBe(false);
    expect(isMessage({ type: 'page-matches', url: LISTING, matches: [{ paperId: 'a' }] })).toBe(false);
    expect(isMessage({ type: 'page-matches', matches: [] })).toBe(false);
    const many = Array.from({ length: 2001 }, () => ({ paperId: 'a', evidence: 'arxiv-id', score: 1 }));
    expect(isMessage({ type: 'page-matches', url: LISTING, matches: many })).toBe(false);
    expect(isMessage({ type: 'page-matches', url: LISTING, matches: many.slice(0, 2000) })).toBe(true);
  });
});

/**
 * The content scripts' side of the messages checks every answer before a page
 * acts on it: anything but a well-formed answer counts as none (right or
 * silent). The background here is WXT's fake browser with a listener that
 * answers what each test sets.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { matchArxivPage, matchGitHubPage, reportMatches } from '../../lib/content/background-client';
import { loadCorpus } from '../../scripts/load-corpus';

const paper = loadCorpus()[3]!;
let reply: unknown;
// The fake browser answers through `sendResponse` (a listener returning `true`), not a returned promise.
const listener = (_message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
  sendResponse(reply);
  return true as const;
};

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener(listener as Parameters<typeof fakeBrowser.runtime.onMessage.addListener>[0]);
});
afterEach(() => {
  reply = undefined;
});

const URL_ABS = 'https://arxiv.org/abs/2205.11916';
const match = { paperId: paper.id, evidence: 'arxiv-id', score: 1 };

describe('matchArxivPage', () => {
  it('passes a well-formed answer through', async () => {
    reply = { hits: [{ entry: 0, match }], papers: [paper], dismissed: [] };
    expect(await matchArxivPage(URL_ABS, [{ arxivId: '2205.11916' }])).toEqual(reply);
  });

  it.each([
    ['no answer', undefined],
    ["the polyfill's rejection", { __mozWebExtensionPolyfillReject__: true, message: 'x' }],
    ['a hit without an entry index', { hits: [{ match }], papers: [paper], dismissed: [] }],
    ['a hit with a fractional index', { hits: [{ entry: 0.5, match }], papers: [paper], dismissed: [] }],
    ['a hit without evidence', { hits: [{ entry: 0, match: { paperId: paper.id } }], papers: [paper], dismissed: [] }],
    ['a paper without an abstract', { hits: [{ entry: 0, match }], papers: [{ ...paper, abstract: undefined }], dismissed: [] }],
    ['dismissed ids that are not strings', { hits: [], papers: [], dismissed: [3] }],
    ['no hits list', { papers: [], dismissed: [] }],
  ])('counts %s as no answer', async (_what, answer) => {
    reply = answer;
    expect(await matchArxivPage(URL_ABS, [{ arxivId: '2205.11916' }])).toBeUndefined();
  });
});

describe('reportMatches', () => {
  it('sends the page and its papers, and asks nothing back', async () => {
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener(((message: unknown) => void sent.push(message)) as Parameters<typeof fakeBrowser.runtime.onMessage.addListener>[0]);
    reply = { anything: 'ignored' };
    expect(await reportMatches(URL_ABS, [match])).toBeUndefined();
    expect(sent).toEqual([{ type: 'page-matches', url: URL_ABS, matches: [match] }]);
  });
});

describe('matchGitHubPage', () => {
  const repoPage = { kind: 'repo', repoKey: 'o/r', matches: [match], cited: [], signature: 's', papers: [paper], dismissed: false };

  it('passes a repository answer and a none through', async () => {
    reply = repoPage;
    expect(await matchGitHubPage('https://github.com/o/r', { repoKey: 'o/r' })).toEqual(repoPage);
    reply = { kind: 'none' };
    expect(await matchGitHubPage('https://github.com/o/r', { repoKey: 'o/r' })).toEqual({ kind: 'none' });
  });

  it.each([
    ['a missing dismissed flag', { ...repoPage, dismissed: undefined }],
    ['papers that are not papers', { ...repoPage, papers: ['x'] }],
    ['an unknown kind', { kind: 'maybe' }],
  ])('counts %s as no answer', async (_what, answer) => {
    reply = answer;
    expect(await matchGitHubPage('https://github.com/o/r', { repoKey: 'o/r' })).toBeUndefined();
  });
});

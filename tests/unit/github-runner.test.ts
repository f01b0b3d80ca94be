// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://github.com/"}
/**
 * The GitHub content script's bookkeeping with the background, with the
 * background replaced by a recorder whose answers the test releases: a late
 * answer must not leave a badge on the next page, a page visited again is
 * asked about again, and a closed panel's page loads no panel code.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { GitHubPageAnswer } from '../../lib/messages';
import { buildMatchLookup, toRepoLookup } from '../../lib/match/lookup';
import { toRepoPrecheck } from '../../lib/match/repo-precheck';
import { loadCorpus } from '../../scripts/load-corpus';

const sent: unknown[][] = [];
const pending: ((answer: GitHubPageAnswer) => void)[] = [];
vi.mock('../../lib/content/background-client', () => ({
  matchGitHubPage: (url: string) => {
    sent.push(['ask', url]);
    return new Promise<GitHubPageAnswer>((resolve) => pending.push(resolve));
  },
  reportMatches: async (url: string, matches: unknown[]) => {
    sent.push(['report', url, matches]);
  },
}));
const { runGitHub } = await import('../../lib/content/github');

const corpus = loadCorpus();
const tables = toRepoPrecheck(toRepoLookup(buildMatchLookup(corpus)));
const precheck = () => tables;

const paper = corpus.find((p) => p.links.some((l) => l.kind === 'code' && l.repo))!;
const repo = paper.links.find((l) => l.kind === 'code' && l.repo)!.repo!;

/** Moves the page to `path` the way GitHub's soft navigation does: new URL, new head, an event. */
function navigate(path: string, nwo: string | undefined, event = 'turbo:render') {
  history.pushState(null, '', path);
  document.head.innerHTML = nwo ? `<meta name="octolytics-dimension-repository_nwo" content="${nwo}">` : '';
  document.body.innerHTML = '<main>page</main>';
  if (event === 'popstate') window.dispatchEvent(new PopStateEvent('popstate'));
  else document.dispatchEvent(new Event(event));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 60)); // past the 30 ms debounce

function start() {
  const controller = new AbortController();
  const ctx = {
    addEventListener: (target: EventTarget, type: string, handler: EventListener) =>
      target.addEventListener(type, handler, { signal: controller.signal }),
    setTimeout: (handler: () => void, ms: number) => window.setTimeout(handler, ms),
  } as unknown as ContentScriptContext;
  const loadUi = vi.fn(async () => ({ show: vi.fn(async () => undefined), hide: vi.fn(async () => undefined) }));
  runGitHub(ctx, precheck, loadUi);
  return { loadUi, stop: () => controller.abort() };
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  sent.length = 0;
  pending.length = 0;
});

const repoAnswer: GitHubPageAnswer = {
  kind: 'repo',
  repoKey: repo.toLowerCase(),
  matches: [{ paperId: paper.id, evidence: 'repo-link', score: 1 }],
  cited: [],
  signature: 'x',
  papers: [paper],
  dismissed: false,
};

describe('runGitHub and the background', () => {
  it("withdraws a page's report when the user leaves before its answer came back", async () => {
    navigate(`/${repo}`, repo);
    const run = start();
    stop = run.stop;
    expect(sent).toEqual([['ask', `https://github.com/${repo}`]]);
    navigate('/topics/nlp', undefined);
    await settle();
    expect(sent).toContainEqual(['report', 'https://github.com/topics/nlp', []]);
    // The old page's answer arrives late: nothing is shown for it.
    pending[0]!(repoAnswer);
    await settle();
    expect(run.loadUi).not.toHaveBeenCalled();
  });

  it('asks again about a page visited again, and shows its panel', async () => {
    navigate(`/${repo}`, repo);
    const run = start();
    stop = run.stop;
    pending[0]!(repoAnswer);
    await settle();
    expect(run.loadUi).toHaveBeenCalledTimes(1);
    navigate('/topics/nlp', undefined);
    await settle();
    navigate(`/${repo}`, repo, 'popstate');
    await settle();
    expect(sent.filter(([kind]) => kind === 'ask')).toHaveLength(2);
    expect(sent).toContainEqual(['report', 'https://github.com/topics/nlp', []]);
  });

  it('loads no panel for a repository whose panel the user closed, and leaves its papers counted', async () => {
    navigate(`/${repo}`, repo);
    const run = start();
    stop = run.stop;
    pending[0]!({ ...repoAnswer, dismissed: true });
    await settle();
    expect(run.loadUi).not.toHaveBeenCalled();
    // The answer stands as the page's report: nothing withdrawn while the user stays.
    expect(sent).toEqual([['ask', `https://github.com/${repo}`]]);
    navigate('/topics/nlp', undefined);
    await settle();
    expect(sent).toContainEqual(['report', 'https://github.com/topics/nlp', []]);
  });

  it('sends nothing at all on pages that cannot show a corpus paper', async () => {
    navigate('/topics/nlp', undefined);
    stop = start().stop;
    navigate('/microsoft/playwright', 'microsoft/playwright');
    await settle();
    expect(sent).toEqual([]);
  });
});

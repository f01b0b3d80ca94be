import { describe, expect, it } from 'vitest';
import { readRepoFacts } from '../../lib/content/github-page';
import { buildMatchLookup, toRepoLookup } from '../../lib/match/lookup';
import { matchRepoFacts, type GitHubPageResult } from '../../lib/match/repo-page';
import { toRepoPrecheck } from '../../lib/match/repo-precheck';
import { loadCorpus } from '../../scripts/load-corpus';
import { githubFixture, issuePageAs, notFoundPage, readmeCiting, repoPageAs } from '../support/github-pages';
import { htmlParser } from '../support/dom';

const corpus = loadCorpus();
const lookup = toRepoLookup(buildMatchLookup(corpus));
const paper = corpus.find((p) => p.links.some((l) => l.kind === 'code'))!;
const repo = paper.links.find((l) => l.kind === 'code')!.label;

const { parse } = htmlParser('https://github.com/');

const precheck = toRepoPrecheck(lookup);

/** The content script's read, then the background's match, as in the extension. */
const read = (html: string, url: string): GitHubPageResult => {
  const facts = readRepoFacts(parse(html), new URL(url), precheck);
  return facts ? matchRepoFacts(lookup, facts) : { kind: 'none' };
};

describe('readRepoFacts, then matchRepoFacts', () => {
  it('finds nothing on the saved microsoft/playwright page', () => {
    expect(read(githubFixture('github.com__microsoft__playwright__2026-08.html'), 'https://github.com/microsoft/playwright')).toEqual({ kind: 'none' });
  });

  it('names the paper whose code link the repository is, on its home and sub-pages', () => {
    for (const [html, url] of [
      [repoPageAs(repo), `https://github.com/${repo}`],
      [issuePageAs(repo), `https://github.com/${repo}/issues/56`],
    ] as const) {
      const result = read(html, url);
      expect(result.kind).toBe('repo');
      if (result.kind !== 'repo') continue;
      expect(result.matches.map((m) => [m.paperId, m.evidence])).toEqual([[paper.id, 'repo-link']]);
      expect(result.repoKey).toBe(repo.toLowerCase());
    }
  });

  it('says "fork of" for a fork of a paper\'s repository, without claiming the fork is the code', () => {
    const result = read(repoPageAs('someone/private-transformers', { fork: { parentNwo: repo } }), 'https://github.com/someone/private-transformers');
    expect(result).toMatchObject({ kind: 'repo', forkOf: repo, repoKey: 'someone/private-transformers' });
  });

  it('reports a README citing many corpus papers as a list', () => {
    const ids = corpus.slice(30, 34).map((p) => p.arxivId!);
    const result = read(repoPageAs('someone/awesome-llm', { readmeHtml: readmeCiting(ids) }), 'https://github.com/someone/awesome-llm');
    expect(result.kind).toBe('repo');
    if (result.kind === 'repo') {
      expect(result.matches).toEqual([]);
      expect(result.cited.map((m) => m.paperId).sort()).toEqual(corpus.slice(30, 34).map((p) => p.id).sort());
    }
  });

  it('names the paper on its repository when the repository is empty or archived, and nothing on others', () => {
    for (const options of [{ empty: true }, { archived: true }] as const) {
      const result = read(repoPageAs(repo, options), `https://github.com/${repo}`);
      expect(result.kind).toBe('repo');
      if (result.kind === 'repo') expect(result.matches.map((m) => [m.paperId, m.evidence])).toEqual([[paper.id, 'repo-link']]);
      // No evidence, no panel: neither state is evidence of anything.
      expect(read(repoPageAs('someone/unrelated', options), 'https://github.com/someone/unrelated')).toEqual({ kind: 'none' });
    }
  });

  it('still reads README citations on an archived repository', () => {
    const cited = corpus.find((p) => p.arxivId && !p.links.some((l) => l.kind === 'code'))!;
    const result = read(repoPageAs('someone/old-code', { archived: true, readmeHtml: readmeCiting([cited.arxivId!]) }), 'https://github.com/someone/old-code');
    expect(result.kind).toBe('repo');
    if (result.kind === 'repo') expect(result.matches.map((m) => [m.paperId, m.evidence])).toEqual([[cited.id, 'readme-cites']]);
  });

  it('stays silent on a 404 page and on a GitHub page that is not a repository', () => {
    expect(read(notFoundPage(), 'https://github.com/nobody/missing')).toEqual({ kind: 'none' });
    // A 404 at a paper's repository address (deleted, or private): the page does not show it.
    expect(read(notFoundPage(), `https://github.com/${repo}`)).toEqual({ kind: 'none' });
    expect(read('<html><body>odd</body></html>', 'https://github.com/topics/nlp')).toEqual({ kind: 'none' });
  });

  it('refuses a page whose meta tags name another repository than the URL (stale after navigation)', () => {
    expect(read(repoPageAs(repo), 'https://github.com/microsoft/playwright')).toEqual({ kind: 'none' });
    // The other way round: the URL names a paper's repository, the page (not yet replaced) another one.
    expect(read(repoPageAs('microsoft/playwright'), `https://github.com/${repo}`)).toEqual({ kind: 'none' });
  });
});

describe('readRepoFacts', () => {
  it('asks nothing about a repository page that cannot show a corpus paper', () => {
    expect(readRepoFacts(parse(githubFixture('github.com__microsoft__playwright__2026-08.html')), new URL('https://github.com/microsoft/playwright'), precheck)).toBeUndefined();
  });

  it('sends the README text only when it may quote a title, and its ids only when it may cite one', () => {
    const byId = readRepoFacts(
      parse(repoPageAs('someone/implementation', { readmeHtml: readmeCiting([corpus[20]!.arxivId!]) })),
      new URL('https://github.com/someone/implementation'),
      precheck,
    );
    expect(byId).toEqual({ repoKey: 'someone/implementation', readme: { arxivIds: [corpus[20]!.arxivId!] } });
    const byTitle = readRepoFacts(
      parse(repoPageAs('someone/implementation', { readmeHtml: `<h2>Citation</h2><p>"${corpus[20]!.title}"</p>` })),
      new URL('https://github.com/someone/implementation'),
      precheck,
    );
    expect(byTitle).toMatchObject({ repoKey: 'someone/implementation', readme: { arxivIds: [] } });
    expect(byTitle?.readme?.text).toContain(corpus[20]!.title);
  });

  it('asks about a corpus repository without reading a README that cites nothing', () => {
    expect(readRepoFacts(parse(repoPageAs(repo)), new URL(`https://github.com/${repo}`), precheck)).toEqual({ repoKey: repo.toLowerCase() });
  });

  it('reads the tables only on a repository page', () => {
    let calls = 0;
    const lazy = () => (calls++, precheck);
    expect(readRepoFacts(parse('<html><body>odd</body></html>'), new URL('https://github.com/topics/nlp'), lazy)).toBeUndefined();
    expect(calls).toBe(0);
    readRepoFacts(parse(repoPageAs(repo)), new URL(`https://github.com/${repo}`), lazy);
    expect(calls).toBe(1);
  });
});

describe('readRepoFacts on sub-pages', () => {
  it('reads README citations on the repository home only', () => {
    const html = repoPageAs('someone/implementation', { readmeHtml: readmeCiting([corpus[20]!.arxivId!]) });
    expect(read(html, 'https://github.com/someone/implementation')).toMatchObject({ kind: 'repo', matches: [{ paperId: corpus[20]!.id }] });
    expect(read(html, 'https://github.com/someone/implementation/tree/main/docs')).toEqual({ kind: 'none' });
  });
});

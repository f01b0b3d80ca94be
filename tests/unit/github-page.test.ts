import { describe, expect, it } from 'vitest';
import { readGitHubPage } from '../../lib/content/github-page';
import { buildMatchLookup, toRepoLookup } from '../../lib/match/lookup';
import { loadCorpus } from '../../scripts/load-corpus';
import { githubFixture, issuePageAs, notFoundPage, readmeCiting, repoPageAs } from '../support/github-pages';
import { htmlParser } from '../support/dom';

const corpus = loadCorpus();
const lookup = toRepoLookup(buildMatchLookup(corpus));
const paper = corpus.find((p) => p.links.some((l) => l.kind === 'code'))!;
const repo = paper.links.find((l) => l.kind === 'code')!.label;

const { parse } = htmlParser('https://github.com/');

const read = (html: string, url: string) => readGitHubPage(parse(html), new URL(url), lookup);

describe('readGitHubPage', () => {
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

  it('stays silent on a 404 page and on a GitHub page that is not a repository', () => {
    expect(read(notFoundPage(), 'https://github.com/nobody/missing')).toEqual({ kind: 'none' });
    expect(read('<html><body>odd</body></html>', 'https://github.com/topics/nlp')).toEqual({ kind: 'none' });
  });

  it('refuses a page whose meta tags name another repository than the URL (stale after navigation)', () => {
    expect(read(repoPageAs(repo), 'https://github.com/microsoft/playwright')).toEqual({ kind: 'none' });
  });
});

describe('readGitHubPage on sub-pages', () => {
  it('reads README citations on the repository home only', () => {
    const html = repoPageAs('someone/implementation', { readmeHtml: readmeCiting([corpus[20]!.arxivId!]) });
    expect(read(html, 'https://github.com/someone/implementation')).toMatchObject({ kind: 'repo', matches: [{ paperId: corpus[20]!.id }] });
    expect(read(html, 'https://github.com/someone/implementation/tree/main/docs')).toEqual({ kind: 'none' });
  });
});

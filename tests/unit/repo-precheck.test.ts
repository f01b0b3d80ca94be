/**
 * The GitHub content script's first check must never hide a match: every test
 * here pairs "the full matcher finds a paper" with "the first check says maybe",
 * and shows that the check says "no" to what cannot match.
 */
import { describe, expect, it } from 'vitest';
import { buildMatchLookup, toRepoLookup } from '../../lib/match/lookup';
import { matchReadme } from '../../lib/match/repo-matcher';
import { isCorpusRepo, mayCiteIds, mayCiteTitle, toRepoPrecheck } from '../../lib/match/repo-precheck';
import { readReadme } from '../../lib/pages/readme-citations';
import { loadCorpus } from '../../scripts/load-corpus';
import { htmlParser } from '../support/dom';
import { githubFixture, readmeCiting } from '../support/github-pages';

const corpus = loadCorpus();
const lookup = toRepoLookup(buildMatchLookup(corpus));
const pre = toRepoPrecheck(lookup);
const { parse } = htmlParser('https://github.com/');

/** The full matcher's verdict and the first check's, on one README (the README alone, with its markup as GitHub renders it). */
function verdicts(readmeHtml: string) {
  const readme = readReadme(parse(`<article class="markdown-body" itemprop="text">${readmeHtml}</article>`))!;
  const found = matchReadme(lookup, { arxivIds: readme.arxivIds, text: readme.text });
  const papers = found.kind === 'list' ? found.papers : found.matches;
  return {
    found: papers.map((m) => m.paperId),
    maybe: mayCiteIds(pre, readme.quickText, readme.arxivHrefs) || mayCiteTitle(pre, readme.quickText),
  };
}

describe('toRepoPrecheck', () => {
  it('keeps repository keys, arXiv ids and title anchors: no paper ids, titles or abstracts', () => {
    expect(Object.keys(pre).sort()).toEqual(['anchors', 'arxivIds', 'repos']);
    expect(pre.arxivIds).toHaveLength(corpus.filter((p) => p.arxivId).length);
    expect(pre.repos.length).toBe(Object.keys(lookup.repos).length);
    // A quarter of the GitHub lookup, or less.
    expect(JSON.stringify(pre).length).toBeLessThan(JSON.stringify(lookup).length / 4);
  });
});

describe('isCorpusRepo', () => {
  it('knows every corpus code repository, whatever its case, and nothing else', () => {
    const keys = corpus.flatMap((p) => p.links.flatMap((l) => (l.kind === 'code' && l.repo ? [l.repo] : [])));
    expect(keys.length).toBeGreaterThan(30);
    for (const key of keys) {
      expect(isCorpusRepo(pre, key)).toBe(true);
      expect(isCorpusRepo(pre, key.toUpperCase())).toBe(true);
    }
    expect(isCorpusRepo(pre, 'microsoft/playwright')).toBe(false);
    expect(isCorpusRepo(pre, `${keys[0]}-fork`)).toBe(false);
  });
});

describe('mayCiteIds', () => {
  const id = corpus.find((p) => p.arxivId)!.arxivId!;

  it.each([
    `arXiv:${id}`,
    `CitationarXiv:${id}Installation`, // blocks run together in the raw text
    `arXiv ${id}v3`,
    `eprint = {${id}},`,
    `https://arxiv.org/abs/${id}`,
    `${id}2023`, // digits of the next block glued on
  ])('says maybe for %s', (text) => {
    expect(mayCiteIds(pre, text, [])).toBe(true);
  });

  it('reads ids in links whose text does not show them', () => {
    expect(mayCiteIds(pre, 'paper', [`https://doi.org/10.48550/arXiv.${id}`])).toBe(true);
  });

  it('says no to text without a corpus id', () => {
    expect(mayCiteIds(pre, 'Install with pip. See arXiv:1706.03762 and version 2023.10.1', ['https://arxiv.org/abs/1706.03762'])).toBe(false);
    expect(mayCiteIds(pre, '', [])).toBe(false);
  });
});

describe('the first check never hides a match', () => {
  it('on READMEs citing corpus papers by id, in every form the reader knows', () => {
    const withId = corpus.filter((p) => p.arxivId);
    for (let i = 0; i < withId.length; i += 7) {
      const v = verdicts(readmeCiting([withId[i]!.arxivId!]));
      expect(v.found).toEqual([withId[i]!.id]);
      expect(v.maybe).toBe(true);
    }
  });

  it('on READMEs quoting each corpus title, even with blocks run together', () => {
    for (const paper of corpus) {
      for (const html of [
        `<h2>Citation</h2><p>If you use this code, please cite <em>${paper.title}</em>.</p>`,
        `<h2>Citation</h2><pre><code>@article{x,\n  title={${paper.title}},\n}</code></pre>`,
        `<h1>Paper</h1><h3>${paper.title}</h3><p>We release the code.</p>`,
        // Blocks whose text runs into a number in the raw text: `…by Proxy2024`.
        `<table><tr><td>${paper.title}</td><td>2024</td></tr></table>`,
        `<p>${paper.title}<br>2024, NeurIPS</p>`,
        `<ul><li>2023</li><li>${paper.title}</li></ul>`,
      ]) {
        const v = verdicts(html);
        if (v.found.length) expect(v.maybe, `${paper.id}: ${html}`).toBe(true);
      }
      // The plain forms are found, so the pairing above is not vacuous.
      expect(verdicts(`<h3>${paper.title}</h3><p>We release the code.</p>`).found, paper.id).toContain(paper.id);
    }
  });

  it('where the README is longer than the text the reader keeps', () => {
    const id = corpus.find((p) => p.arxivId)!.arxivId!;
    const title = corpus[20]!.title;
    for (const html of [
      `<p>arXiv</p><pre>${' '.repeat(200_000)}arXiv:${id}</pre>`,
      `<p>Cite</p><pre>${' '.repeat(199_950)}</pre><h3>${title}</h3><p>x</p>`,
      `<p>${'word '.repeat(40_000)}</p><h3>${title}</h3><p>arXiv:${id}</p>`,
    ]) {
      const v = verdicts(html);
      if (v.found.length) expect(v.maybe, html.slice(-120)).toBe(true);
    }
  });

  it('says no on the saved microsoft/playwright README', () => {
    const readme = readReadme(parse(githubFixture('github.com__microsoft__playwright__2026-08.html')))!;
    expect(readme.quickText.length).toBeGreaterThan(1000);
    expect(mayCiteIds(pre, readme.quickText, readme.arxivHrefs)).toBe(false);
    expect(mayCiteTitle(pre, readme.quickText)).toBe(false);
  });
});

describe('mayCiteTitle', () => {
  const anchors = ['proxy tuning', 'autopeft configuration', 'mblip', 'ai'];
  const small = { repos: [], arxivIds: [], anchors };

  it.each([
    ['Tuning Language Models by Proxy', true],
    ['CitationTuning Language Models by ProxyWe release', true], // blocks glued, case changes at the seams
    ['PaperAutoPEFT: Automatic Configuration Search', true], // an anchor with a case change inside, glued
    ['PapermBLIP: Efficient Bootstrapping', true], // an anchor starting in lower case, glued
    ['AboutModelsOfAI', true], // an anchor shorter than the prefix index, glued
    ['Proxying requests and finetunings', false], // anchors only inside longer plain words
    ['Tuning the proxy server', true], // both words as words: worth the exact check (which refuses it)
    ['Nothing to see', false],
    ['Tuning Language Models by Proxy2024', true], // a title cell glued to a year cell
    ['2023proxy tuning', true], // digits glued before a lower-case anchor
    ['İzmir: CitationTuning Language Models by ProxyWe', true], // lower-casing İ shifts positions: still seen
  ])('%s → %s', (text, maybe) => {
    expect(mayCiteTitle(small, text)).toBe(maybe);
  });
});


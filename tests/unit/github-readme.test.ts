import { describe, expect, it } from 'vitest';
import {
  README_MAX_IDS,
  README_TEXT_CAP,
  extractArxivIds,
  normalizeArxivId,
  readReadme,
} from '../../lib/pages/readme-citations';
import { GITHUB_FIXTURES } from '../../lib/selectors/github';
import { githubFixture, readmeCiting, repoPageAs } from '../support/github-pages';
import { htmlParser } from '../support/dom';

const { parse } = htmlParser('https://github.com/');

/** `count` distinct valid new-style ids. */
function manyIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `2301.${String(10000 + i).padStart(5, '0')}`);
}

describe('extractArxivIds: links', () => {
  it.each([
    ['https://arxiv.org/abs/2205.11916', '2205.11916'],
    ['https://arxiv.org/abs/2205.11916v3', '2205.11916'],
    ['http://arxiv.org/abs/1706.03762', '1706.03762'],
    ['https://www.arxiv.org/abs/2106.09685', '2106.09685'],
    ['https://arxiv.org/pdf/2205.11916', '2205.11916'],
    ['https://arxiv.org/pdf/2205.11916.pdf', '2205.11916'],
    ['https://arxiv.org/pdf/2205.11916v2.pdf', '2205.11916'],
    ['http://export.arxiv.org/abs/2205.11916', '2205.11916'],
    ['https://arxiv.org/html/2402.17764v1', '2402.17764'],
    ['//arxiv.org/abs/1412.6980', '1412.6980'],
    ['https://arxiv.org/abs/0704.0001', '0704.0001'],
    ['https://arxiv.org/abs/hep-th/9901001', 'hep-th/9901001'],
    ['https://arxiv.org/abs/hep-th/9901001v2', 'hep-th/9901001'],
    ['https://arxiv.org/abs/math.GT/0309136', 'math/0309136'],
    ['https://arxiv.org/pdf/cs/0112017v1.pdf', 'cs/0112017'],
    ['https://doi.org/10.48550/arXiv.2205.11916', '2205.11916'],
    ['  https://arxiv.org/abs/2205.11916#  ', '2205.11916'],
  ])('%s → %s', (href, id) => {
    expect(extractArxivIds('', [href])).toEqual([id]);
  });

  it.each([
    'https://alphaxiv.org/abs/2205.11916',
    'https://ar5iv.org/abs/2205.11916',
    'https://notarxiv.org/abs/2205.11916',
    'https://arxiv.org.evil.example/abs/2205.11916',
    'https://example.com/?u=https://arxiv.org/abs/2205.11916',
    'https://arxiv.org/list/cs.CL/recent',
    'https://arxiv.org/abs/2205.119161',
    'https://arxiv.org/abs/2213.11916',
    'https://arxiv.org/abs/1501.1234',
    'https://arxiv.org/abs/1412.12345',
    'https://arxiv.org/abs/foo/9901001',
    'https://github.com/kojima-takeshi188/zero_shot_cot',
    '#citation',
  ])('ignores %s', (href) => {
    expect(extractArxivIds('', [href])).toEqual([]);
  });
});

describe('extractArxivIds: text', () => {
  it.each([
    ['Kojima et al., arXiv:2205.11916, 2022.', '2205.11916'],
    ['arXiv preprint arXiv:2205.11916v4', '2205.11916'],
    ['see arXiv 2205.11916 for details', '2205.11916'],
    ['ARXIV: 2205.11916', '2205.11916'],
    ['doi: 10.48550/arXiv.2205.11916', '2205.11916'],
    ['paper: https://arxiv.org/abs/2205.11916 (code below)', '2205.11916'],
    ['url = {http://arxiv.org/pdf/2205.11916.pdf}', '2205.11916'],
    ['arXiv:hep-th/9901001', 'hep-th/9901001'],
    ['arXiv: math.GT/0309136v1', 'math/0309136'],
  ])('%s → %s', (text, id) => {
    expect(extractArxivIds(text, [])).toEqual([id]);
  });

  it('reads a BibTeX eprint only when its entry says arXiv', () => {
    const arxivEntry = `@article{kojima2022large,
  title={Large Language Models are Zero-Shot Reasoners},
  author={Kojima, Takeshi and Gu, Shixiang Shane},
  eprint={2205.11916},
  archivePrefix={arXiv},
  primaryClass={cs.CL}
}`;
    const quotedEntry = '@misc{x, eprint = "hep-th/9901001", eprinttype = "arxiv"}';
    const otherEntry = '@misc{y, eprint={1905.00001}, archivePrefix={HAL}}\n@misc{z, note={unrelated}}';
    expect(extractArxivIds(arxivEntry, [])).toEqual(['2205.11916']);
    expect(extractArxivIds(quotedEntry, [])).toEqual(['hep-th/9901001']);
    expect(extractArxivIds(otherEntry, [])).toEqual([]);
  });

  it('ignores numbers that only look like ids', () => {
    expect(extractArxivIds('version 2205.11916 of the dataset; pi is 3141.59265; v1234.5678', [])).toEqual([]);
    expect(extractArxivIds('xarxiv:2205.11916 and ar5iv:2205.11916', [])).toEqual([]);
    expect(extractArxivIds('arXiv preprint/9901001 and arXiv:2205.1191', [])).toEqual([]);
  });
});

describe('extractArxivIds: dedupe, order, cap', () => {
  it('dedupes across versions and forms, links first, then text in order', () => {
    const ids = extractArxivIds('arXiv:1706.03762 then arXiv:2205.11916v2 and https://arxiv.org/abs/1706.03762', [
      'https://arxiv.org/pdf/2205.11916v1.pdf',
      'https://arxiv.org/abs/2205.11916',
      'https://arxiv.org/abs/hep-th/9901001',
    ]);
    expect(ids).toEqual(['2205.11916', 'hep-th/9901001', '1706.03762']);
  });

  it('stops at the cap', () => {
    expect(extractArxivIds('', manyIds(500).map((id) => `https://arxiv.org/abs/${id}`))).toHaveLength(README_MAX_IDS);
    expect(extractArxivIds(manyIds(10).map((id) => `arXiv:${id}`).join(' '), [], 3)).toEqual(manyIds(3));
  });

  it('reads 500 links and 500 text citations, in order', () => {
    const ids = manyIds(500);
    const hrefs = ids.map((id, i) => (i % 2 ? `https://arxiv.org/pdf/${id}v1.pdf` : `https://arxiv.org/abs/${id}`));
    const text = ids.map((id) => `Some paper title, arXiv:${id}.`).join(' ');
    const found = extractArxivIds(text, hrefs, 1_000);
    expect(found).toEqual(ids);
  });
});

describe('normalizeArxivId', () => {
  it.each([
    ['2205.11916v3', '2205.11916'],
    ['0704.0001', '0704.0001'],
    ['1412.9999', '1412.9999'],
    ['1501.00001', '1501.00001'],
    ['Hep-TH/9901001V2', 'hep-th/9901001'],
    ['astro-ph.CO/0701001', 'astro-ph/0701001'],
  ])('%s → %s', (raw, id) => {
    expect(normalizeArxivId(raw)).toBe(id);
  });

  it.each(['0703.0001', '1413.0001', '2200.12345', '1412.12345', '1501.0001', 'hep-th/0813001', 'hep-th/1001001', 'foo/9901001', '12345'])(
    'rejects %s',
    (raw) => {
      expect(normalizeArxivId(raw)).toBeUndefined();
    },
  );
});

describe('readReadme', () => {
  it('reads the saved playwright README: text, and no arXiv citations', () => {
    const readme = readReadme(parse(githubFixture(GITHUB_FIXTURES.repoHome)));
    expect(readme?.arxivIds).toEqual([]);
    expect(readme?.text).toMatch(/^🎭 Playwright\nDocumentation \| API reference\nPlaywright is a framework /);
    expect(readme?.text).toContain('Playwright is a framework for web automation and testing. It drives Chromium, Firefox, and WebKit');
    expect(readme?.text).not.toMatch(/\s{2}/);
  });

  it('is undefined on a page with no README (an issue page)', () => {
    expect(readReadme(parse(githubFixture(GITHUB_FIXTURES.issue)))).toBeUndefined();
  });

  it('finds every id of a derived README, whatever form cites it', () => {
    const ids = ['2205.11916', '1706.03762', '2106.09685', 'hep-th/9901001', '2402.17764'];
    const titles = ['Large Language Models are Zero-Shot Reasoners', 'Attention Is All You Need'];
    const doc = parse(repoPageAs('kojima-takeshi188/zero_shot_cot', { readmeHtml: readmeCiting(ids, titles) }));
    const readme = readReadme(doc);
    expect(readme?.arxivIds.slice().sort()).toEqual(ids.slice().sort());
    expect(readme?.text).toContain('Large Language Models are Zero-Shot Reasoners');
    expect(readme?.text).toContain('Attention Is All You Need');
    expect(readme?.text).not.toContain('Playwright is a framework for web automation');
  });

  it('keeps only the links that name arXiv, in any case, and reads ids from them', () => {
    const doc = parse(
      '<article class="markdown-body" itemprop="text"><p><a href="https://doi.org/10.48550/arXiv.2205.11916">paper</a> ' +
        '<a href="HTTPS://ARXIV.ORG/abs/1706.03762">pdf</a> <a href="https://github.com/a/b">code</a> <a href="#usage">usage</a></p></article>',
    );
    const readme = readReadme(doc);
    expect(readme?.arxivHrefs).toEqual(['https://doi.org/10.48550/arXiv.2205.11916', 'HTTPS://ARXIV.ORG/abs/1706.03762']);
    expect(readme?.arxivIds).toEqual(['2205.11916', '1706.03762']);
  });

  it('reads the legacy layout (#readme article.markdown-body)', () => {
    const doc = parse(
      '<main><div id="readme"><article class="markdown-body entry-content"><h2>Citation</h2><p>arXiv:2205.11916</p></article></div></main>',
    );
    const readme = readReadme(doc);
    expect({ text: readme?.text, arxivIds: readme?.arxivIds }).toEqual({ text: 'Citation\narXiv:2205.11916', arxivIds: ['2205.11916'] });
    // The raw text runs the blocks together; the exact text is what citations are read from.
    expect(readme?.quickText).toBe('CitationarXiv:2205.11916');
  });

  it('breaks the line at block boundaries (a heading stands apart from the paragraph after it) and skips svg', () => {
    const doc = parse(
      '<article class="markdown-body" itemprop="text"><h1>Title<svg><title>link icon</title></svg></h1><p>First <b>bold</b>word</p><ul><li>a</li><li>b</li></ul></article>',
    );
    expect(readReadme(doc)?.text).toBe('Title\nFirst boldword\na\nb');
  });

  it('caps the text of a huge README', () => {
    const paragraph = `<p>${'lorem ipsum dolor sit amet '.repeat(400)}</p>`;
    const doc = parse(`<article class="markdown-body" itemprop="text">${paragraph.repeat(100)}<p>arXiv:2205.11916</p></article>`);
    const readme = readReadme(doc);
    expect(readme?.text.length).toBeLessThanOrEqual(README_TEXT_CAP);
    expect(readme?.text.length).toBeGreaterThan(README_TEXT_CAP - 100);
    // The citation is past the cap: not read, by design.
    expect(readme?.arxivIds).toEqual([]);
  });

  it('reads a README with 500 arXiv links up to the id cap', () => {
    const ids = manyIds(500);
    const doc = parse(repoPageAs('dair-ai/ml-papers-of-the-week', { readmeHtml: readmeCiting(ids) }));
    const readme = readReadme(doc);
    expect(readme?.arxivIds).toHaveLength(README_MAX_IDS);
    expect(new Set(readme?.arxivIds).size).toBe(README_MAX_IDS);
    for (const id of readme?.arxivIds ?? []) expect(ids).toContain(id);
  });
});

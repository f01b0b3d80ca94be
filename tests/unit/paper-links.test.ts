import { describe, expect, it } from 'vitest';
import { arxivUrl, keyHints, linkButtons, primaryUrl } from '../../lib/paper-links';
import { loadCorpus } from '../../scripts/load-corpus';

const corpus = loadCorpus();
const find = (start: string) => corpus.find((p) => p.title.startsWith(start))!;

describe('paper links', () => {
  it('opens the code repository first', () => {
    const paper = find('Large Language Models Can Be Strong Differentially Private');
    expect(primaryUrl(paper)).toBe('https://github.com/lxuechen/private-transformers');
  });

  it('falls back to the project page, then arXiv', () => {
    const project = corpus.find((p) => !p.links.some((l) => l.kind === 'code') && p.links.some((l) => l.kind === 'project'))!;
    expect(primaryUrl(project)).toBe(project.links.find((l) => l.kind === 'project')!.url);
    const bare = corpus.find((p) => p.links.length === 0 && p.arxivId)!;
    expect(primaryUrl(bare)).toBe(`https://arxiv.org/abs/${bare.arxivId}`);
  });

  it('searches arXiv by title when the id is unknown', () => {
    const noId = corpus.find((p) => !p.arxivId)!;
    expect(arxivUrl(noId)).toBe(`https://arxiv.org/search/?query=${encodeURIComponent(noId.displayTitle)}&searchtype=title`);
  });

  it('labels buttons by kind, code first and arXiv last', () => {
    const paper = find('Large Language Models Can Be Strong Differentially Private');
    expect(linkButtons(paper).map((b) => [b.label, b.detail])).toEqual([
      ['Code', 'lxuechen/private-transformers'],
      ['arXiv', `arXiv:${paper.arxivId}`],
    ]);
  });
});

describe('keyHints', () => {
  it('says what Enter, Shift+Enter and Tab open, for every kind of paper', () => {
    const withCode = corpus.find((p) => p.links.some((l) => l.kind === 'code') && p.links.some((l) => l.kind !== 'code'))!;
    const code = withCode.links.find((l) => l.kind === 'code')!;
    expect(keyHints(withCode)).toMatch(new RegExp(`^Enter opens the code, ${code.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. Shift\\+Enter opens the arXiv page\\. Tab reaches its other links: `));
    const bare = corpus.find((p) => p.links.length === 0)!;
    expect(keyHints(bare)).toBe('Enter opens the arXiv page.');
    const projectOnly = corpus.find((p) => !p.links.some((l) => l.kind === 'code') && p.links.some((l) => l.kind === 'project'))!;
    expect(keyHints(projectOnly)).toMatch(/^Enter opens the project, .+\. Shift\+Enter opens the arXiv page\./);
  });
});

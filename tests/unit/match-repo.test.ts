import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildMatchLookup } from '../../lib/match/lookup';
import { matchGitHubRepo, matchReadme, matchRepo, normalizeRepoKey } from '../../lib/match/repo-matcher';
import type { Paper, PaperLink } from '../../lib/types';

function code(repo: string, path = ''): PaperLink {
  return { kind: 'code', url: `https://github.com/${repo}${path}`, label: repo + path, repo: repo.toLowerCase() };
}

const CODERL = 'CodeRL: Mastering Code Generation through Pretrained Models and Deep Reinforcement Learning';

function paper(id: string, title: string, arxivId?: string, links: PaperLink[] = []): Paper {
  return { id, title, displayTitle: title, abstract: '', links, ...(arxivId ? { arxivId } : {}) };
}

const lookup = buildMatchLookup([
  paper('zero-shot', 'Large Language Models are Zero-Shot Reasoners', '2205.11916'),
  paper('proxy', 'Tuning Language Models by Proxy', '2401.08565', [code('alisawuffles/proxy-tuning')]),
  paper('wise', 'WISE: Rethinking the Knowledge Memory for Lifelong Model Editing of Large Language Models', '2405.14768', [
    code('zjunlp/EasyEdit', '/tree/main/examples'),
  ]),
  paper('sparse', 'Scaling Sparse Fine-Tuning to Large Language Models', '2401.16405', [code('ducdauge/sft-llm')]),
  paper('sparse-2', 'Sparse Fine-Tuning Revisited', '2501.00001', [code('ducdauge/sft-llm')]),
  paper('coderl', CODERL, '2207.01780'),
  paper('factuality', 'Fine-tuning Language Models for Factuality', '2311.08401'),
  paper('no-id', 'Robust Table Integration in Data Lakes'),
]);

describe('normalizeRepoKey', () => {
  it.each([
    ['zjunlp/EasyEdit', 'zjunlp/easyedit'],
    ['https://github.com/ZJUNLP/EasyEdit', 'zjunlp/easyedit'],
    ['github.com/zjunlp/EasyEdit/tree/main/examples', 'zjunlp/easyedit'],
    ['https://github.com/zjunlp/EasyEdit.git', 'zjunlp/easyedit'],
    ['zjunlp/EasyEdit/', 'zjunlp/easyedit'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeRepoKey(input)).toBe(expected);
  });

  it.each(['', 'zjunlp', 'https://github.com/zjunlp', 'not a/repo name'])('rejects %j', (input) => {
    expect(normalizeRepoKey(input)).toBeUndefined();
  });
});

describe('repo-link', () => {
  it('matches the code-link repository, case-insensitively', () => {
    for (const key of ['alisawuffles/proxy-tuning', 'AlisaWuffles/Proxy-Tuning']) {
      expect(matchRepo(lookup, key)).toEqual([{ paperId: 'proxy', evidence: 'repo-link', score: 1 }]);
    }
  });

  it('matches a repository the paper links at a sub-path', () => {
    expect(matchRepo(lookup, 'zjunlp/easyedit').map((m) => m.paperId)).toEqual(['wise']);
  });

  it('returns every paper linking the same repository', () => {
    expect(matchRepo(lookup, 'ducdauge/sft-llm').map((m) => m.paperId)).toEqual(['sparse', 'sparse-2']);
  });

  it('never takes a repository name that looks like a paper acronym as evidence', () => {
    expect(matchRepo(lookup, 'someone/CodeRL')).toEqual([]);
    expect(matchRepo(lookup, 'salesforce/coderl')).toEqual([]);
    expect(matchGitHubRepo(lookup, 'someone/wise', { text: '# WISE\n\nA wise little tool.' })).toEqual({ kind: 'none' });
  });
});

describe('readme-cites', () => {
  it('takes ids in any extracted form, versionless', () => {
    for (const id of ['2205.11916', '2205.11916v2', 'arXiv:2205.11916', 'https://arxiv.org/abs/2205.11916v1']) {
      expect(matchReadme(lookup, { arxivIds: [id] })).toEqual({
        kind: 'cites',
        matches: [{ paperId: 'zero-shot', evidence: 'readme-cites', score: 1, arxivId: '2205.11916' }],
      });
    }
  });

  it('ignores ids the corpus does not have', () => {
    expect(matchReadme(lookup, { arxivIds: ['2301.99999', 'garbage'] })).toEqual({ kind: 'cites', matches: [] });
  });

  it.each([
    'This is the code of "Large Language Models are Zero-Shot Reasoners" (NeurIPS 2022).',
    '# Large Language Models are Zero-Shot Reasoners\n\nCode for the paper.',
    'Kojima et al. 2022. Large language models are zero-shot reasoners. In NeurIPS.',
    '| Paper | Code |\n|---|---|\n| Large Language Models are Zero Shot Reasoners | here |',
    '[Large Language Models are Zero-Shot Reasoners](https://example.org/paper)',
    'title = {Large Language Models are\n  Zero-Shot Reasoners},',
  ])('finds the exact title in %j', (text) => {
    expect(matchReadme(lookup, { text })).toEqual({
      kind: 'cites',
      matches: [{ paperId: 'zero-shot', evidence: 'readme-cites', score: 1 }],
    });
  });

  it.each([
    // inside a longer title: another paper
    'Code for "Fine-tuning Language Models for Factuality in Legal Question Answering".',
    'We build on Multimodal Large Language Models are Zero-Shot Reasoners, a survey.',
    // run into prose, or only some of the words
    'Our method is robust table integration in data lakes and more',
    'Large language models are great zero-shot reasoners.',
  ])('does not take %j as a citation', (text) => {
    expect(matchReadme(lookup, { text })).toEqual({ kind: 'cites', matches: [] });
  });

  it('prefers the id citation when a paper is cited both ways', () => {
    const result = matchReadme(lookup, { arxivIds: ['2205.11916'], text: 'Large Language Models are Zero-Shot Reasoners.' });
    expect(result).toEqual({
      kind: 'cites',
      matches: [{ paperId: 'zero-shot', evidence: 'readme-cites', score: 1, arxivId: '2205.11916' }],
    });
  });

  it('calls a README citing 3 or more corpus papers a list', () => {
    const readme = {
      arxivIds: ['2205.11916', '2207.01780'],
      text: `## Papers\n- Tuning Language Models by Proxy.\n- ${CODERL}\n`,
    };
    const result = matchReadme(lookup, readme);
    expect(result.kind).toBe('list');
    expect(result.kind === 'list' && result.papers.map((m) => m.paperId).sort()).toEqual(['coderl', 'proxy', 'zero-shot']);
  });

  it('finds the title wherever it is, however often its rare words occur elsewhere', () => {
    const setup = 'Set the HTTPS proxy before tuning anything: export HTTPS_PROXY=http://proxy:3128. ';
    const citation = '## Citation\n\nLiu et al. Tuning Language Models by Proxy. COLM 2024.';
    const text = `${setup.repeat(300)}\n${citation}\n${setup.repeat(50)}`;
    const proxy = { paperId: 'proxy', evidence: 'readme-cites', score: 1 };
    expect(matchReadme(lookup, { text })).toEqual({ kind: 'cites', matches: [proxy] });
    expect(matchReadme(lookup, { text: setup.repeat(300) })).toEqual({ kind: 'cites', matches: [] });
  });

  it('finds a title cited in a 200 kB README', () => {
    const filler = 'Install the package, then run the training script with the default configuration. ';
    const text = `${filler.repeat(2500)}\n"Tuning Language Models by Proxy"\n${filler.repeat(100)}`;
    expect(text.length).toBeGreaterThan(200_000);
    // Its cost is measured by `npm run bench` (scripts/bench/listing.ts), not asserted here.
    const result = matchReadme(lookup, { text });
    expect(result).toEqual({ kind: 'cites', matches: [{ paperId: 'proxy', evidence: 'readme-cites', score: 1 }] });
  });
});

describe('matchGitHubRepo', () => {
  it('puts repo-link first and does not repeat a linked paper as a citation', () => {
    const result = matchGitHubRepo(lookup, 'alisawuffles/proxy-tuning', {
      arxivIds: ['2401.08565', '2205.11916'],
      text: 'Tuning Language Models by Proxy.',
    });
    expect(result).toEqual({
      kind: 'implementation',
      matches: [
        { paperId: 'proxy', evidence: 'repo-link', score: 1 },
        { paperId: 'zero-shot', evidence: 'readme-cites', score: 1, arxivId: '2205.11916' },
      ],
    });
  });

  it('keeps the repo link of a list repository apart from the listed papers', () => {
    const arxivIds = ['2405.14768', '2205.11916', '2207.01780', '2311.08401'];
    const result = matchGitHubRepo(lookup, 'zjunlp/EasyEdit', { arxivIds });
    expect(result.kind).toBe('list');
    if (result.kind !== 'list') return;
    expect(result.matches).toEqual([{ paperId: 'wise', evidence: 'repo-link', score: 1 }]);
    expect(result.papers.map((m) => m.paperId).sort()).toEqual(['coderl', 'factuality', 'zero-shot']);
  });

  it('says none when nothing links or cites a corpus paper', () => {
    expect(matchGitHubRepo(lookup, 'someone/else', { text: 'Hello', arxivIds: [] })).toEqual({ kind: 'none' });
    expect(matchGitHubRepo(lookup, 'someone/else')).toEqual({ kind: 'none' });
  });
});

describe('bundle split', () => {
  it('keeps Fuse.js out of everything the GitHub side imports', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/from ['"]fuse\.js/);
      for (const [, spec] of source.matchAll(/^(?:import|export) (?!type )[^;]*? from ['"](\.[^'"]+)['"]/gm)) {
        visit(resolve(dirname(file), `${spec!}.ts`));
      }
    };
    visit(resolve(here, '../../lib/match/repo-matcher.ts'));
    visit(resolve(here, '../../lib/match/index.ts'));
    // The walk did follow the imports and re-exports.
    expect([...seen].map((f) => f.split('/').pop()).sort()).toEqual([
      'anchors.ts',
      'evidence.ts',
      'index.ts',
      'lookup.ts',
      'normalize.ts',
      'repo-matcher.ts',
      'tokens.ts',
    ]);
  });
});

describe('matchReadme with a cheap raw text first', () => {
  it('never builds the exact text when the raw text cannot hold a corpus title', () => {
    const readme = {
      quickText: 'Install the package and run the training script.',
      get text(): string {
        throw new Error('the exact text was read');
      },
    };
    expect(matchReadme(lookup, readme)).toEqual({ kind: 'cites', matches: [] });
  });

  it('finds a title whose words the raw text runs into the next block', () => {
    const readme = {
      quickText: 'CitationTuning Language Models by ProxyWe release code.',
      text: 'Citation "Tuning Language Models by Proxy" We release code.',
    };
    expect(matchReadme(lookup, readme)).toEqual({ kind: 'cites', matches: [{ paperId: 'proxy', evidence: 'readme-cites', score: 1 }] });
  });
});

describe('matchReadme raw-text probe', () => {
  const throwingText = (quickText: string) => ({
    quickText,
    get text(): string {
      throw new Error('the exact text was read');
    },
  });

  it('is not fooled by an anchor inside a longer word', () => {
    // "proxy" and "tuning" as parts of other words only.
    expect(matchReadme(lookup, throwingText('Proxying requests and finetunings are covered in the docs.'))).toEqual({ kind: 'cites', matches: [] });
  });

  it('sees an anchor glued to the previous or the next block', () => {
    const text = 'Citation "Tuning Language Models by Proxy" We release code.';
    for (const quickText of ['CitationTuning Language Models by ProxyWe release code.', 'HowtoTUNING LANGUAGE MODELS BY PROXY']) {
      expect(matchReadme(lookup, { quickText, text }).kind).toBe('cites');
      expect((matchReadme(lookup, { quickText, text }) as { matches: unknown[] }).matches).toHaveLength(1);
    }
  });
});

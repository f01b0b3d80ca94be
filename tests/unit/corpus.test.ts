import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildCorpus } from '../../lib/corpus/build';
import { CorpusError, parseSeed } from '../../lib/corpus/parse';
import { slugify, uniqueSlugs } from '../../lib/corpus/slug';
import { texToUnicode } from '../../lib/corpus/tex';
import { CORPUS_SOURCES, loadCorpus } from '../../scripts/load-corpus';

const seed = readFileSync(CORPUS_SOURCES.seed, 'utf8');
const corpus = loadCorpus();

describe('corpus facts', () => {
  it('has 150 papers in seed order', () => {
    expect(corpus).toHaveLength(150);
    expect(corpus[0]!.title).toBe('Large Language Models Can Be Strong Differentially Private Learners');
    expect(corpus[1]!.title).toMatch(/^WECHSEL:/);
  });

  it('knows 148 arXiv ids and names the two papers without one', () => {
    expect(corpus.filter((p) => p.arxivId)).toHaveLength(148);
    expect(corpus.filter((p) => !p.arxivId).map((p) => p.title)).toEqual([
      'Classifying Textual Data with Pre-trained Vision Models through Transfer Learning and Data Transformations',
      'Arbitrary Few Parameters are Good Enough for Adapting Large-scale Pre-trained Language Models',
    ].sort((a, b) => corpus.findIndex((p) => p.title === a) - corpus.findIndex((p) => p.title === b)));
  });

  it('has exactly as many papers with a code link as seed abstracts citing a GitHub repository', () => {
    // Counted from the raw seed: abstract lines containing a github.com/<owner>/<repo> URL.
    const abstractsWithGithub = parseSeed(seed).filter((e) => /https?:\/\/github\.com\/[^/\s]+\/[^/\s.]+/.test(e.abstract));
    expect(abstractsWithGithub).toHaveLength(34);
    expect(corpus.filter((p) => p.links.some((l) => l.kind === 'code'))).toHaveLength(34);
  });

  it('has no empty field and unique ids', () => {
    for (const paper of corpus) {
      expect(paper.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(paper.title.trim()).not.toBe('');
      expect(paper.displayTitle.trim()).not.toBe('');
      expect(paper.abstract.length).toBeGreaterThan(80);
      for (const link of paper.links) {
        expect(link.url).toMatch(/^https?:\/\//);
        expect(link.label).not.toBe('');
      }
    }
    expect(new Set(corpus.map((p) => p.id)).size).toBe(150);
  });

  it('renders title TeX for display', () => {
    const byTitle = (start: string) => corpus.find((p) => p.title.startsWith(start))!;
    expect(byTitle('PanGu').displayTitle).toMatch(/^PanGu-α: Large-scale/);
    expect(byTitle('M$^{2}$UGen').displayTitle).toMatch(/^M²UGen: Multi-modal/);
    expect(byTitle('This Land is').displayTitle).toBe('This Land is Your, My Land: Evaluating Geopolitical Biases in Language Models');
  });
});

describe('parseSeed', () => {
  const header = 'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\nMar 14\n\n';
  const abstract = (n: number) => `Abstract number ${n} describes a method in enough words to look like a real abstract of a paper.`;

  it('skips the page header and pairs titles with abstracts', () => {
    const entries = parseSeed(`${header}Title One\n\n${abstract(1)}\n\nTitle Two\n\n${abstract(2)}\n`);
    expect(entries.map((e) => [e.title, e.titleLine, e.abstractLine])).toEqual([
      ['Title One', 11, 13],
      ['Title Two', 15, 17],
    ]);
  });

  it('fails on an odd line count, naming the unpaired line', () => {
    expect(() => parseSeed(`${header}Title One\n\n${abstract(1)}\n\nTitle Two\n`)).toThrowError(/line 15: odd number/);
  });

  it('fails on an empty title, naming its line', () => {
    expect(() => parseSeed(`${header}$ $\n\n${abstract(1)}\n`)).toThrowError(/line 11: empty title/);
  });

  it('fails on a duplicate title, naming both lines', () => {
    const text = `${header}Title One\n\n${abstract(1)}\n\ntitle one\n\n${abstract(2)}\n`;
    expect(() => parseSeed(text)).toThrowError(/line 15: duplicate title \(first on line 11\)/);
  });

  it('fails when a missing title shifts an abstract into the title position', () => {
    const text = `${header}${abstract(1)} ${'More words. '.repeat(30)}\n\n${abstract(2)}\n`;
    const error = (() => {
      try {
        parseSeed(text);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).line).toBe(11);
  });

  it('fails on an empty source', () => {
    expect(() => parseSeed('\n\n')).toThrowError(CorpusError);
  });
});

describe('buildCorpus', () => {
  const text = 'A Paper About Things\n\nThis abstract is long enough to be an abstract and it links https://github.com/Org/Repo. for code.\n';

  it('rejects an id entry that names no seed title', () => {
    expect(() => buildCorpus(text, [{ title: 'Another Paper', arxivId: '2101.00001' }])).toThrowError(/not in the seed/);
  });

  it('rejects an invalid arXiv id', () => {
    expect(() => buildCorpus(text, [{ title: 'A Paper About Things', arxivId: 'abc' }])).toThrowError(/invalid id/);
  });

  it('attaches ids and links', () => {
    const [paper] = buildCorpus(text, [{ title: 'A Paper About Things', arxivId: '2101.00001' }]);
    expect(paper).toMatchObject({
      id: 'a-paper-about-things',
      arxivId: '2101.00001',
      links: [{ kind: 'code', url: 'https://github.com/Org/Repo', label: 'Org/Repo', repo: 'org/repo' }],
    });
  });
});

describe('texToUnicode', () => {
  it.each([
    ['PanGu-$α$', 'PanGu-α'],
    ['PanGu-$\\alpha$', 'PanGu-α'],
    ['M$^{2}$UGen', 'M²UGen'],
    ['x$^2$', 'x²'],
    ['H$_{2}$O', 'H₂O'],
    ['This Land is {Your, My} Land', 'This Land is Your, My Land'],
    ['$\\mathrm{T5}$ models', 'T5 models'],
    ['Plain title', 'Plain title'],
    ['Score$^{k}$', 'Score^k'],
  ])('%s → %s', (tex, unicode) => {
    expect(texToUnicode(tex)).toBe(unicode);
  });
});

describe('slugs', () => {
  it('spells Greek letters and drops punctuation', () => {
    expect(slugify('PanGu-α: Large-scale Models')).toBe('pangu-alpha-large-scale-models');
    expect(slugify('M²UGen')).toBe('m2ugen');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Why Can GPT Learn In-Context? Language Models Implicitly Perform Gradient Descent as Meta-Optimizers');
    expect(slug.length).toBeLessThanOrEqual(64);
    expect(slug).toBe('why-can-gpt-learn-in-context-language-models-implicitly-perform');
  });

  it('keeps slugs unique', () => {
    expect(uniqueSlugs(['a', 'a', 'a-2', 'b'])).toEqual(['a', 'a-2', 'a-2-2', 'b']);
  });
});

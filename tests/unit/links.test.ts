import { describe, expect, it } from 'vitest';
import { classifyUrl, cleanUrl, extractLinks } from '../../lib/corpus/links';

describe('cleanUrl: every messy case in the seed', () => {
  it.each([
    ['https://github.com/lxuechen/private-transformers.', 'https://github.com/lxuechen/private-transformers'],
    ['https://github.com/om-ai-lab/ZoomEye{https://github.com/om-ai-lab/ZoomEye}.', 'https://github.com/om-ai-lab/ZoomEye'],
    ['https://feint6k.github.io.', 'https://feint6k.github.io/'],
    ['https://zhongshsh.github.io/CLoT/.', 'https://zhongshsh.github.io/CLoT/'],
    ['https://cogact.github.io/).', 'https://cogact.github.io/'],
    ['https://liruiw.github.io/gensim)', 'https://liruiw.github.io/gensim'],
    ['https://github.com/QingruZhang/AdaLoRA', 'https://github.com/QingruZhang/AdaLoRA'],
    ['https://aka.ms/icl.', 'https://aka.ms/icl'],
    ['https://doi.org/10.5281/zenodo.6832145', 'https://doi.org/10.5281/zenodo.6832145'],
    ['https://huggingface.co/datasets/tsynbio/ProteinLMBench.', 'https://huggingface.co/datasets/tsynbio/ProteinLMBench'],
    ['https://en.wikipedia.org/wiki/Foo_(bar)', 'https://en.wikipedia.org/wiki/Foo_(bar)'],
  ])('%s', (raw, clean) => {
    expect(cleanUrl(raw)).toBe(clean);
  });

  it('drops what is not a usable web URL', () => {
    expect(cleanUrl('https://.')).toBeUndefined();
    expect(cleanUrl('https://localhost')).toBeUndefined();
    expect(cleanUrl('http://')).toBeUndefined();
  });
});

describe('classifyUrl', () => {
  it.each([
    ['https://github.com/BatsResearch/csp', 'code', 'BatsResearch/csp', 'batsresearch/csp'],
    ['https://github.com/org/repo.git', 'code', 'org/repo', 'org/repo'],
    ['https://github.com/org/repo/tree/main/sub', 'code', 'org/repo/tree/main/sub', 'org/repo'],
    ['https://zhongshsh.github.io/CLoT/', 'project', 'zhongshsh.github.io/CLoT', undefined],
    ['https://huggingface.co/faisalq/EgyBERT', 'model', 'faisalq/EgyBERT', undefined],
    ['https://huggingface.co/datasets/tsynbio/ProteinLMBench', 'dataset', 'tsynbio/ProteinLMBench', undefined],
    ['https://doi.org/10.5281/zenodo.6832145', 'doi', '10.5281/zenodo.6832145', undefined],
    ['https://aka.ms/icl', 'other', 'aka.ms/icl', undefined],
    ['https://catalog.ngc.nvidia.com/orgs/nvidia/teams/clara/models/gatortron_og', 'other', 'catalog.ngc.nvidia.com/orgs/nvidia/teams/clara/models/gatortron_og', undefined],
    ['https://github.com/topics/nlp', 'project', 'github.com/topics/nlp', undefined],
  ])('%s is %s', (url, kind, label, repo) => {
    const link = classifyUrl(url);
    expect(link.kind).toBe(kind);
    expect(link.label).toBe(label);
    expect(link.repo).toBe(repo);
  });
});

describe('extractLinks', () => {
  it('finds, cleans and de-duplicates links in order, keeping only http(s)', () => {
    const abstract =
      'Code at~https://github.com/rabeehk/compacter. See https://github.com/om-ai-lab/ZoomEye{https://github.com/om-ai-lab/ZoomEye}. ' +
      'Project (https://cogact.github.io/). Also ftp://example.org/x and https://github.com/rabeehk/compacter again.';
    expect(extractLinks(abstract).map((l) => [l.kind, l.url])).toEqual([
      ['code', 'https://github.com/rabeehk/compacter'],
      ['code', 'https://github.com/om-ai-lab/ZoomEye'],
      ['project', 'https://cogact.github.io/'],
    ]);
  });

  it('returns nothing for an abstract without links', () => {
    expect(extractLinks('No links here, only words about https and github.')).toEqual([]);
  });
});

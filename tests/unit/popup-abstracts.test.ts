import { describe, expect, it } from 'vitest';
import { withAbstracts } from '../../lib/popup/abstracts';
import { loadCorpus } from '../../scripts/load-corpus';

const corpus = loadCorpus();
const head = corpus.map((p) => ({ ...p, abstract: '' }));

describe("the popup's corpus, put back together", () => {
  it('gives every paper its abstract by index, leaving the first part untouched', () => {
    const full = withAbstracts(head, corpus.map((p) => p.abstract));
    expect(full).toEqual(corpus);
    expect(head.every((p) => p.abstract === '')).toBe(true);
  });

  it('refuses parts from different builds', () => {
    expect(() => withAbstracts(head, corpus.slice(1).map((p) => p.abstract))).toThrow(/different builds/);
  });
});

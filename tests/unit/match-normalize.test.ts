import { describe, expect, it } from 'vitest';
import { compactKey, normalizeArxivId, normalizeTitle } from '../../lib/match/normalize';
import { foldToken, hyphenCompounds, tokenize } from '../../lib/match/tokens';

describe('normalizeTitle', () => {
  it.each([
    // case, whitespace, line breaks, trailing punctuation
    ['LARGE LANGUAGE MODELS ARE ZERO-SHOT REASONERS', 'large language models are zero shot reasoners'],
    ['  Large\n    Language\n    Models are Zero-Shot Reasoners\n', 'large language models are zero shot reasoners'],
    ['Tuning Language Models by Proxy.', 'tuning language models by proxy'],
    ['WECHSEL - Effective initialization', 'wechsel effective initialization'],
    // every dash and punctuation mark is a space
    ['Zero–Shot—Reasoners: a study?', 'zero shot reasoners a study'],
    ['Multi‐modal (Large) Models, {Your, My} Land', 'multi modal large models your my land'],
    // TeX: $, \, braces, superscripts, formatting commands, escapes, ties
    ['PanGu-$\\alpha$: Large-scale', 'pangu alpha large scale'],
    ['M$^{2}$UGen: Multi-modal Music', 'm2ugen multi modal music'],
    ['$\\mathrm{GPT}$-4 and $\\textbf{BERT}$', 'gpt 4 and bert'],
    ['Vision \\& Language~Models', 'vision and language models'],
    // Greek: letter, TeX command and spelled name agree
    ['PanGu-α: Large-scale', 'pangu alpha large scale'],
    ['PanGu-$α$: Large-scale', 'pangu alpha large scale'],
    ['PANGU-$Α$: LARGE-SCALE', 'pangu alpha large scale'],
    ['PanGu-alpha: Large-scale', 'pangu alpha large scale'],
    ['β-VAE', 'beta vae'],
    // Unicode compatibility forms: superscripts, ligatures, full-width
    ['M²UGen: Multi-modal Music', 'm2ugen multi modal music'],
    ['ﬁne-tuning ＢＥＲＴ', 'fine tuning bert'],
    // diacritics
    ['Naïve Bayes for Français', 'naive bayes for francais'],
    // & and HTML entities, in both spellings
    ['Going Beyond Nouns With Vision & Language Models', 'going beyond nouns with vision and language models'],
    ['Going Beyond Nouns With Vision &amp; Language Models', 'going beyond nouns with vision and language models'],
    ['The Hedgehog &#38; the Porcupine', 'the hedgehog and the porcupine'],
    ['Vision&nbsp;Language &lt;3', 'vision language 3'],
    // apostrophes (ASCII and typographic) vanish, not split
    ["Let's Think Outside the Box", 'lets think outside the box'],
    ['Let’s Think Outside the Box', 'lets think outside the box'],
    // nothing word-like
    ['  ...  ', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeTitle(input)).toBe(expected);
  });

  it('normalises the fast ASCII path and the full path alike', () => {
    // The second string leaves the fast path only because of the `&amp;` entity.
    expect(normalizeTitle('Vision and Language: A Study')).toBe(normalizeTitle('Vision &amp; Language: A Study'));
  });
});

describe('compactKey', () => {
  it('makes hyphenated, spaced and joined compounds equal', () => {
    const forms = ['Zero-Shot Reasoners', 'Zero Shot Reasoners', 'Zeroshot Reasoners', 'ZERO‑SHOT REASONERS'];
    const keys = forms.map((f) => compactKey(normalizeTitle(f)));
    expect(new Set(keys).size).toBe(1);
    expect(compactKey(normalizeTitle('Sparse Fine-tuning for Inference'))).toBe(
      compactKey(normalizeTitle('Sparse Finetuning for Inference')),
    );
  });
});

describe('normalizeArxivId', () => {
  it.each([
    ['2205.11916', '2205.11916'],
    ['2205.11916v3', '2205.11916'],
    ['arXiv:2205.11916v1', '2205.11916'],
    ['https://arxiv.org/abs/2205.11916', '2205.11916'],
    ['https://arxiv.org/pdf/2205.11916v2.pdf', '2205.11916'],
    ['0704.0001', '0704.0001'],
    ['hep-th/9901001v2', 'hep-th/9901001'],
    ['cs.CL/0301001', 'cs/0301001'],
    ['arXiv:cs/0301001', 'cs/0301001'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeArxivId(input)).toBe(expected);
  });

  it.each(['', 'not an id', '12205.11916', '2205.119161', '2205.1'])('rejects %j', (input) => {
    expect(normalizeArxivId(input)).toBeUndefined();
  });
});

describe('tokens', () => {
  const vocabulary = new Set(['zeroshot', 'finetuning', 'pretrained', 'reasoner']);

  it('joins a split compound the vocabulary knows, whichever way it was written', () => {
    for (const form of ['zero shot reasoners', 'zeroshot reasoners']) {
      expect(tokenize(form, vocabulary)).toEqual(['zeroshot', 'reasoner']);
    }
    expect(tokenize('fine tuning pre trained models', vocabulary)).toEqual(['finetuning', 'pretrained', 'model']);
  });

  it('leaves pairs the vocabulary does not know apart', () => {
    expect(tokenize('few shot learners', vocabulary)).toEqual(['few', 'shot', 'learner']);
  });

  it('folds plurals to one form', () => {
    expect(['models', 'model', 'llms', 'strategies', 'loss', 'is'].map(foldToken)).toEqual([
      'model',
      'model',
      'llm',
      'strategy',
      'loss',
      'is',
    ]);
  });

  it('records the hyphenated pairs of a title joined', () => {
    expect(hyphenCompounds('Vision-Language-Action Models are Zero-Shot', normalizeTitle)).toEqual([
      'visionlanguage',
      'languageaction',
      'zeroshot',
    ]);
    expect(hyphenCompounds('PanGu-$α$: A - B', normalizeTitle)).toEqual(['pangualpha']);
  });
});

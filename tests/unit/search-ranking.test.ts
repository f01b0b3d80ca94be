/**
 * Ranking over the real corpus, for queries as researchers type them:
 * names and acronyms, partial titles, topic words, typos, words that only an
 * abstract or a link label contains. Each expects one paper first, or in the
 * top three where the query is genuinely ambiguous (the reason is given).
 */
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../lib/search/engine';
import { buildSearchData } from '../../lib/search/index-data';
import { loadCorpus } from '../../scripts/load-corpus';

const corpus = loadCorpus();
const engine = createSearchEngine(corpus, JSON.parse(JSON.stringify(buildSearchData(corpus))));

/** The id of the paper whose title starts with `start` (fails loudly if the corpus changed). */
function idOf(start: string): string {
  const paper = corpus.find((p) => p.displayTitle.startsWith(start));
  if (!paper) throw new Error(`no corpus title starts with "${start}"`);
  return paper.id;
}

const ranked = (query: string): string[] => engine.search(query).map((r) => r.paper.id);

/** [query, title start of the paper expected first, what the query exercises] */
const FIRST: [string, string, string][] = [
  ['differentialy privat', 'Large Language Models Can Be Strong Differentially Private Learners', 'typo, and the last word still being typed'],
  ['zero shot reasoners', 'Large Language Models are Zero-Shot Reasoners', 'hyphenated title words typed with a space'],
  ['zeroshot reasoners', 'Large Language Models are Zero-Shot Reasoners', 'hyphenated title words typed as one'],
  ['codet5', 'CodeT5+: Open Code Large Language Models', 'model name, punctuation dropped'],
  ['pangu alpha', 'PanGu-α', 'Greek letter in the title, spelled out'],
  ['retrieval augmented generation', 'Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks', 'full topic phrase'],
  ['compac', 'Compacter: Efficient Low-Rank Hypercomplex Adapter Layers', 'partial name while typing'],
  ['gatortorn', 'GatorTron', 'transposed letters in a model name'],
  ['hedgehog porcupine', 'The Hedgehog & the Porcupine', 'distinctive title words, stop words skipped'],
  ['romanian bert distilation', 'Distilling the Knowledge of Romanian BERTs', 'typo, plural and word order differ from the title'],
  ['visoin langauge prompt tuning', 'Multitask Vision-Language Prompt Tuning', 'two typos in a four-word query'],
  ['gpt3 survey', 'A Survey of GPT-3 Family Large Language Models', '`GPT-3` typed without the hyphen'],
  ['egyptian dialect', 'EgyBERT', 'topic words of a title'],
  ['linear attention softmax', 'The Hedgehog & the Porcupine', 'topic words from the subtitle'],
  ['unbiased learning to rank', 'A Large Scale Search Dataset for Unbiased Learning to Rank', 'a subfield name'],
  ['lxuechen', 'Large Language Models Can Be Strong Differentially Private Learners', 'repository owner: only the link label has it'],
  ['easyedit', 'WISE: Rethinking the Knowledge Memory', 'repository name (zjunlp/EasyEdit)'],
  ['mindspore', 'PanGu-α', 'abstract-only word (the training framework)'],
  ['affordance', 'What does CLIP know about peeling a banana?', 'abstract-only topic word'],
  ['chatdoctor', 'Efficient Finetuning Large Language Models For Vietnamese Chatbot', 'abstract-only model name'],
  ['capybara', 'Extending Source Code Pre-Trained Language Models to Summarise Decompiled Binaries', 'abstract-only dataset name'],
  ['catastrophic forgeting', 'ModuleFormer', 'abstract-only phrase, with a typo'],
];

/** [query, title starts expected among the first three, why the order among them is open] */
const TOP3: [string, string[], string][] = [
  [
    'vision language action',
    ['OpenVLA: An Open-Source Vision-Language-Action Model', 'CogACT: A Foundational Vision-Language-Action Model'],
    'two titles contain "Vision-Language-Action"; either may come first',
  ],
  [
    'hallucination',
    ['Knowledge Overshadowing Causes Amalgamated Hallucination', 'Augmenting LLMs with Knowledge: A survey on hallucination'],
    'two titles are about hallucination',
  ],
  [
    'sparse finetuning',
    ['Sparse Finetuning for Inference Acceleration', 'Scaling Sparse Fine-Tuning to Large Language Models'],
    'two titles are about sparse fine-tuning, spelled two ways',
  ],
];

describe('search ranking', () => {
  it.each(FIRST)('"%s" ranks %s first (%s)', (query, title) => {
    expect(ranked(query)[0]).toBe(idOf(title));
  });

  it.each(TOP3)('"%s" has the expected papers in its top three (%s)', (query, titles) => {
    const top = ranked(query).slice(0, 3);
    for (const title of titles) expect(top).toContain(idOf(title));
  });

  it('keeps the target first at every keystroke once the query is distinctive', () => {
    const target = idOf('Large Language Models Can Be Strong Differentially Private Learners');
    const typed = 'differentially private';
    for (let i = 'differentially'.length; i <= typed.length; i++) {
      expect(ranked(typed.slice(0, i))[0], typed.slice(0, i)).toBe(target);
    }
  });
});

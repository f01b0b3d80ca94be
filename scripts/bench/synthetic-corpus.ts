/**
 * A large synthetic corpus for benchmarks, grown from the 150 seed papers.
 *
 * Copying the seed 133 times would keep the vocabulary at the seed's ~5,000
 * words, and a word index would look better than it is. Real abstracts keep
 * bringing new words (method names, acronyms, datasets, compounds), roughly
 * as Heaps' law says: 20,000 arXiv abstracts hold several tens of thousands
 * of distinct words. So each synthetic paper:
 * - takes its title from two seed titles spliced at a word, often under a
 *   coined method name (`Ranformer: …`);
 * - takes 5 to 9 sentences from random seed abstracts, swapping some words
 *   for other seed words or for coined words;
 * - coins new words from pieces of seed words, and reuses earlier coinages
 *   with a Zipf-like preference, as later papers cite earlier methods;
 * - has a code link two times in five, to a coined `owner/repo`.
 * The seed papers themselves come first, unchanged, so queries for real
 * titles still have their answer in the big corpus.
 */
import type { Paper } from '../../lib/types';

/** A small, fast, seedable PRNG (mulberry32), so every run benchmarks the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUFFIXES = ['former', 'net', 'lm', 'bert', 'gpt', 'gen', 'rl', 'vit', 'clip', 'seg', 'tune', 'mix', 'flow'];
const CONTENT_WORD = /^[A-Za-z][a-z]{3,}$/;

/**
 * Builds `size` papers: the seed, then synthetic papers derived from it.
 * @param seed The real corpus.
 * @param size Total number of papers wanted (at least `seed.length`).
 * @param randomSeed Changes the synthetic papers, deterministically.
 */
export function synthesizeCorpus(seed: readonly Paper[], size: number, randomSeed = 20_000): Paper[] {
  const rand = random(randomSeed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

  const titles = seed.map((paper) => paper.displayTitle.split(' '));
  const sentences = seed.flatMap((paper) => paper.abstract.split(/(?<=[.!?])\s+/).filter((s) => s.length > 40));
  const seedWords = [...new Set(seed.flatMap((paper) => paper.abstract.split(/\s+/)).filter((w) => CONTENT_WORD.test(w)))];

  const coined: string[] = [];
  const coin = (): string => {
    const a = pick(seedWords).toLowerCase();
    const b = pick(seedWords).toLowerCase();
    let word = a.slice(0, 2 + Math.floor(rand() * 4)) + b.slice(-(2 + Math.floor(rand() * 4)));
    if (rand() < 0.3) word += pick(SUFFIXES);
    if (rand() < 0.1) word += String(Math.floor(rand() * 100));
    coined.push(word);
    return word;
  };
  // Later papers cite earlier coinages, popular ones more often (1/rank-ish).
  const reuse = (): string => (coined.length ? coined[Math.floor(coined.length * rand() ** 3)]! : coin());
  const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

  /** One word of running text, kept or replaced by a seed word or a coinage. */
  const vary = (word: string): string => {
    if (!CONTENT_WORD.test(word)) return word;
    const r = rand();
    if (r < 0.06) return pick(seedWords);
    if (r < 0.09) return reuse();
    if (r < 0.1) return coin();
    return word;
  };

  const papers: Paper[] = [...seed];
  for (let n = seed.length; n < size; n++) {
    const name = capitalise(coin());
    const head = pick(titles);
    const tail = pick(titles);
    const cut = Math.max(1, Math.floor(head.length / 2));
    let title = [...head.slice(0, cut), ...tail.slice(Math.floor(tail.length / 2))].map(vary).join(' ');
    if (rand() < 0.5) title = `${name}: ${title}`;

    const sentenceCount = 5 + Math.floor(rand() * 5);
    const body: string[] = [];
    for (let s = 0; s < sentenceCount; s++) body.push(pick(sentences).split(' ').map(vary).join(' '));
    body.splice(1, 0, `We introduce ${name}, which builds on ${capitalise(reuse())} and ${capitalise(reuse())}.`);

    const links: Paper['links'] = [];
    if (rand() < 0.4) {
      const repo = `${reuse()}-lab/${name}`;
      links.push({ kind: 'code', url: `https://github.com/${repo}`, label: repo, repo: repo.toLowerCase() });
      body.push(`Code is available at https://github.com/${repo}.`);
    }
    papers.push({
      id: `synthetic-${n}`,
      title,
      displayTitle: title,
      abstract: body.join(' '),
      arxivId: `25${String(1 + (n % 12)).padStart(2, '0')}.${String(10000 + n).slice(-5)}`,
      links,
    });
  }
  return papers;
}

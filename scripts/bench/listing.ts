/**
 * Benchmark: matching a 2,000-entry arXiv listing page (budget: 50 ms in all).
 *
 *   npx tsx scripts/bench/listing.ts [--runs 30]
 *
 * The listing is synthetic and deterministic: real ML titles from the negatives
 * (with their own arXiv ids), plus corpus papers shown by id and corpus papers
 * shown by a title variant without an id. Each run creates a fresh matcher (the
 * worst case: the background keeps one while its worker lives, but a worker
 * started for the page builds it, and its lazy Fuse.js indexes, anew) and
 * matches every entry. Two cases: as a page matches (ids in play: most entries are settled by
 * their id alone), and titles only (every entry takes the title path: the
 * worst case). For scale, the naive approach (one Fuse.js search over the 150
 * titles per entry) is measured in the same process on a subset and extrapolated.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { buildMatchLookup } from '../../lib/match/lookup';
import { createTitleMatcher, matchEntries, type TitleEntry } from '../../lib/match/title-matcher';
import { loadCorpus } from '../load-corpus';

const LISTING_SIZE = 2000;
const BUDGET_MS = 50;
const NAIVE_SUBSET = 100;

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 30;

/** Small deterministic PRNG (mulberry32), so every run of the script times the same listing. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const readJson = <T>(name: string): T =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../tests/fixtures/eval/${name}`, import.meta.url)), 'utf8')) as T;

const papers = loadCorpus();
const lookup = buildMatchLookup(papers);
const negatives = readJson<{ title: string; arxivId: string }[]>('negatives-dev.json');
const variants = readJson<{ title: string; expect: string }[]>('title-variants-dev.json');

const rand = random(20240601);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
/** Fisher-Yates, with the seeded generator. */
function shuffle<T>(list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
const byId = papers
  .filter((p) => p.arxivId)
  .slice(0, 30)
  .map((p): TitleEntry => ({ arxivId: `${p.arxivId}v2`, title: p.displayTitle }));
const byTitle = Array.from({ length: 30 }, (): TitleEntry => ({ title: pick(variants).title }));
const others = shuffle(negatives)
  .slice(0, LISTING_SIZE - byId.length - byTitle.length)
  .map((n): TitleEntry => ({ arxivId: n.arxivId, title: n.title }));
const listing = shuffle([...byId, ...byTitle, ...others]);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;

function time(ignoreIds: boolean): { first: number; times: number[]; matched: number } {
  const times: number[] = [];
  let matched = 0;
  for (let run = 0; run < RUNS + 1; run++) {
    const start = performance.now();
    const results = matchEntries(createTitleMatcher(lookup, { ignoreIds }), listing);
    times.push(performance.now() - start);
    matched = results.filter(Boolean).length;
  }
  return { first: times[0]!, times: times.slice(1), matched };
}

const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;
console.log(
  `Listing: ${listing.length} entries (${byId.length} corpus papers by id, ${byTitle.length} by title variant, ` +
    `the rest other papers); ${RUNS} runs each, after one cold run.`,
);
let over = false;
for (const [label, ignoreIds] of [['ids in play (as on arXiv)', false], ['titles only (worst case)', true]] as const) {
  const { first, times, matched } = time(ignoreIds);
  const med = median(times);
  over ||= med > BUDGET_MS;
  console.log(
    `  ${label.padEnd(26)} median ${fmt(med)}, p95 ${fmt(p95(times))}, cold first run ${fmt(first)}; ` +
      `${((med * 1000) / listing.length).toFixed(1)} µs per entry; ${matched} matched`,
  );
}

// The naive approach: one Fuse.js search over all corpus titles per entry. Too slow to run whole.
const fuse = new Fuse(papers.map((p) => p.displayTitle), { includeScore: true, threshold: 0.3 });
const subset = listing.slice(0, NAIVE_SUBSET);
const start = performance.now();
for (const entry of subset) fuse.search(entry.title ?? '');
const naivePer = (performance.now() - start) / subset.length;
console.log(
  `  naive (Fuse.js search per entry): ${naivePer.toFixed(2)} ms per entry, measured on ${subset.length} entries; ` +
    `extrapolated to ${listing.length}: ${(naivePer * listing.length / 1000).toFixed(1)} s`,
);
console.log(over ? `OVER BUDGET (${BUDGET_MS} ms)` : `within budget (${BUDGET_MS} ms median)`);
process.exitCode = over ? 1 : 0;

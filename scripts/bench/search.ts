/**
 * Popup search benchmark: time from a keystroke to ranked results, for every
 * prefix of realistic typed queries, on the real corpus (150 papers) and on a
 * synthetic 20,000-paper corpus, against the budgets of DESIGN.md (median
 * ≤ 4 ms and ≤ 16 ms). Also measures, in the same run, the naive design
 * (Fuse.js over titles, labels and whole abstracts with `ignoreLocation`),
 * the size of the bundled search data and the engine's load time.
 *
 * Run: `npx tsx scripts/bench/search.ts` (`--quick` for fewer rounds).
 */
import Fuse from 'fuse.js';
import { createSearchEngine } from '../../lib/search/engine';
import { buildSearchData } from '../../lib/search/index-data';
import type { SearchEngine } from '../../lib/search/types';
import type { Paper } from '../../lib/types';
import { loadCorpus } from '../load-corpus';
import { synthesizeCorpus } from './synthetic-corpus';

const QUICK = process.argv.includes('--quick');
const ROUNDS = QUICK ? 2 : 7;
const BUDGET_MS = { 150: 4, 20000: 16 } as Record<number, number>;

/** Queries as researchers type them, typos included; every prefix is one keystroke. */
const TYPED = [
  'differentially private',
  'differentialy privat',
  'zero shot',
  'zero shot reasonrs',
  'codet5',
  'vision language',
  'visoin langauge models',
  'parameter efficient fine tuning',
  'retrieval augmented generation',
  'lora',
  'clip',
  'hallucination',
];

/** Every prefix of every typed query, as the search box sees them. */
function keystrokes(): string[] {
  return TYPED.flatMap((query) => Array.from(query, (_, i) => query.slice(0, i + 1)));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function summary(times: number[]): { median: number; p95: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1]! };
}

const ms = (value: number): string => `${value.toFixed(2)} ms`;

/** Times `run` for every keystroke, `rounds` times after one warm-up round. */
function timeKeystrokes(run: (query: string) => void, queries: string[], rounds: number): number[] {
  for (const query of queries) run(query);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const start = performance.now();
      run(query);
      times.push(performance.now() - start);
    }
  }
  return times;
}

/** The naive design, for comparison: one Fuse over whole abstracts. */
function naiveFuse(papers: Paper[]): Fuse<Paper> {
  return new Fuse(papers, {
    keys: [
      { name: 'displayTitle', weight: 3 },
      { name: 'labels', weight: 1, getFn: (paper: Paper) => paper.links.map((link) => link.label) },
      { name: 'abstract', weight: 1 },
    ],
    ignoreLocation: true,
    includeScore: true,
    includeMatches: true,
  });
}

function benchCorpus(label: string, papers: Paper[], naiveSample: number): void {
  console.log(`\n## ${label}: ${papers.length.toLocaleString('en')} papers`);

  let start = performance.now();
  const data = buildSearchData(papers);
  const buildMs = performance.now() - start;
  const json = JSON.stringify(data);
  console.log(
    `search data: ${(json.length / 1024).toFixed(1)} KiB JSON (${data.words.length.toLocaleString('en')} distinct words), built in ${ms(buildMs)} (build time, not in the popup)`,
  );

  // Load = what the popup pays: parse the JSON and wrap it. Median of several.
  const loads: number[] = [];
  let engine: SearchEngine | undefined;
  for (let i = 0; i < 5; i++) {
    start = performance.now();
    engine = createSearchEngine(papers, JSON.parse(json));
    loads.push(performance.now() - start);
  }
  const parseOnly: number[] = [];
  for (let i = 0; i < 5; i++) {
    start = performance.now();
    JSON.parse(json);
    parseOnly.push(performance.now() - start);
  }
  console.log(`engine load (JSON.parse + createSearchEngine): median ${ms(summary(loads).median)} (JSON.parse alone ${ms(summary(parseOnly).median)})`);

  const queries = keystrokes();
  const search = engine!;
  const plain = summary(timeKeystrokes((q) => search.search(q), queries, ROUNDS));
  // What the popup does after a keystroke: rank, then read ranges and snippets of the cards it paints.
  const painted = summary(
    timeKeystrokes(
      (q) => {
        for (const result of search.search(q).slice(0, 10)) void [result.titleRanges, result.snippet];
      },
      queries,
      ROUNDS,
    ),
  );
  const budget = BUDGET_MS[papers.length];
  const verdict = budget === undefined ? '' : plain.median <= budget ? `  ✓ budget ${budget} ms` : `  ✗ OVER budget ${budget} ms`;
  console.log(`keystrokes: ${queries.length} × ${ROUNDS} rounds`);
  console.log(`  search():                       median ${ms(plain.median)}, p95 ${ms(plain.p95)}, max ${ms(plain.max)}${verdict}`);
  console.log(`  + ranges & snippets of top 10:  median ${ms(painted.median)}, p95 ${ms(painted.p95)}, max ${ms(painted.max)}`);

  // Per query, the median over its keystrokes, to show which ones cost most.
  for (const query of TYPED) {
    const prefixes = Array.from(query, (_, i) => query.slice(0, i + 1));
    const t = summary(timeKeystrokes((q) => search.search(q), prefixes, ROUNDS));
    console.log(`    ${JSON.stringify(query).padEnd(34)} median ${ms(t.median)}, p95 ${ms(t.p95)}`);
  }

  // The naive design over the same papers; on the big corpus only a sample of keystrokes (seconds each).
  const naive = naiveFuse(papers);
  const sample = naiveSample >= queries.length ? queries : queries.filter((_, i) => i % Math.ceil(queries.length / naiveSample) === 0);
  const naiveTimes = summary(timeKeystrokes((q) => naive.search(q), sample, 1));
  console.log(`naive Fuse (ignoreLocation over whole abstracts): median ${ms(naiveTimes.median)}, p95 ${ms(naiveTimes.p95)} over ${sample.length} keystrokes`);
}

const seed = loadCorpus();
benchCorpus('Real corpus', seed, Number.POSITIVE_INFINITY);
benchCorpus('Synthetic corpus', synthesizeCorpus(seed, 20_000), QUICK ? 3 : 8);

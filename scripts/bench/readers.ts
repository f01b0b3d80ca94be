/**
 * Node-side costs of the GitHub page decision's pure parts: URL classification
 * (runs on every GitHub page) and README citation matching on a large README.
 * Prints medians; the whole content script is measured in Chromium by
 * scripts/bench/content-scripts.ts.
 */
import { buildMatchLookup, toRepoLookup } from '../../lib/match/lookup';
import { matchReadme } from '../../lib/match/repo-matcher';
import { examples, repoFromUrl } from '../../lib/pages/github';
import { loadCorpus } from '../load-corpus';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const urls = [...examples.isRepo.yes, ...examples.isRepo.no].map((u) => new URL(u));
const perUrl: number[] = [];
for (let round = 0; round < 30; round++) {
  const start = performance.now();
  for (let i = 0; i < 100; i++) for (const url of urls) repoFromUrl(url);
  perUrl.push(((performance.now() - start) * 1000) / (100 * urls.length));
}
console.log(`repoFromUrl: median ${median(perUrl).toFixed(2)} µs per URL (${urls.length} example URLs)`);

const lookup = toRepoLookup(buildMatchLookup(loadCorpus()));
const filler = 'Install the package, then run the training script with the default configuration. ';
const readmes = {
  'no citation': filler.repeat(2500),
  'one cited title': `${filler.repeat(2500)}\n"Tuning Language Models by Proxy"\n`,
};
for (const [name, text] of Object.entries(readmes)) {
  const times: number[] = [];
  for (let round = 0; round < 30; round++) {
    const start = performance.now();
    matchReadme(lookup, { text });
    times.push(performance.now() - start);
  }
  console.log(`matchReadme, ${(text.length / 1000).toFixed(0)} kB README, ${name}: median ${median(times).toFixed(2)} ms`);
}

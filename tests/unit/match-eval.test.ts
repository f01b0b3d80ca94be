/**
 * The title-matching bar on the dev evaluation data (tests/fixtures/eval/), with
 * the code `scripts/eval-match.ts` runs. The figures are exact: any regression,
 * one variant missed or one negative matched, fails.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, parseEvalEntries } from '../../scripts/eval-match';
import { loadCorpus } from '../../scripts/load-corpus';

const load = (name: string) =>
  parseEvalEntries(JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/eval/${name}`, import.meta.url)), 'utf8')));

const papers = loadCorpus();
const variants = load('title-variants-dev.json');
const negatives = load('negatives-dev.json');

describe('title matching on the dev evaluation data', () => {
  it('has the data it measures', () => {
    expect(variants).toHaveLength(935);
    expect(negatives).toHaveLength(2654);
  });

  it('matches every title variant to its paper, by title alone: recall 935/935', () => {
    const { summary } = evaluate(papers, variants, { titlesOnly: true });
    expect({ found: summary.found, expected: summary.expected, wrongPaper: summary.wrongPaper }).toEqual({
      found: 935,
      expected: 935,
      wrongPaper: 0,
    });
  });

  it('matches none of the negatives, by title alone: false positives 0/2654', () => {
    const { summary, results } = evaluate(papers, negatives, { titlesOnly: true });
    expect(results.filter((r) => r.outcome !== 'correct').map((r) => `${r.title} -> ${r.matchedTitle}`)).toEqual([]);
    expect(summary).toMatchObject({ unexpected: 2654, falsePositives: 0 });
  });

  it('matches none of the negatives with ids in play either', () => {
    expect(evaluate(papers, negatives).summary).toMatchObject({ unexpected: 2654, falsePositives: 0 });
  });

  it('still matches every variant when a page shows the paper’s id, or none', () => {
    const withIds = variants.map((v) => ({ ...v, arxivId: papers.find((p) => p.title === v.expect)!.arxivId ?? null }));
    expect(evaluate(papers, withIds).summary).toMatchObject({ found: 935, expected: 935, wrongPaper: 0 });
    expect(evaluate(papers, variants).summary).toMatchObject({ found: 935, expected: 935, wrongPaper: 0 });
  });

  it('refuses every variant shown with a negative’s id (an id conflict)', () => {
    const conflicting = variants.map((v, i) => ({ title: v.title, arxivId: negatives[i]!.arxivId ?? null }));
    const { results } = evaluate(papers, conflicting);
    // Only the two corpus papers without a known id can still match by title.
    const idless = new Set(papers.filter((p) => !p.arxivId).map((p) => p.title));
    expect(results.filter((r) => r.matchedTitle && !idless.has(r.matchedTitle))).toEqual([]);
  });
});

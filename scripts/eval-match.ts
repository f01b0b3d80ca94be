/**
 * Measures title matching on a file of page titles, with the code that matches
 * arXiv pages (the lookup built from the corpus, then `createTitleMatcher`, as
 * the background runs them for the arXiv content script).
 *
 *   npx tsx scripts/eval-match.ts <file.json> [--titles-only] [--json]
 *
 * The file is a JSON array of `{ "title", "arxivId"?, "expect"? }`; `expect` is
 * the corpus title the entry must match (as in `assets/papers.txt`), absent or
 * null when it must match nothing. Prints recall (entries with an `expect` that
 * matched that paper), false positives (entries without one that matched
 * anything, plus entries matched to the wrong paper) and the time per title.
 * `--titles-only` ignores arXiv ids, in the file and in the corpus.
 * `--json` prints one result per entry on stdout (the summary goes to stderr).
 * Exits 2 on a malformed file or unknown option.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Match } from '../lib/match/evidence';
import { buildMatchLookup } from '../lib/match/lookup';
import { compactKey, normalizeTitle } from '../lib/match/normalize';
import { createTitleMatcher } from '../lib/match/title-matcher';
import type { Paper } from '../lib/types';
import { loadCorpus } from './load-corpus';

/** One entry of an evaluation file. */
export interface EvalEntry {
  title: string;
  arxivId?: string | null;
  expect?: string | null;
}

/** What happened to one entry. */
export interface EvalResult {
  title: string;
  /** Corpus title of the matched paper, or null. */
  matchedTitle: string | null;
  evidence: Match['evidence'] | null;
  score: number | null;
  /** `correct`: matched its `expect`, or nothing when none was expected. */
  outcome: 'correct' | 'missed' | 'wrong-paper' | 'false-positive';
}

/** Figures over a whole file. */
export interface EvalSummary {
  expected: number;
  found: number;
  unexpected: number;
  /** Entries without an `expect` that matched something. */
  falsePositives: number;
  /** Entries with an `expect` matched to another paper (also counted as false positives in reports). */
  wrongPaper: number;
  evidence: Partial<Record<Match['evidence'], number>>;
  msPerTitle: number;
}

/** Raised for a file that is not an evaluation file; the message says what is wrong and where. */
export class EvalFileError extends Error {
  override name = 'EvalFileError';
}

/**
 * Checks the shape of a parsed evaluation file.
 * @throws {EvalFileError} naming the first bad entry.
 */
export function parseEvalEntries(data: unknown): EvalEntry[] {
  if (!Array.isArray(data)) throw new EvalFileError('expected a JSON array of { "title", "arxivId"?, "expect"? } objects');
  data.forEach((entry: unknown, i) => {
    const where = `entry ${i}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new EvalFileError(`${where}: not an object`);
    }
    const { title, arxivId, expect } = entry as Record<string, unknown>;
    if (typeof title !== 'string') throw new EvalFileError(`${where}: "title" must be a string`);
    if (arxivId !== undefined && arxivId !== null && typeof arxivId !== 'string') {
      throw new EvalFileError(`${where}: "arxivId" must be a string or null`);
    }
    if (expect !== undefined && expect !== null && typeof expect !== 'string') {
      throw new EvalFileError(`${where}: "expect" must be a string or null`);
    }
  });
  return data as EvalEntry[];
}

/**
 * Matches every entry and scores the outcome.
 * @param papers The corpus (`loadCorpus()`).
 * @param options.titlesOnly Ignore arXiv ids in the entries and in the corpus.
 * @throws {EvalFileError} when an `expect` names no corpus paper.
 */
export function evaluate(
  papers: readonly Paper[],
  entries: readonly EvalEntry[],
  options: { titlesOnly?: boolean } = {},
): { results: EvalResult[]; summary: EvalSummary } {
  // `expect` is the seed title; a display title or another spelling of it is accepted too.
  const byTitle = new Map<string, Paper>();
  for (const p of papers) byTitle.set(p.title, p);
  const byKey = new Map<string, Paper>();
  for (const p of papers) byKey.set(compactKey(normalizeTitle(p.title)), p);
  const expected = entries.map((entry, i) => {
    if (!entry.expect) return null;
    const paper = byTitle.get(entry.expect) ?? byKey.get(compactKey(normalizeTitle(entry.expect)));
    if (!paper) throw new EvalFileError(`entry ${i}: "expect" names no corpus paper: "${entry.expect}"`);
    return paper;
  });
  const byId = new Map(papers.map((p) => [p.id, p]));

  const lookup = buildMatchLookup(papers);
  const matcher = createTitleMatcher(lookup, { ignoreIds: options.titlesOnly ?? false });
  const start = performance.now();
  const matches = entries.map((entry) => matcher.match(entry));
  const elapsed = performance.now() - start;

  const summary: EvalSummary = {
    expected: 0,
    found: 0,
    unexpected: 0,
    falsePositives: 0,
    wrongPaper: 0,
    evidence: {},
    msPerTitle: entries.length ? elapsed / entries.length : 0,
  };
  const results = entries.map((entry, i): EvalResult => {
    const match = matches[i] ?? null;
    const want = expected[i] ?? null;
    const got = match ? byId.get(match.paperId)! : null;
    if (match) summary.evidence[match.evidence] = (summary.evidence[match.evidence] ?? 0) + 1;
    let outcome: EvalResult['outcome'];
    if (want) {
      summary.expected++;
      outcome = !got ? 'missed' : got === want ? 'correct' : 'wrong-paper';
      if (outcome === 'correct') summary.found++;
      if (outcome === 'wrong-paper') summary.wrongPaper++;
    } else {
      summary.unexpected++;
      outcome = got ? 'false-positive' : 'correct';
      if (got) summary.falsePositives++;
    }
    return {
      title: entry.title,
      matchedTitle: got?.title ?? null,
      evidence: match?.evidence ?? null,
      score: match ? Math.round(match.score * 1000) / 1000 : null,
      outcome,
    };
  });
  return { results, summary };
}

const percent = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(2)}%` : 'n/a');

/** The summary as the lines the CLI prints. */
export function formatSummary(summary: EvalSummary): string[] {
  const evidence = Object.entries(summary.evidence)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  return [
    `recall: ${summary.found}/${summary.expected} (${percent(summary.found, summary.expected)})`,
    `false positives: ${summary.falsePositives + summary.wrongPaper} ` +
      `(${summary.falsePositives}/${summary.unexpected} entries without an expected paper matched one; ` +
      `${summary.wrongPaper} entries matched the wrong paper)`,
    `evidence: ${evidence || 'none'}`,
    `time: ${(summary.msPerTitle * 1000).toFixed(1)} µs per title`,
  ];
}

function main(argv: string[]): number {
  const flags = argv.filter((a) => a.startsWith('--'));
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--titles-only' && f !== '--json');
  if (files.length !== 1 || unknown.length) {
    console.error('usage: npx tsx scripts/eval-match.ts <file.json> [--titles-only] [--json]');
    if (unknown.length) console.error(`unknown option: ${unknown.join(' ')}`);
    return 2;
  }
  const file = files[0]!;
  const titlesOnly = flags.includes('--titles-only');
  const json = flags.includes('--json');

  let entries: EvalEntry[];
  let outcome: ReturnType<typeof evaluate>;
  try {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new EvalFileError(`cannot read: ${(error as Error).message}`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new EvalFileError(`not valid JSON: ${(error as Error).message}`);
    }
    entries = parseEvalEntries(data);
    outcome = evaluate(loadCorpus(), entries, { titlesOnly });
  } catch (error) {
    if (error instanceof EvalFileError) {
      console.error(`${file}: ${error.message}`);
      return 2;
    }
    throw error;
  }

  const { results, summary } = outcome;
  const heading = `${file}: ${entries.length} entries${titlesOnly ? ', titles only (ids ignored)' : ''}`;
  const lines = [heading, ...formatSummary(summary)];
  if (json) {
    const perEntry = results.map(({ title, matchedTitle, evidence, score }) => ({ title, matchedTitle, evidence, score }));
    console.log(JSON.stringify(perEntry, null, 1));
    for (const line of lines) console.error(line);
  } else {
    for (const line of lines) console.log(line);
    for (const r of results) {
      if (r.outcome === 'correct') continue;
      const detail = r.matchedTitle ? ` -> ${r.matchedTitle} (${r.evidence}, ${r.score})` : '';
      console.log(`  ${r.outcome}: ${JSON.stringify(r.title)}${detail}`);
    }
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}

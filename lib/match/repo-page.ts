/**
 * What a GitHub repository page shows of the corpus, decided from the facts the
 * content script read off the page (`RepoFacts`). The background runs this, with
 * the full repository lookup, whenever the content script's first check
 * (`./repo-precheck`) says the page may show a corpus paper.
 */
import type { Match } from './evidence';
import type { RepoLookup } from './lookup';
import { matchGitHubRepo, matchRepo } from './repo-matcher';

/** What the content script read off a repository page. */
export interface RepoFacts {
  /** Lower-case `owner/repo` of the page's repository (URL and meta tags agree). */
  repoKey: string;
  /** `owner/repo` of the parent, when the repository is a fork. */
  parentNwo?: string;
  /** The README, on a repository home that has one (only what the first check found worth reading). */
  readme?: {
    /** arXiv ids the README cites (`readReadme`), when it may cite a corpus paper's id; else empty. */
    arxivIds: string[];
    /** The README's text (`readReadme`), when it may quote a corpus title; else absent. */
    text?: string;
  };
}

/** What to show on a GitHub page. */
export type GitHubPageResult =
  | { kind: 'none' }
  | {
      kind: 'repo';
      /** Lower-case `owner/repo`: the key for dismissal. */
      repoKey: string;
      /** Papers this repository is the code of, or whose README cites them. */
      matches: Match[];
      /** A README citing many corpus papers: those papers (shown as a list). */
      cited: Match[];
      /** The parent repository, when this is a fork of a paper's code repository. */
      forkOf?: string;
      /** Identifies what is shown, so an unchanged page keeps its panel. */
      signature: string;
    };

/** A page that shows corpus papers. */
export type RepoPage = Extract<GitHubPageResult, { kind: 'repo' }>;

const NONE: GitHubPageResult = { kind: 'none' };

/** Matches a repository page's facts against the corpus lookup. */
export function matchRepoFacts(lookup: RepoLookup, facts: RepoFacts): GitHubPageResult {
  const readme = facts.readme
    ? { arxivIds: facts.readme.arxivIds, ...(facts.readme.text !== undefined ? { text: facts.readme.text } : {}) }
    : undefined;
  const result = matchGitHubRepo(lookup, facts.repoKey, readme);
  // A fork is its own repository; its parent being a paper's code is worth saying, not claiming.
  const parentMatches = facts.parentNwo ? matchRepo(lookup, facts.parentNwo) : [];
  if (result.kind === 'none' && parentMatches.length === 0) return NONE;
  const matches = result.kind === 'none' ? [] : result.matches;
  const cited = result.kind === 'list' ? result.papers : [];
  const shown = matches.length || cited.length ? matches : parentMatches.map((m) => ({ ...m, evidence: 'repo-link' as const }));
  const forkOf = parentMatches.length ? facts.parentNwo : undefined;
  const signature = [facts.repoKey, forkOf ?? '', ...shown.map((m) => `${m.paperId}:${m.evidence}`), '|', ...cited.map((m) => m.paperId)].join(' ');
  return { kind: 'repo', repoKey: facts.repoKey, matches: shown, cited, ...(forkOf ? { forkOf } : {}), signature };
}

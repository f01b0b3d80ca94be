/**
 * Decides what a GitHub page shows of the corpus, synchronously and cheaply:
 * the URL first (microseconds; most GitHub pages are not repositories), then
 * the repository identity from meta tags, then, on a repository home only,
 * the README. Pure given the document, so tests run it on saved pages.
 */
import { matchGitHubRepo, matchRepo } from '../match/repo-matcher';
import type { Match } from '../match/evidence';
import type { RepoLookup } from '../match/lookup';
import { readRepoIdentity, repoFromUrl } from '../pages/github';
import { readReadme } from '../pages/readme-citations';

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

/**
 * Reads the page and matches it against the corpus lookup. Never throws.
 * @param lookup The lookup, or a function giving it (called only on a repository page).
 */
export function readGitHubPage(doc: Document, url: URL | Location, lookup: RepoLookup | (() => RepoLookup)): GitHubPageResult {
  try {
    if (!repoFromUrl(url)) return NONE;
    const identity = readRepoIdentity(doc, url);
    if (!identity) return NONE;
    if (typeof lookup === 'function') lookup = lookup();
    const readme = identity.isHome ? readReadme(doc) : undefined;
    const result = matchGitHubRepo(lookup, identity.key, readme);
    // A fork is its own repository; its parent being a paper's code is worth saying, not claiming.
    const parentMatches = identity.isFork && identity.parentNwo ? matchRepo(lookup, identity.parentNwo) : [];
    if (result.kind === 'none' && parentMatches.length === 0) return NONE;
    const matches = result.kind === 'none' ? [] : result.matches;
    const cited = result.kind === 'list' ? result.papers : [];
    const shown = matches.length || cited.length ? matches : parentMatches.map((m) => ({ ...m, evidence: 'repo-link' as const }));
    const forkOf = parentMatches.length ? identity.parentNwo : undefined;
    const signature = [identity.key, forkOf ?? '', ...shown.map((m) => `${m.paperId}:${m.evidence}`), '|', ...cited.map((m) => m.paperId)].join(' ');
    return { kind: 'repo', repoKey: identity.key, matches: shown, cited, ...(forkOf ? { forkOf } : {}), signature };
  } catch {
    // Right or silent: an odd page shows nothing rather than breaking GitHub.
    return NONE;
  }
}

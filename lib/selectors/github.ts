/**
 * Every GitHub selector Paperscope reads, in one place, each with the number
 * of elements it matches on each saved page in `tests/fixtures/`.
 *
 * GitHub changes its markup often (see `../shared/fixtures/DOM-NOTES.md` §2).
 * Keeping the selectors here, with counts that `tests/unit/github-selectors.test.ts`
 * checks against the saved pages, means a markup change shows up as one failing
 * count instead of a silently blank panel. Readers in `lib/pages/` use only these.
 */

/** The saved GitHub pages the counts below refer to, by role. */
export const GITHUB_FIXTURES = {
  /** Repository home, logged out, raw server HTML (August 2026). */
  repoHome: 'github.com__microsoft__playwright__2026-08.html',
  /** Repository sub-page (an issue), DOM as the browser had it (July 2025). */
  issue: 'github.com__kepano__defuddle__issues__56__2025-07.html',
} as const;

/** A role name from {@link GITHUB_FIXTURES}. */
export type GithubFixtureRole = keyof typeof GITHUB_FIXTURES;

/** One selector and how many elements it matches on each saved page. */
export interface GithubSelectorSpec {
  /** CSS selector. */
  readonly selector: string;
  /**
   * Key of another spec in {@link githubSelectors}: this selector is meant to be
   * run inside the first element that one matches (and its counts are counted there).
   */
  readonly within?: string;
  /** Expected number of matches on each saved page (0 = must be absent there). */
  readonly counts: Readonly<Record<GithubFixtureRole, number>>;
}

/**
 * All GitHub selectors, with their expected counts on the saved pages. What each
 * is for is a comment, not a field: content scripts bundle this object, and
 * comments cost nothing there.
 */
export const githubSelectors = {
  /** Owner/name of the repository on every repository page (analytics meta; the best "which repo" hook). */
  repoNwoMeta: {
    selector: 'meta[name="octolytics-dimension-repository_nwo"]',
    counts: { repoHome: 1, issue: 1 },
  },
  /** Content "true" on forks, "false" otherwise. */
  repoIsForkMeta: {
    selector: 'meta[name="octolytics-dimension-repository_is_fork"]',
    counts: { repoHome: 1, issue: 1 },
  },
  /** Forks only: owner/name of the parent (refined-github getForkedRepo reads it too). */
  repoParentNwoMeta: {
    selector: 'meta[name="octolytics-dimension-repository_parent_nwo"]',
    counts: { repoHome: 0, issue: 0 },
  },
  /** Canonical URL of the page in its correct case; a cross-check, not proof a repo exists. */
  ogUrlMeta: {
    selector: 'meta[property="og:url"]',
    counts: { repoHome: 1, issue: 1 },
  },
  /** Server-rendered repo header on every repo sub-page; id-stable since 2022; replaced on Turbo navigation. */
  repoHeader: {
    selector: '#repository-container-header',
    counts: { repoHome: 1, issue: 1 },
  },
  /** Link to /owner/name in the header; DOM evidence when the meta tags are missing. */
  repoHeaderNameLink: {
    selector: '#repository-container-header [itemprop="name"] a[href]',
    counts: { repoHome: 1, issue: 1 },
  },
  /** The <main> of repository pages; panel fallback anchor when the header is gone. */
  repoMain: {
    selector: '#js-repo-pjax-container',
    counts: { repoHome: 1, issue: 1 },
  },
  /** Last-resort panel anchor. */
  main: {
    selector: 'main',
    counts: { repoHome: 1, issue: 1 },
  },
  /** Rendered README on a repository home (2025–26 React code view; no #readme id any more). */
  readme: {
    selector: 'article.markdown-body[itemprop="text"]',
    counts: { repoHome: 1, issue: 0 },
  },
  /** Rendered README in the ≤2024 Rails layout (tested on a derived page; no saved page has it). */
  readmeLegacy: {
    selector: '#readme article.markdown-body',
    counts: { repoHome: 0, issue: 0 },
  },
  /** Links inside the README that name arXiv (its host, or its DOI prefix `10.48550/arXiv.`), scanned for citations. */
  readmeArxivLink: {
    selector: 'a[href*="arxiv" i]',
    within: 'readme',
    // The saved README cites no paper (its 62 links go elsewhere); tests/unit/github-readme.test.ts has pages that do.
    counts: { repoHome: 0, issue: 0 },
  },
} as const satisfies Record<string, GithubSelectorSpec>;

/** Name of one entry of {@link githubSelectors}. */
export type GithubSelectorName = keyof typeof githubSelectors;

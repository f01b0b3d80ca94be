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

/** One selector with what it is for and how many elements it matches per saved page. */
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
  /** Why it is here and how stable it is. */
  readonly note: string;
}

/** All GitHub selectors, with their expected counts on the saved pages. */
export const githubSelectors = {
  repoNwoMeta: {
    selector: 'meta[name="octolytics-dimension-repository_nwo"]',
    counts: { repoHome: 1, issue: 1 },
    note: 'owner/name of the repository on every repository page (analytics meta; the best "which repo" hook)',
  },
  repoIsForkMeta: {
    selector: 'meta[name="octolytics-dimension-repository_is_fork"]',
    counts: { repoHome: 1, issue: 1 },
    note: 'content "true" on forks, "false" otherwise',
  },
  repoParentNwoMeta: {
    selector: 'meta[name="octolytics-dimension-repository_parent_nwo"]',
    counts: { repoHome: 0, issue: 0 },
    note: 'forks only: owner/name of the parent (refined-github getForkedRepo reads it too)',
  },
  ogUrlMeta: {
    selector: 'meta[property="og:url"]',
    counts: { repoHome: 1, issue: 1 },
    note: 'canonical URL of the page in its correct case; a cross-check, not proof a repo exists',
  },
  repoHeader: {
    selector: '#repository-container-header',
    counts: { repoHome: 1, issue: 1 },
    note: 'server-rendered repo header on every repo sub-page; id-stable since 2022; replaced on Turbo navigation',
  },
  repoHeaderNameLink: {
    selector: '#repository-container-header [itemprop="name"] a[href]',
    counts: { repoHome: 1, issue: 1 },
    note: 'link to /owner/name in the header; DOM evidence when the meta tags are missing',
  },
  repoMain: {
    selector: '#js-repo-pjax-container',
    counts: { repoHome: 1, issue: 1 },
    note: 'the <main> of repository pages; panel fallback anchor when the header is gone',
  },
  main: {
    selector: 'main',
    counts: { repoHome: 1, issue: 1 },
    note: 'last-resort panel anchor',
  },
  readme: {
    selector: 'article.markdown-body[itemprop="text"]',
    counts: { repoHome: 1, issue: 0 },
    note: 'rendered README on a repository home (2025–26 React code view; no #readme id any more)',
  },
  readmeLegacy: {
    selector: '#readme article.markdown-body',
    counts: { repoHome: 0, issue: 0 },
    note: 'rendered README in the ≤2024 Rails layout (tested on a derived page; no saved page has it)',
  },
  readmeLink: {
    selector: 'a[href]',
    within: 'readme',
    counts: { repoHome: 62, issue: 0 },
    note: 'links inside the README, scanned for arXiv citations',
  },
} as const satisfies Record<string, GithubSelectorSpec>;

/** Name of one entry of {@link githubSelectors}. */
export type GithubSelectorName = keyof typeof githubSelectors;

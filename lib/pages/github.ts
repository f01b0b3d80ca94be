/**
 * GitHub repository pages: which repository a URL or a loaded page belongs to,
 * and where a panel can go. Pure functions; the DOM is only read.
 *
 * URL classification leans on `github-url-detection` for the parts GitHub keeps
 * changing (its list of reserved first path segments, gists, the template
 * `generate` page, clean-pathname rules) and adds what a content script needs on
 * top: only github.com itself (the library also accepts Enterprise hosts), a
 * case-insensitive reserved-name check, and a syntax check of owner and name.
 * Importing it costs about 4.5 kB minified (2.1 kB gzipped) in a content script,
 * 3.7 kB of which is the reserved-names list any correct detector needs; it has no
 * other runtime dependency and no side effects.
 */
import { isRepo as gudIsRepo, isRepoHome as gudIsRepoHome, utils } from 'github-url-detection';
import { githubSelectors } from '../selectors/github';

/** What a repository URL says, before looking at the page. */
export interface RepoUrlInfo {
  /** Owner as written in the URL (case as typed). */
  owner: string;
  /** Repository name as written in the URL. */
  name: string;
  /** `owner/name` as written in the URL. */
  nwo: string;
  /** Lower-case `owner/name`: GitHub names are case-insensitive, so this is the matching key. */
  key: string;
  /** Sub-page path after `owner/name`, without slashes at either end (`''` on the home page). */
  path: string;
  /** True on the repository home (the README page). */
  isHome: boolean;
}

/** The repository a loaded page shows, once the URL and the page agree. */
export interface RepoIdentity {
  /** `owner/name` in GitHub's canonical case when the page says it, else as in the URL. */
  nwo: string;
  /** Lower-case `owner/name`, the matching key (same as `PaperLink.repo`). */
  key: string;
  isFork: boolean;
  /** `owner/name` of the repository this one was forked from, when the page says it. */
  parentNwo?: string;
  /** True on the repository home (the README page). */
  isHome: boolean;
}

/** Where to put the injected panel. */
export interface PanelAnchor {
  element: Element;
  /** `after`: insert as the next sibling of `element`; `first`: insert as its first child. */
  append: 'after' | 'first';
}

// Owners: letters, digits, hyphens; underscores occur in Enterprise Managed User
// logins (`name_shortcode`). No leading hyphen or dot, so `/-x/y` and `/.x/y` are out.
const OWNER_SYNTAX = /^[a-z\d][\w-]{0,99}$/i;
// Repository names: letters, digits, `-`, `_`, `.` (e.g. `transformers.js`, `.github`).
const NAME_SYNTAX = /^[\w.-]{1,100}$/;
// A well-formed `owner/name` in a meta tag.
const NWO_SYNTAX = /^[a-z\d][\w-]*\/[\w.-]+$/i;
// First segments GitHub serves its own pages under that `github-reserved-names`
// 2.2 does not list (yet); no account can have these names.
const EXTRA_RESERVED = new Set(['solutions']);
// Base for resolving relative hrefs from the page; only the path matters.
const GITHUB_ORIGIN = 'https://github.com/';

/**
 * The repository a URL belongs to, or `undefined` when it is not a repository page.
 * Covers `/<owner>/<repo>` and every sub-page (tree, blob, issues, pulls, wiki,
 * actions, settings…); rejects GitHub's own sections (`/settings`, `/orgs/x`,
 * `/topics/x`, `/marketplace/…`…), profiles (`/owner`), gists and other hosts.
 * Costs a few microseconds; reads nothing but the URL.
 */
export function repoFromUrl(url: URL | Location = location): RepoUrlInfo | undefined {
  // Content scripts only run on github.com; the library would also accept
  // GitHub Enterprise hosts and `www.`/`raw.` hosts are not repository pages.
  if (url.hostname !== 'github.com') return undefined;
  // The library compares reserved names case-sensitively, but account names are
  // case-insensitive: `/Settings/x` can never be a repository either.
  if (!gudIsRepo(/[A-Z]/.test(url.pathname) ? withLowerCasePath(url) : url)) return undefined;
  const info = utils.getRepositoryInfo(url);
  if (!info) return undefined;
  const { owner, name, path } = info;
  if (!OWNER_SYNTAX.test(owner) || !NAME_SYNTAX.test(name) || name === '.' || name === '..') return undefined;
  if (EXTRA_RESERVED.has(owner.toLowerCase())) return undefined;
  const nwo = `${owner}/${name}`;
  return { owner, name, nwo, key: nwo.toLowerCase(), path, isHome: gudIsRepoHome(url) };
}

/** True when the URL is a repository page or any of its sub-pages. See {@link repoFromUrl}. */
export function isRepo(url: URL | Location = location): boolean {
  return repoFromUrl(url) !== undefined;
}

/**
 * True on a repository home (`/<owner>/<repo>`, any query or hash except
 * `?search=1`, which is the repository's search page).
 */
export function isRepoHome(url: URL | Location = location): boolean {
  return repoFromUrl(url)?.isHome === true;
}

/** The URL detectors by name, for the table test over {@link examples}. */
export const detectors = { isRepo, isRepoHome } as const;

/** Repository homes: examples for both detectors (every home is a repository page). */
const REPO_HOMES = [
  'https://github.com/microsoft/playwright',
  'https://github.com/microsoft/playwright/',
  'https://github.com/microsoft/playwright?tab=readme-ov-file',
  'https://github.com/microsoft/playwright#readme',
  'https://github.com/Microsoft/Playwright',
  'https://github.com/huggingface/transformers.js',
  'https://github.com/foo/bar-baz.qux',
  'https://github.com/foo/bar-baz.qux/',
  'https://github.com/octo-org/.github',
  'https://github.com/jdoe_octocorp/dotfiles',
];

/**
 * Example URLs per detector. Every detector is tested against every URL in this
 * table: it must be true for the URLs in its `yes` list and false for all others
 * (the `no` lists name the tricky negatives; any other detector's `yes` URL that
 * is not in this detector's `yes` list is a negative too).
 */
export const examples: Record<keyof typeof detectors, { yes: readonly string[]; no: readonly string[] }> = {
  isRepo: {
    yes: [
      ...REPO_HOMES,
      'https://github.com/microsoft/playwright/tree/main',
      'https://github.com/microsoft/playwright/tree/main/docs',
      'https://github.com/microsoft/playwright/blob/main/README.md',
      'https://github.com/microsoft/playwright/issues',
      'https://github.com/kepano/defuddle/issues/56',
      'https://github.com/microsoft/playwright/pulls?q=is%3Aopen',
      'https://github.com/microsoft/playwright/pull/123/files',
      'https://github.com/microsoft/playwright/wiki',
      'https://github.com/microsoft/playwright/actions',
      'https://github.com/microsoft/playwright/releases/tag/v1.50.0',
      'https://github.com/microsoft/playwright/settings',
      'https://github.com/microsoft/playwright/search?q=locator',
      'https://github.com/microsoft/playwright?search=1',
      'https://github.com/microsoft//playwright//issues',
    ],
    no: [
      'https://github.com/',
      'https://github.com/microsoft',
      'https://github.com/microsoft/',
      'https://github.com/microsoft?tab=repositories',
      'https://github.com/orgs/microsoft',
      'https://github.com/orgs/microsoft/repositories',
      'https://github.com/topics/machine-learning',
      'https://github.com/settings',
      'https://github.com/settings/profile',
      'https://github.com/Settings/profile',
      'https://github.com/search?q=playwright',
      'https://github.com/search?q=repo%3Amicrosoft%2Fplaywright',
      'https://github.com/marketplace/actions/setup-node',
      'https://github.com/explore',
      'https://github.com/notifications',
      'https://github.com/notifications/beta',
      'https://github.com/new',
      'https://github.com/new/import',
      'https://github.com/login?return_to=%2Fmicrosoft%2Fplaywright',
      'https://github.com/sponsors/sindresorhus',
      'https://github.com/features/copilot',
      'https://github.com/trending/python',
      'https://github.com/users/octocat/projects/1',
      'https://github.com/apps/dependabot',
      'https://github.com/stars/octocat/lists/ml',
      'https://github.com/codespaces/new',
      'https://github.com/solutions/industry/healthcare',
      'https://github.com/microsoft/playwright/generate',
      'https://github.com/-foo/bar',
      'https://github.com/foo/bar%20baz',
      'https://gist.github.com/x/y',
      'https://gist.github.com/fregante/0123456789abcdef0123',
      'https://github.example.com/microsoft/playwright',
      'https://raw.githubusercontent.com/microsoft/playwright/main/README.md',
      'https://arxiv.org/abs/2205.11916',
    ],
  },
  isRepoHome: {
    yes: REPO_HOMES,
    no: [
      'https://github.com/microsoft/playwright?search=1',
      'https://github.com/microsoft/playwright/tree/main',
      'https://github.com/microsoft/playwright/issues',
      'https://github.com/kepano/defuddle/issues/56',
      'https://github.com/microsoft',
      'https://github.com/topics/machine-learning',
      'https://gist.github.com/x/y',
    ],
  },
};

/**
 * Which repository the loaded page shows, or `undefined` when that is not
 * certain. Never throws.
 *
 * The URL decides first (it is updated synchronously on soft navigation; the page
 * may lag behind). Then every page source that is present must agree with it,
 * case-insensitively: `meta[name=octolytics-dimension-repository_nwo]`, the
 * `og:url` meta (when it is a repository URL), and the header's `owner/name` link.
 * Any disagreement means a stale or half-updated page: return nothing, because a
 * silent panel is better than a wrong one.
 *
 * A page with no such meta tags is accepted only if the repository header is there
 * and agrees. Every real repository page has the meta tag or the header (both, on
 * the saved pages); a page with neither is GitHub's 404 (a deleted or private
 * repository, which shows no repository), an error page, or a page caught
 * mid-navigation, and the content script runs again when navigation ends. The
 * header fallback keeps the extension working should GitHub drop its analytics
 * meta tags. `og:url` alone is not enough: it only echoes the requested address.
 */
export function readRepoIdentity(doc: Document = document, url: URL | Location = location): RepoIdentity | undefined {
  try {
    const fromUrl = repoFromUrl(url);
    if (!fromUrl) return undefined;

    const metaNwo = metaContent(doc, githubSelectors.repoNwoMeta.selector);
    if (metaNwo !== undefined && (!NWO_SYNTAX.test(metaNwo) || metaNwo.toLowerCase() !== fromUrl.key)) return undefined;

    const ogUrl = metaContent(doc, githubSelectors.ogUrlMeta.selector);
    const fromOg = ogUrl === undefined ? undefined : repoFromHref(ogUrl);
    if (fromOg && fromOg.key !== fromUrl.key) return undefined;

    const headerHref = doc.querySelector(githubSelectors.repoHeaderNameLink.selector)?.getAttribute('href');
    const fromHeader = headerHref ? repoFromHref(headerHref) : undefined;
    if (fromHeader && fromHeader.key !== fromUrl.key) return undefined;

    // Positive evidence that this is a repository page, not just a repository URL.
    if (metaNwo === undefined && !fromHeader) return undefined;

    const nwo = metaNwo ?? fromHeader?.nwo ?? fromUrl.nwo;
    const fork = readForkOf(doc);
    const identity: RepoIdentity = { nwo, key: fromUrl.key, isFork: fork.isFork, isHome: fromUrl.isHome };
    if (fork.parentNwo !== undefined) identity.parentNwo = fork.parentNwo;
    return identity;
  } catch {
    return undefined;
  }
}

/**
 * Where the panel goes: right after the repository header (server-rendered and
 * id-stable, on every repository sub-page), else as the first child of the
 * repository `<main>` (or any `<main>`). `undefined` when the page has neither.
 * The header is replaced on Turbo navigation, so callers re-inject after it.
 */
export function findRepoPanelAnchor(doc: Document = document): PanelAnchor | undefined {
  const header = doc.querySelector(githubSelectors.repoHeader.selector);
  if (header) return { element: header, append: 'after' };
  const main = doc.querySelector(githubSelectors.repoMain.selector) ?? doc.querySelector(githubSelectors.main.selector);
  if (main) return { element: main, append: 'first' };
  return undefined;
}

/** The trimmed `content` of the first element matching `selector`, or `undefined` if absent or empty. */
/**
 * Whether the page's repository is a fork, and of which `owner/name` (when the
 * page says it, well-formed). Reads the parent's meta tag only on a fork: on
 * other pages it is absent, and looking for an absent tag walks the whole page.
 */
export function readForkOf(doc: Document = document): { isFork: boolean; parentNwo?: string } {
  const isFork = metaContent(doc, githubSelectors.repoIsForkMeta.selector)?.toLowerCase() === 'true';
  const parent = isFork ? metaContent(doc, githubSelectors.repoParentNwoMeta.selector) : undefined;
  return parent !== undefined && NWO_SYNTAX.test(parent) ? { isFork, parentNwo: parent } : { isFork };
}

function metaContent(doc: Document, selector: string): string | undefined {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : undefined;
}

/** The repository an absolute or root-relative href points at, if any. */
function repoFromHref(href: string): RepoUrlInfo | undefined {
  try {
    return repoFromUrl(new URL(href, GITHUB_ORIGIN));
  } catch {
    return undefined;
  }
}

/** A copy of `url` with its path lower-cased (for the reserved-name check only). */
function withLowerCasePath(url: URL | Location): URL {
  const copy = new URL(url.href);
  copy.pathname = url.pathname.toLowerCase();
  return copy;
}

/**
 * Builders of derived GitHub test pages, as HTML strings.
 *
 * The saved pages in `tests/fixtures/` belong to no corpus paper. To test a
 * positive case, these rewrite a saved page so it says it is another repository
 * (the same way GitHub would render that repository: meta tags, title, header
 * links), optionally with another README. Plain string work, no DOM library, so
 * unit tests (happy-dom) and end-to-end tests (Playwright routes serving the
 * string under `https://github.com/<nwo>`) share them.
 *
 * Every rewrite that must happen is checked: if GitHub's saved markup does not
 * contain what a builder expects, it throws instead of returning a half-derived page.
 */
import { readFileSync } from 'node:fs';
import { GITHUB_FIXTURES } from '../../lib/selectors/github';

const FIXTURE_DIR = new URL('../fixtures/', import.meta.url);
const NWO = /^[a-z\d][\w-]*\/[\w.-]+$/i;
const cache = new Map<string, string>();

/** The saved GitHub page `file` from `tests/fixtures/`, verbatim. */
export function githubFixture(file: string): string {
  let html = cache.get(file);
  if (html === undefined) {
    html = readFileSync(new URL(file, FIXTURE_DIR), 'utf8');
    cache.set(file, html);
  }
  return html;
}

/** `https://github.com/<nwo>[/<path>]`: where a derived page is served. */
export function repoUrl(nwo: string, path = ''): string {
  return `https://github.com/${nwo}${path ? `/${path.replace(/^\/+/, '')}` : ''}`;
}

/** Options of {@link repoPageAs}. */
export interface RepoPageOptions {
  /** Inner HTML for the README article (replaces playwright's README). */
  readmeHtml?: string;
  /** Make the page a fork of `parentNwo` (is_fork meta, parent_nwo meta, "forked from" line). */
  fork?: { parentNwo: string };
  /** Make the repository empty: no files and no README, GitHub's quick-setup box instead. */
  empty?: true;
  /** Make the repository archived: GitHub's read-only banner in `main`. */
  archived?: true;
}

/**
 * The saved microsoft/playwright home page, rewritten to be the home of `nwo`:
 * `og:url`, the octolytics nwo / user_login / network_root meta tags, `go-import`,
 * `<title>`, `og:title`, the header's owner and name links, and every other
 * `microsoft/playwright` reference (embedded JSON, nav links). The description
 * text stays playwright's.
 */
export function repoPageAs(nwo: string, options: RepoPageOptions = {}): string {
  let html = rewriteRepo(githubFixture(GITHUB_FIXTURES.repoHome), 'microsoft/playwright', nwo);
  if (options.readmeHtml !== undefined) html = replaceReadme(html, options.readmeHtml);
  if (options.fork) html = makeFork(html, nwo, options.fork.parentNwo);
  if (options.empty) html = makeEmpty(html, nwo);
  if (options.archived) html = makeArchived(html);
  return html;
}

/** The saved kepano/defuddle issue page (#56), rewritten the same way to be an issue of `nwo`. */
export function issuePageAs(nwo: string): string {
  return rewriteRepo(githubFixture(GITHUB_FIXTURES.issue), 'kepano/defuddle', nwo);
}

/**
 * A README fragment (inner HTML of the README article) citing `ids` and `titles`.
 * Entry `i` pairs `ids[i]` with `titles[i]`; ids rotate through four forms so a
 * list of four or more shows all of them: an `arxiv.org/abs` link, an
 * `arxiv.org/pdf/<id>v2.pdf` link, `arXiv:<id>` in text, and a BibTeX block with
 * `eprint` and `archivePrefix={arXiv}`. A title with no id is cited by title only.
 */
export function readmeCiting(ids: readonly string[], titles: readonly string[] = []): string {
  const parts = [
    '<div class="markdown-heading" dir="auto"><h1 tabindex="-1" class="heading-element" dir="auto">Official implementation</h1></div>',
    '<p dir="auto">This repository contains the code for the papers below.</p>',
  ];
  const count = Math.max(ids.length, titles.length);
  for (let i = 0; i < count; i++) {
    const id = ids[i];
    const title = escapeHtml(titles[i] ?? `Paper number ${i + 1}`);
    if (id === undefined) {
      parts.push(`<p dir="auto">If you use this code, please cite <em>${title}</em>.</p>`);
      continue;
    }
    const safeId = escapeHtml(id);
    switch (i % 4) {
      case 0:
        parts.push(`<p dir="auto"><a href="https://arxiv.org/abs/${safeId}" rel="nofollow">${title}</a></p>`);
        break;
      case 1:
        parts.push(`<p dir="auto">${title} [<a href="https://arxiv.org/pdf/${safeId}v2.pdf" rel="nofollow">PDF</a>]</p>`);
        break;
      case 2:
        parts.push(`<p dir="auto">${title}. arXiv:${safeId}, 2023.</p>`);
        break;
      default:
        parts.push(
          '<div class="highlight highlight-text-bibtex notranslate position-relative overflow-auto" dir="auto"><pre>' +
            `@article{paper${i},\n  title={${title}},\n  author={Doe, Jane and Roe, Richard},\n  journal={arXiv preprint},\n` +
            `  eprint={${safeId}},\n  archivePrefix={arXiv},\n  year={2023}\n}</pre></div>`,
        );
    }
  }
  return parts.join('\n');
}

/** Options of {@link notFoundPage}. */
export interface NotFoundOptions {
  /** Echo this URL in `og:url` (to check that an echoed URL alone proves nothing). */
  ogUrl?: string;
}

/**
 * A minimal GitHub-style 404 ("Page not found · GitHub"): no repository meta
 * tags, no repository header, a `<main>` with the 404 message. What a deleted or
 * private repository shows to a logged-out visitor.
 */
export function notFoundPage(options: NotFoundOptions = {}): string {
  const og = options.ogUrl ? `\n  <meta property="og:url" content="${escapeHtml(options.ogUrl)}">` : '';
  return `<!DOCTYPE html>
<html lang="en" data-color-mode="auto">
<head>
  <meta charset="utf-8">
  <title>Page not found · GitHub</title>
  <meta name="user-login" content="">
  <meta property="og:site_name" content="GitHub">${og}
</head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;">
  <div class="logged-out env-production page-responsive" data-turbo-body>
    <header class="HeaderMktg header-logged-out js-details-container js-header Details" role="banner"><a href="/" aria-label="Homepage">GitHub</a></header>
    <main class="font-mktg">
      <div class="position-relative">
        <img alt="404 “This is not the web page you are looking for”" class="c404-err" height="249" width="271" src="/images/modules/404/parallax_errortext.png">
        <p>This is not the web page you are looking for.</p>
      </div>
    </main>
    <footer class="footer" role="contentinfo"><a href="/site/terms">Terms</a></footer>
  </div>
</body>
</html>
`;
}

/**
 * `html` (a saved page of repository `from`) rewritten to be a page of `to`:
 * every `from` reference (plain and URL-encoded), the owner meta and the header's
 * owner and name links.
 */
function rewriteRepo(html: string, from: string, to: string): string {
  if (!NWO.test(to)) throw new Error(`not an owner/name: ${to}`);
  const [fromOwner = '', fromName = ''] = from.split('/');
  const [toOwner = '', toName = ''] = to.split('/');
  // `owner/name` and `owner%2Fname`, not inside a longer name (`microsoft/playwright-mcp`).
  const reference = new RegExp(
    String.raw`(?:(?<![\w.-])|(?<=%2F))${escapeRegExp(fromOwner)}(\/|%2F)${escapeRegExp(fromName)}(?![\w-])`,
    'g',
  );
  let out = mustReplace(html, reference, (_all, separator: string) => `${toOwner}${separator}${toName}`, from);
  out = mustReplace(
    out,
    /(<meta name="octolytics-dimension-user_login" content=")[^"]*(")/,
    (_all, start: string, end: string) => `${start}${toOwner}${end}`,
    'user_login meta',
  );
  out = mustReplace(
    out,
    /<span class="author[^"]*" itemprop="author">[\s\S]*?<\/span>/,
    (span) =>
      span
        .replace(new RegExp(String.raw`(\/(?:orgs|users)\/)${escapeRegExp(fromOwner)}(\/hovercard)`), `$1${toOwner}$2`)
        .replace(`href="/${fromOwner}"`, `href="/${toOwner}"`)
        .replace(new RegExp(String.raw`(>\s*)${escapeRegExp(fromOwner)}(\s*<\/a>)`), `$1${toOwner}$2`),
    'header owner link',
  );
  out = mustReplace(
    out,
    /(<strong itemprop="name"[^>]*>\s*<a\b[^>]*>)[^<]*(<\/a>)/,
    (_all, start: string, end: string) => `${start}${toName}${end}`,
    'header name link',
  );
  // The React app's embedded JSON names the owner and repository separately (home page only).
  return out
    .replaceAll(`"ownerLogin":"${fromOwner}"`, `"ownerLogin":"${toOwner}"`)
    .replaceAll(`"repoName":"${fromName}"`, `"repoName":"${toName}"`)
    .replace(new RegExp(String.raw`("defaultBranch":"[^"]*","name":")${escapeRegExp(fromName)}(")`), `$1${toName}$2`);
}

/**
 * `html` with the README article's inner HTML replaced by `readmeHtml`, in the
 * server-rendered markup and in the React app's embedded JSON copy (`richText`),
 * so the old README survives nowhere on the page.
 */
function replaceReadme(html: string, readmeHtml: string): string {
  let article = '';
  const out = mustReplace(
    html,
    /(<article class="markdown-body[^"]*" itemprop="text">)[\s\S]*?(<\/article>)/,
    (_all, start: string, end: string) => {
      article = `${start}${readmeHtml}${end}`;
      return article;
    },
    'README article',
  );
  // GitHub escapes <, > and & in embedded JSON so it cannot close the <script>.
  const json = JSON.stringify(article).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return out.replace(/"richText":"\\u003carticle class=\\"markdown-body(?:[^"\\]|\\.)*"/, () => `"richText":${json}`);
}

/** `html` (a page of `nwo`) turned into a fork of `parentNwo`. */
function makeFork(html: string, nwo: string, parentNwo: string): string {
  if (!NWO.test(parentNwo)) throw new Error(`not an owner/name: ${parentNwo}`);
  let out = mustReplace(
    html,
    /(<meta name="octolytics-dimension-repository_is_fork" content=")false("[^>]*>)/,
    (_all, start: string, end: string) =>
      `${start}true${end}\n<meta name="octolytics-dimension-repository_parent_nwo" content="${parentNwo}" />`,
    'is_fork meta',
  );
  out = mustReplace(
    out,
    new RegExp(String.raw`(<meta name="octolytics-dimension-repository_network_root_nwo" content=")${escapeRegExp(nwo)}(")`),
    (_all, start: string, end: string) => `${start}${parentNwo}${end}`,
    'network_root_nwo meta',
  );
  // GitHub shows "forked from parent" under the name; roughly where it goes.
  return mustReplace(
    out,
    /(<strong itemprop="name"[^>]*>[\s\S]*?<\/strong>)/,
    (strong) =>
      `${strong}\n<span class="text-small lh-condensed-ultra no-wrap mt-1" data-repository-hovercards-enabled>forked from ` +
      `<a class="Link--inTextBlock" data-hovercard-type="repository" href="/${parentNwo}">${parentNwo}</a></span>`,
    'header name',
  );
}

/**
 * `html` (the home of `nwo`) as GitHub shows an empty repository: the code view
 * (file list, README, and its embedded JSON) gives way to the quick-setup box
 * (`#empty-setup-clone-url`, which `github-url-detection`'s `isEmptyRepoRoot` reads).
 */
function makeEmpty(html: string, nwo: string): string {
  return mustReplace(
    html,
    /<react-app\b[\s\S]*?<\/react-app>/,
    () =>
      `<div class="Box mb-4"><div class="Box-header"><h3 class="Box-title">Quick setup — if you’ve done this kind of thing before</h3></div>` +
      `<div class="Box-body"><input id="empty-setup-clone-url" type="text" class="form-control input-monospace" readonly ` +
      `aria-label="Clone this repository at https://github.com/${nwo}.git" value="https://github.com/${nwo}.git"></div></div>` +
      `<div class="blankslate"><svg class="octicon blankslate-icon" aria-hidden="true"></svg><h3>This repository is empty.</h3></div>`,
    'code view',
  );
}

/** `html` with GitHub's banner of an archived repository (a `.flash-warn` child of `main`, before the code view). */
function makeArchived(html: string): string {
  return mustReplace(
    html,
    /<turbo-frame id="repo-content-turbo-frame"/,
    (frame) =>
      `<div class="flash flash-warn flash-full border-top-0 text-center text-bold py-2">` +
      `This repository was archived by the owner on Mar 3, 2026. It is now read-only.</div>\n${frame}`,
    'code view frame',
  );
}

/** `text.replace(pattern, replacer)`, throwing if `pattern` matches nothing (the saved page changed). */
function mustReplace(
  text: string,
  pattern: RegExp,
  replacer: (match: string, ...groups: string[]) => string,
  what: string,
): string {
  pattern.lastIndex = 0;
  if (!pattern.test(text)) throw new Error(`github-pages: ${what} not found in the saved page`);
  pattern.lastIndex = 0;
  return text.replace(pattern, replacer);
}

/** `text` with RegExp metacharacters escaped. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `text` safe inside HTML text and double-quoted attributes. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

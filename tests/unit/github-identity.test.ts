import { describe, expect, it } from 'vitest';
import { findRepoPanelAnchor, readRepoIdentity } from '../../lib/pages/github';
import { GITHUB_FIXTURES } from '../../lib/selectors/github';
import { githubFixture, issuePageAs, notFoundPage, repoPageAs } from '../support/github-pages';
import { htmlParser } from '../support/dom';

const { parse } = htmlParser('https://github.com/');

const playwrightHome = githubFixture(GITHUB_FIXTURES.repoHome);
const defuddleIssue = githubFixture(GITHUB_FIXTURES.issue);
const url = (href: string) => new URL(href);

/** `html` without the repository meta tags a stale or odd page might lack. */
function withoutRepoMeta(html: string): string {
  return html.replace(/<meta (?:name="octolytics-dimension-repository_[^"]*"|property="og:url")[^>]*>/g, '');
}

describe('readRepoIdentity on the saved pages', () => {
  it('microsoft/playwright home: the repository, home, not a fork', () => {
    expect(readRepoIdentity(parse(playwrightHome), url('https://github.com/microsoft/playwright'))).toEqual({
      nwo: 'microsoft/playwright',
      key: 'microsoft/playwright',
      isFork: false,
      isHome: true,
    });
  });

  it('kepano/defuddle issue: the repository, not home', () => {
    expect(readRepoIdentity(parse(defuddleIssue), url('https://github.com/kepano/defuddle/issues/56'))).toEqual({
      nwo: 'kepano/defuddle',
      key: 'kepano/defuddle',
      isFork: false,
      isHome: false,
    });
  });

  it('takes GitHub’s canonical case from the page when the URL is typed differently', () => {
    const identity = readRepoIdentity(parse(playwrightHome), url('https://github.com/Microsoft/Playwright/'));
    expect(identity).toMatchObject({ nwo: 'microsoft/playwright', key: 'microsoft/playwright', isHome: true });
  });

  it('is undefined when the URL is not a repository page, whatever the page says', () => {
    const doc = parse(playwrightHome);
    expect(readRepoIdentity(doc, url('https://github.com/microsoft'))).toBeUndefined();
    expect(readRepoIdentity(doc, url('https://github.com/topics/playwright'))).toBeUndefined();
    expect(readRepoIdentity(doc, url('https://gist.github.com/microsoft/playwright'))).toBeUndefined();
  });
});

describe('readRepoIdentity on derived pages', () => {
  it('a page rewritten to another repository is that repository', () => {
    const doc = parse(repoPageAs('huggingface/transformers.js'));
    expect(readRepoIdentity(doc, url('https://github.com/huggingface/transformers.js'))).toEqual({
      nwo: 'huggingface/transformers.js',
      key: 'huggingface/transformers.js',
      isFork: false,
      isHome: true,
    });
  });

  it('an issue page rewritten to another repository is that repository, not home', () => {
    const doc = parse(issuePageAs('foo/bar-baz.qux'));
    expect(readRepoIdentity(doc, url('https://github.com/foo/bar-baz.qux/issues/56'))).toMatchObject({
      key: 'foo/bar-baz.qux',
      isHome: false,
    });
  });

  it('a fork says so, with its parent', () => {
    const doc = parse(repoPageAs('someone/playwright', { fork: { parentNwo: 'microsoft/playwright' } }));
    expect(readRepoIdentity(doc, url('https://github.com/someone/playwright'))).toEqual({
      nwo: 'someone/playwright',
      key: 'someone/playwright',
      isFork: true,
      parentNwo: 'microsoft/playwright',
      isHome: true,
    });
  });

  it('meta in canonical case, URL in another case: agree, canonical nwo returned', () => {
    const doc = parse(repoPageAs('Hazy-Research/Safari'));
    expect(readRepoIdentity(doc, url('https://github.com/hazy-research/safari/tree/main'))).toEqual({
      nwo: 'Hazy-Research/Safari',
      key: 'hazy-research/safari',
      isFork: false,
      isHome: false,
    });
  });

  it('stale page after soft navigation (meta says another repository): silent', () => {
    const doc = parse(playwrightHome);
    expect(readRepoIdentity(doc, url('https://github.com/kepano/defuddle'))).toBeUndefined();
  });

  it('any single stale source is enough to stay silent', () => {
    // Only og:url is stale.
    const ogStale = playwrightHome.replace(
      '<meta property="og:url" content="https://github.com/microsoft/playwright" />',
      '<meta property="og:url" content="https://github.com/kepano/defuddle" />',
    );
    expect(ogStale).not.toBe(playwrightHome);
    expect(readRepoIdentity(parse(ogStale), url('https://github.com/microsoft/playwright'))).toBeUndefined();
    // Only the header is stale (meta updated, header not yet replaced).
    const headerStale = withoutRepoMeta(repoPageAs('kepano/defuddle')).replace(
      '</head>',
      '<meta name="octolytics-dimension-repository_nwo" content="microsoft/playwright"></head>',
    );
    expect(readRepoIdentity(parse(headerStale), url('https://github.com/microsoft/playwright'))).toBeUndefined();
  });

  it('no repository meta tags but an agreeing repository header: the URL stands', () => {
    const doc = parse(withoutRepoMeta(playwrightHome));
    expect(doc.querySelector('meta[name="octolytics-dimension-repository_nwo"]')).toBeNull();
    expect(readRepoIdentity(doc, url('https://github.com/microsoft/playwright'))).toEqual({
      nwo: 'microsoft/playwright',
      key: 'microsoft/playwright',
      isFork: false,
      isHome: true,
    });
  });

  it('404 page at a repository URL: silent (no repository meta, no header)', () => {
    const notFound = url('https://github.com/microsoft/no-such-repository');
    expect(readRepoIdentity(parse(notFoundPage()), notFound)).toBeUndefined();
    // An og:url echoing the requested address proves nothing on its own.
    expect(readRepoIdentity(parse(notFoundPage({ ogUrl: notFound.href })), notFound)).toBeUndefined();
  });

  it('never throws, even on a malformed page', () => {
    const odd = parse(
      '<html><head><meta property="og:url" content="http://[::1"><meta name="octolytics-dimension-repository_nwo" content="not a nwo"></head><body></body></html>',
    );
    expect(() => readRepoIdentity(odd, url('https://github.com/a/b'))).not.toThrow();
    expect(readRepoIdentity(odd, url('https://github.com/a/b'))).toBeUndefined();
    expect(readRepoIdentity(parse(''), url('https://github.com/a/b'))).toBeUndefined();
  });
});

describe('findRepoPanelAnchor', () => {
  it('goes after the repository header on the saved pages', () => {
    for (const html of [playwrightHome, defuddleIssue]) {
      const anchor = findRepoPanelAnchor(parse(html));
      expect(anchor?.append).toBe('after');
      expect(anchor?.element.id).toBe('repository-container-header');
    }
  });

  it('falls back to the first child of the repository <main> when there is no header', () => {
    const doc = parse(playwrightHome);
    doc.getElementById('repository-container-header')?.remove();
    const anchor = findRepoPanelAnchor(doc);
    expect(anchor?.append).toBe('first');
    expect(anchor?.element.id).toBe('js-repo-pjax-container');
  });

  it('falls back to any <main>, and is undefined with none', () => {
    const anchor = findRepoPanelAnchor(parse(notFoundPage()));
    expect(anchor?.append).toBe('first');
    expect(anchor?.element.tagName).toBe('MAIN');
    expect(findRepoPanelAnchor(parse('<html><body><div>nothing</div></body></html>'))).toBeUndefined();
  });
});

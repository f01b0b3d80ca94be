import { describe, expect, it } from 'vitest';
import { detectors, examples, isRepo, isRepoHome, repoFromUrl } from '../../lib/pages/github';

const detectorNames = Object.keys(detectors) as (keyof typeof detectors)[];
const allUrls = [...new Set(detectorNames.flatMap((name) => [...examples[name].yes, ...examples[name].no]))];

describe('URL detectors: every detector against every example, both ways', () => {
  for (const name of detectorNames) {
    const yes = new Set(examples[name].yes);
    it.each(allUrls.map((url) => [url, yes.has(url)] as const))(`${name}(%s) is %s`, (url, expected) => {
      expect(detectors[name](new URL(url))).toBe(expected);
    });
  }

  it('lists no URL as both a yes and a no of the same detector', () => {
    for (const name of detectorNames) {
      const overlap = examples[name].yes.filter((url) => examples[name].no.includes(url));
      expect(overlap, name).toEqual([]);
    }
  });

  it('covers the cases the design asks for', () => {
    const listed = new Set(allUrls);
    for (const url of [
      'https://github.com/huggingface/transformers.js',
      'https://github.com/foo/bar-baz.qux',
      'https://github.com/orgs/microsoft',
      'https://github.com/topics/machine-learning',
      'https://github.com/settings',
      'https://github.com/search?q=playwright',
      'https://github.com/marketplace/actions/setup-node',
      'https://github.com/microsoft',
      'https://gist.github.com/x/y',
    ]) {
      expect(listed.has(url), url).toBe(true);
    }
  });
});

describe('repoFromUrl', () => {
  it('splits a home URL and keys it in lower case', () => {
    expect(repoFromUrl(new URL('https://github.com/Microsoft/Playwright/'))).toEqual({
      owner: 'Microsoft',
      name: 'Playwright',
      nwo: 'Microsoft/Playwright',
      key: 'microsoft/playwright',
      path: '',
      isHome: true,
    });
  });

  it('keeps dots and dashes in names and ignores query and hash', () => {
    expect(repoFromUrl(new URL('https://github.com/huggingface/transformers.js?tab=readme-ov-file#install'))).toMatchObject({
      nwo: 'huggingface/transformers.js',
      key: 'huggingface/transformers.js',
      isHome: true,
    });
    expect(repoFromUrl(new URL('https://github.com/foo/bar-baz.qux/'))?.key).toBe('foo/bar-baz.qux');
  });

  it('gives the sub-page path', () => {
    expect(repoFromUrl(new URL('https://github.com/kepano/defuddle/issues/56'))).toMatchObject({
      key: 'kepano/defuddle',
      path: 'issues/56',
      isHome: false,
    });
    expect(repoFromUrl(new URL('https://github.com/a/b/tree/main/src/'))?.path).toBe('tree/main/src');
  });

  it('is undefined for non-repository pages', () => {
    expect(repoFromUrl(new URL('https://github.com/orgs/x'))).toBeUndefined();
    expect(repoFromUrl(new URL('https://gist.github.com/x/y'))).toBeUndefined();
  });

  it('accepts a Location-like object (what content scripts pass by default)', () => {
    const url = new URL('https://github.com/microsoft/playwright/pulls');
    const locationLike = { href: url.href, hostname: url.hostname, pathname: url.pathname, search: url.search } as Location;
    expect(repoFromUrl(locationLike)?.key).toBe('microsoft/playwright');
    expect(isRepo(locationLike)).toBe(true);
    expect(isRepoHome(locationLike)).toBe(false);
  });
});

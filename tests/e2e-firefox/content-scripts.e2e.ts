import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, screenshot, type FirefoxSession } from './harness';
import { githubFixture, repoPageAs } from '../support/github-pages';
import { absPageFor } from '../support/arxiv-pages';
import { loadCorpus } from '../../scripts/load-corpus';

const corpus = loadCorpus();
const paper = corpus.find((p) => p.links.some((l) => l.kind === 'code' && l.label === 'lxuechen/private-transformers'))!;
const REPO = 'lxuechen/private-transformers';

/** Pages served by URL (origin + path, trailing slash dropped); anything else is aborted. */
const pages = new Map<string, string>([
  [`https://github.com/${REPO}`, repoPageAs(REPO)],
  ['https://github.com/microsoft/playwright', githubFixture('github.com__microsoft__playwright__2026-08.html')],
  [`https://arxiv.org/abs/${paper.arxivId}`, absPageFor({ arxivId: paper.arxivId!, title: paper.title })],
]);

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox((url) => pages.get(`${url.origin}${url.pathname.replace(/\/+$/, '')}`));
});

afterAll(async () => {
  await session?.close();
});

/** What the user sees of Paperscope's panels on `page`: each host, its paper, and the text of its shadow root. */
function panels(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-paperscope="panel"]')].map((host) => ({
      paperId: host.getAttribute('data-paper-id'),
      title: host.shadowRoot?.querySelector('.ps-title')?.textContent ?? null,
      text: host.shadowRoot?.textContent ?? '',
      height: host.getBoundingClientRect().height,
    })),
  );
}

describe('Firefox: GitHub content script', () => {
  it("shows the paper's panel on the repository that is its code link", async () => {
    const page = await session.open(`https://github.com/${REPO}`);
    await page.waitForSelector('[data-paperscope="panel"]', { timeout: 10_000 });
    const shown = await panels(page);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.paperId).toBe(paper.id);
    expect(shown[0]!.title).toBe(paper.displayTitle);
    expect(shown[0]!.text).toContain(paper.displayTitle);
    // Its stylesheet reached the shadow root: the panel is laid out, not a bare line of text.
    expect(shown[0]!.height).toBeGreaterThan(40);
    // Right below the repository header, as on Chromium.
    expect(
      await page.evaluate(() => document.querySelector('#repository-container-header')?.nextElementSibling?.getAttribute('data-paperscope')),
    ).toBe('panel');
    await screenshot(page, 'firefox-github-panel', { selector: '[data-paperscope="panel"]' });
    // The toolbar button counts the paper (Firefox MV2: browserAction, not action).
    await expect.poll(() => session.badgeText(`https://github.com/${REPO}`)).toBe('1');
    await page.close();
  });

  it('leaves a repository that no corpus paper links untouched', async () => {
    const page = await session.open('https://github.com/microsoft/playwright');
    // The content script runs at document_idle and decides within milliseconds.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await panels(page)).toEqual([]);
    await page.close();
  });
});

describe('Firefox: arXiv content script', () => {
  it("shows a corpus paper's panel after the abstract", async () => {
    const page = await session.open(`https://arxiv.org/abs/${paper.arxivId}`);
    await page.waitForSelector('[data-paperscope="panel"]', { timeout: 10_000 });
    const shown = await panels(page);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.paperId).toBe(paper.id);
    expect(shown[0]!.text).toContain(paper.displayTitle);
    expect(
      await page.evaluate(() => document.querySelector('#abs > blockquote.abstract')?.nextElementSibling?.getAttribute('data-paperscope')),
    ).toBe('panel');
    await screenshot(page, 'firefox-arxiv-abs-panel', { selector: '#abs' });
    await page.close();
  });
});

describe('Firefox: no network', () => {
  it('aborted every request that no saved page served', () => {
    // The saved GitHub pages reference GitHub's CDN; those requests were seen and aborted.
    expect(session.blocked.some((url) => new URL(url).hostname.endsWith('githubassets.com'))).toBe(true);
    expect(session.blocked.every((url) => !pages.has(url))).toBe(true);
  });
});

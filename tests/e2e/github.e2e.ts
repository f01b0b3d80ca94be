import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, recordRestores, restoredByBack, screenshot, type ExtensionSession } from './harness';
import { githubFixture, issuePageAs, notFoundPage, repoPageAs, readmeCiting } from '../support/github-pages';
import { loadCorpus } from '../../scripts/load-corpus';

const corpus = loadCorpus();
const withCode = corpus.filter((p) => p.links.some((l) => l.kind === 'code'));
const paperA = withCode[0]!; // lxuechen/private-transformers
const repoA = paperA.links.find((l) => l.kind === 'code')!.label;
/** Two other papers' repositories, served as an empty and as an archived repository. */
const [emptyRepo, archivedRepo] = [withCode[1]!, withCode[2]!].map((p) => p.links.find((l) => l.kind === 'code')!.label) as [string, string];
const PLAYWRIGHT = githubFixture('github.com__microsoft__playwright__2026-08.html');

/** Pages served by URL path (lower-cased); anything else is blocked. */
const pages = new Map<string, string>();
function serve(path: string, html: string) {
  pages.set(path.toLowerCase(), html);
}

let session: ExtensionSession;

beforeAll(async () => {
  serve('/microsoft/playwright', PLAYWRIGHT);
  serve(`/${repoA}`, repoPageAs(repoA));
  serve(`/${repoA}/issues/56`, issuePageAs(repoA));
  serve('/someone/reading-list', repoPageAs('someone/reading-list', { readmeHtml: readmeCiting(corpus.slice(10, 15).map((p) => p.arxivId!)) }));
  serve('/someone/implementation', repoPageAs('someone/implementation', { readmeHtml: readmeCiting([corpus[20]!.arxivId!]) }));
  serve('/nobody/missing', notFoundPage());
  serve(`/${emptyRepo}`, repoPageAs(emptyRepo, { empty: true }));
  serve(`/${archivedRepo}`, repoPageAs(archivedRepo, { archived: true }));
  serve('/someone/nothing-yet', repoPageAs('someone/nothing-yet', { empty: true }));
  session = await launchExtension((url) => {
    // Links the panel opens land on a stub: the tests check where they go, not arXiv itself.
    if (url.hostname === 'arxiv.org' && url.pathname.startsWith('/abs/')) return '<title>arXiv stub</title>';
    if (url.hostname !== 'github.com') return undefined;
    const path = url.pathname.replace(/\/+$/, '').toLowerCase();
    return pages.get(path);
  });
});

afterAll(async () => {
  await session?.close();
});

async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await session.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(`https://github.com${path}`);
  return page;
}

/**
 * Counts panels once the content script has certainly decided: it decides within
 * tens of milliseconds of load (the positive tests wait for the panel itself).
 */
async function panels(page: Page) {
  await page.waitForTimeout(1000);
  return page.locator('[data-paperscope="panel"]');
}

describe('GitHub panel', () => {
  it('leaves a repository that no corpus paper links untouched', async () => {
    const page = await open('/microsoft/playwright');
    expect(await (await panels(page)).count()).toBe(0);
    await page.close();
  });

  it("names the paper on the repository that is its code link, and links its arXiv page", async () => {
    const page = await open(`/${repoA}`);
    const panel = page.locator('[data-paperscope="panel"]');
    await panel.waitFor();
    expect(await panel.count()).toBe(1);
    expect(await panel.getAttribute('data-paper-id')).toBe(paperA.id);
    await expect.poll(() => panel.locator('.ps-title').textContent()).toBe(paperA.displayTitle);
    expect(await panel.locator('.ps-evidence').textContent()).toBe('this repository is the code link of this paper');
    const arxiv = panel.locator('a.ps-chip-arxiv');
    expect(await arxiv.getAttribute('href')).toBe(`https://arxiv.org/abs/${paperA.arxivId}`);
    // Placed right below the repository header.
    expect(await page.evaluate(() => document.querySelector('#repository-container-header')?.nextElementSibling?.getAttribute('data-paperscope'))).toBe('panel');
    await screenshot(page, 'github-panel-light', { selector: '[data-paperscope="panel"]' });
    // The toolbar badge counts the paper, and the popup lists it under "On this page".
    const tabId = await session.tabIdOf(page);
    expect(await session.badgeText(tabId)).toBe('1');
    const popup = await session.openPopup({ query: `tab=${tabId}` });
    await expect.poll(() => popup.locator('.ps-section').first().textContent()).toBe('On this page');
    expect(await popup.getByRole('option').first().getAttribute('data-paper-id')).toBe(paperA.id);
    await popup.close();
    await screenshot(page, 'github-page-light');
    const [tab] = await Promise.all([session.context.waitForEvent('page'), arxiv.click()]);
    await expect.poll(() => tab.url()).toBe(`https://arxiv.org/abs/${paperA.arxivId}`);
    await tab.close();
    await page.close();
  });

  it("is reached with Tab right after the repository header, works from the keyboard, and keeps GitHub's hotkeys quiet meanwhile", async () => {
    const page = await open(`/${repoA}`);
    const panel = page.locator('[data-paperscope="panel"]');
    await panel.waitFor();
    // GitHub's hotkeys listen on the document, in the page's own world (its scripts are blocked here).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { hotkeys: string[] }).hotkeys = seen;
      document.addEventListener('keydown', (e) => seen.push(e.key));
    });
    const hotkeys = () => page.evaluate(() => (window as unknown as { hotkeys: string[] }).hotkeys.slice());
    // The page's own keys still reach it: the check below can fail.
    await page.locator('body').press('t');
    expect(await hotkeys()).toEqual(['t']);
    // Tabbing through the page from the top reaches the panel right after the header's controls.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let before = '';
    for (let i = 0; i < 200; i++) {
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        if (el?.getAttribute('data-paperscope') === 'panel') return 'panel';
        return el?.closest('#repository-container-header') ? 'header' : 'elsewhere';
      });
      if (where === 'panel') break;
      before = where;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-paperscope'))).toBe('panel');
    expect(before).toBe('header');
    expect(await panel.locator('.ps-close').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    // Keys typed inside the panel stay there.
    await page.evaluate(() => (window as unknown as { hotkeys: string[] }).hotkeys.splice(0));
    await page.keyboard.press('t');
    await page.keyboard.press('s');
    await page.keyboard.press('/');
    expect(await hotkeys()).toEqual([]);
    // "more" opens the abstract from the keyboard.
    const more = panel.locator('.ps-more');
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await hotkeys()).toEqual([]);
    await page.close();
  });

  it("follows GitHub's colour mode and themes (auto, with a dark system scheme)", async () => {
    const page = await open(`/${repoA}`, 'dark');
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-color-mode'))).toBe('auto');
    const panel = page.locator('[data-paperscope="panel"]');
    await panel.waitFor();
    await screenshot(page, 'github-panel-dark', { selector: '[data-paperscope="panel"]' });
    expect(await panel.locator('.ps-root').getAttribute('data-ps-theme')).toBe('dark');
    // It follows the reader switching GitHub's night theme to a light one while the page is open…
    await page.evaluate(() => document.documentElement.setAttribute('data-dark-theme', 'light_high_contrast'));
    await expect.poll(() => panel.locator('.ps-root').getAttribute('data-ps-theme')).toBe('light');
    await page.evaluate(() => document.documentElement.setAttribute('data-dark-theme', 'dark_dimmed'));
    await expect.poll(() => panel.locator('.ps-root').getAttribute('data-ps-theme')).toBe('dark');
    // …and a change of the system scheme.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => panel.locator('.ps-root').getAttribute('data-ps-theme')).toBe('light');
    await page.close();
  });

  it('shows the panel on a sub-page of the repository', async () => {
    const page = await open(`/${repoA}/issues/56`);
    const panel = page.locator('[data-paperscope="panel"]');
    await panel.waitFor();
    expect(await panel.getAttribute('data-paper-id')).toBe(paperA.id);
    await page.close();
  });

  it('recognises a README that cites a corpus paper by arXiv id', async () => {
    const page = await open('/someone/implementation');
    const panel = page.locator('[data-paperscope="panel"]');
    await panel.waitFor();
    expect(await panel.getAttribute('data-paper-id')).toBe(corpus[20]!.id);
    expect(await panel.locator('.ps-evidence').textContent()).toBe(`the README cites arXiv:${corpus[20]!.arxivId}`);
    await page.close();
  });

  it('lists the papers of a README that cites many corpus papers', async () => {
    const page = await open('/someone/reading-list');
    const panel = page.locator('[data-paperscope="panel"]');
    await panel.waitFor();
    expect(await panel.locator('.ps-list li').count()).toBe(5);
    expect(await panel.locator('.ps-paper').count()).toBe(0);
    await screenshot(page, 'github-list-panel', { selector: '[data-paperscope="panel"]' });
    await page.close();
  });

  it('names the paper on its empty or archived repository, below the header, and leaves an empty repository no paper links alone', async () => {
    for (const [repo, paper] of [
      [emptyRepo, withCode[1]!],
      [archivedRepo, withCode[2]!],
    ] as const) {
      const page = await open(`/${repo}`);
      const panel = page.locator('[data-paperscope="panel"]');
      await panel.waitFor();
      expect(await panel.getAttribute('data-paper-id')).toBe(paper.id);
      expect(await page.evaluate(() => document.querySelector('#repository-container-header')?.nextElementSibling?.getAttribute('data-paperscope'))).toBe('panel');
      await page.close();
    }
    const page = await open('/someone/nothing-yet');
    expect(await (await panels(page)).count()).toBe(0);
    await page.close();
  });

  it('stays silent on a 404 page', async () => {
    const page = await open('/nobody/missing');
    expect(await (await panels(page)).count()).toBe(0);
    await page.close();
  });

  it('hides the panel for a repository when closed, remembers it, and the popup brings it back', async () => {
    const page = await open(`/${repoA}`);
    const panel = page.locator('[data-paperscope="panel"]');
    await panel.waitFor();
    await panel.locator('.ps-close').click();
    expect(await panel.count()).toBe(0);
    // Remembered: the dismissal is stored before the page comes back.
    await expect.poll(() => session.storageGet('dismissedRepos')).toEqual([repoA.toLowerCase()]);
    await page.reload();
    expect(await (await panels(page)).count()).toBe(0);
    // The popup offers the hidden panel back.
    const popup = await session.openPopup();
    await popup.getByRole('button', { name: 'Show 1 hidden panel' }).click();
    await expect.poll(() => session.storageGet('dismissedRepos')).toEqual([]);
    expect(await popup.getByRole('button', { name: /hidden panel/ }).count()).toBe(0);
    await popup.close();
    await page.reload();
    await page.locator('[data-paperscope="panel"]').waitFor();
    expect(await page.locator('[data-paperscope="panel"]').count()).toBe(1);
    await page.close();
  });
  it('brings a page restored by Back in line with a close and a reopen made in another tab meanwhile', async () => {
    const page = await session.context.newPage();
    await recordRestores(page);
    await page.goto(`https://github.com/${repoA}`);
    const panel = page.locator('[data-paperscope="panel"]');
    await panel.waitFor();
    await page.goto('https://github.com/microsoft/playwright');
    expect(await (await panels(page)).count()).toBe(0);
    const other = await open(`/${repoA}`);
    await other.locator('[data-paperscope="panel"] .ps-close').click();
    await expect.poll(() => session.storageGet('dismissedRepos')).toEqual([repoA.toLowerCase()]);
    await other.close();
    await restoredByBack(page);
    await expect.poll(() => panel.count()).toBe(0);
    // Closed, still the paper's repository: the toolbar counts it.
    await expect.poll(async () => session.badgeText(await session.tabIdOf(page))).toBe('1');
    const popup = await session.openPopup();
    await popup.getByRole('button', { name: 'Show 1 hidden panel' }).click();
    await expect.poll(() => session.storageGet('dismissedRepos')).toEqual([]);
    await popup.close();
    await page.goForward({ waitUntil: 'commit' });
    await restoredByBack(page);
    await panel.waitFor();
    expect(await (await panels(page)).count()).toBe(1);
    await page.close();
  });
});

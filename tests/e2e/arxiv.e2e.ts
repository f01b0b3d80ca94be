import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchExtension, recordRestores, restoredByBack, screenshot, type ExtensionSession } from './harness';
import { absPageFor, listingPage, readFixture, searchResultsPage } from '../support/arxiv-pages';
import { loadCorpus } from '../../scripts/load-corpus';

const corpus = loadCorpus();
const negatives = JSON.parse(readFileSync(new URL('../fixtures/eval/negatives-dev.json', import.meta.url), 'utf8')) as {
  title: string;
  arxivId: string;
}[];

const SAVED_ABS = 'arxiv.org__abs__2106.09608__2021.html';
const withCode = corpus.find((p) => p.arxivId && p.links.some((l) => l.kind === 'code'))!;
const noId = corpus.find((p) => !p.arxivId)!;

/**
 * A 2,000-entry /new listing: negatives (real ML papers not in the corpus) with,
 * at known positions, corpus papers by id (with their title) and one by title only.
 */
const corpusPositions = [0, 7, 250, 999, 1500, 1999];
const corpusEntries = corpusPositions.map((_, k) => corpus[k * 20 + 1]!);
const listingEntries = Array.from({ length: 2000 }, (_, i) => {
  const k = corpusPositions.indexOf(i);
  if (k >= 0) return { arxivId: corpusEntries[k]!.arxivId!, title: corpusEntries[k]!.title };
  const neg = negatives[i % negatives.length]!;
  return { arxivId: neg.arxivId, title: neg.title };
});
// Not a corpus id, but the title of the paper without a known id: matched by title.
listingEntries[1234] = { arxivId: '2409.99999', title: noId.title };
const expectedBadged = [...corpusEntries.map((p) => p.id), noId.id].sort();

/**
 * The PanGu-α paper on a listing entry without an id link (title evidence only),
 * its title as arXiv serves it (`$\alpha$`) or as MathJax 2 leaves it after typesetting.
 */
const pangu = corpus.find((p) => p.title.startsWith('PanGu-'))!;
function panguListing(mathjaxDone: boolean): string {
  const texTitle = pangu.title.replace('$α$', '$\\alpha$');
  let html = listingPage([negatives[0]!, { arxivId: pangu.arxivId!, title: texTitle }, negatives[1]!]);
  // Drop the entry's id link: the title alone must decide.
  html = html.replace(new RegExp(`<a href ?="/abs/${pangu.arxivId!.replace('.', '\\.')}"[^>]*>[^<]*</a>`), '');
  if (mathjaxDone) {
    html = html.replace(
      'PanGu-$\\alpha$',
      'PanGu-<span class="MathJax_Preview" style="color: inherit;"></span><span class="MathJax" id="MathJax-Element-1-Frame" tabindex="0" role="presentation">' +
        '<nobr><span class="math" id="MathJax-Span-1"><span class="mrow"><span class="mi">α</span></span></span></nobr></span>' +
        '<script type="math/tex" id="MathJax-Element-1">\\alpha</script>',
    );
  }
  return html;
}

const pages = new Map<string, string>([
  ['/list/cs/2104', panguListing(false)],
  ['/list/cs/2105', panguListing(true)],
  ['/abs/2106.09608', readFixture(SAVED_ABS)],
  [`/abs/${withCode.arxivId}`, absPageFor({ arxivId: withCode.arxivId!, title: withCode.title, abstract: withCode.abstract })],
  ['/abs/2409.99999', absPageFor({ arxivId: '2409.99999', title: noId.title })],
  ['/list/cs/new', listingPage(listingEntries, { sections: 3 })],
  ['/list/cs/9101', readFixture('arxiv.org__list__cs__9101__empty__2024-06.html')],
  ['/search/', searchResultsPage([...negatives.slice(0, 20), { arxivId: withCode.arxivId!, title: withCode.title }, ...negatives.slice(20, 30)])],
]);

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension((url) => {
    if (url.hostname === 'github.com') return '<title>GitHub stub</title>';
    if (url.hostname !== 'arxiv.org') return undefined;
    return pages.get(url.pathname);
  });
});

afterAll(async () => {
  await session?.close();
});

async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`https://arxiv.org${path}`);
  return page;
}

/**
 * Waits until the content script has certainly decided: it decides within tens
 * of milliseconds of load (the positive tests wait for the UI itself).
 */
async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(1000);
}

describe('arXiv abstract page', () => {
  it('leaves the saved page of a paper outside the corpus untouched', async () => {
    const page = await open('/abs/2106.09608');
    await settled(page);
    expect(await page.locator('[data-paperscope]').count()).toBe(0);
    await page.close();
  });

  it("shows a corpus paper's panel after the abstract, with its code repository", async () => {
    const page = await open(`/abs/${withCode.arxivId}`);
    const panel = page.locator('[data-paperscope="panel"]');
    await panel.waitFor();
    expect(await panel.getAttribute('data-paper-id')).toBe(withCode.id);
    expect(await page.evaluate(() => document.querySelector('#abs > blockquote.abstract')?.nextElementSibling?.getAttribute('data-paperscope'))).toBe('panel');
    expect(await panel.locator('.ps-evidence').textContent()).toBe('matched by arXiv id');
    const code = panel.locator('a.ps-code');
    const repo = withCode.links.find((l) => l.kind === 'code')!;
    expect(await code.getAttribute('href')).toBe(repo.url);
    expect(await code.locator('.ps-code-repo').textContent()).toBe(repo.label);
    // The page already shows the same abstract: ours is collapsed with "more".
    expect(await panel.locator('.ps-more').textContent()).toBe('more');
    await screenshot(page, 'arxiv-abs-panel', { selector: '#abs' });
    const [tab] = await Promise.all([session.context.waitForEvent('page'), code.click()]);
    await expect.poll(() => tab.url()).toBe(repo.url);
    await tab.close();
    expect(await session.badgeText(await session.tabIdOf(page))).toBe('1');
    await page.close();
  });

  it('reaches a paper without a known id by its title', async () => {
    const page = await open('/abs/2409.99999');
    const panel = page.locator('[data-paperscope="panel"]');
    await panel.waitFor();
    expect(await panel.getAttribute('data-paper-id')).toBe(noId.id);
    expect(await panel.locator('.ps-evidence').textContent()).toBe('matched by title');
    await page.close();
  });

  it("hides a paper's panel when closed, remembers it while the badge still counts the paper, and the popup brings it back", async () => {
    const page = await open(`/abs/${withCode.arxivId}`);
    const panel = page.locator('[data-paperscope="panel"]');
    await panel.waitFor();
    await panel.locator('.ps-close').click();
    expect(await panel.count()).toBe(0);
    await expect.poll(() => session.storageGet('dismissedPapers')).toEqual([withCode.id]);
    // Away to a page outside the corpus (the count drops), then back: a fresh report.
    await page.goto('https://arxiv.org/abs/2106.09608');
    await expect.poll(async () => session.badgeText(await session.tabIdOf(page))).toBe('');
    await page.goto(`https://arxiv.org/abs/${withCode.arxivId}`);
    await settled(page);
    expect(await page.locator('[data-paperscope]').count()).toBe(0);
    // The page still shows the paper: the toolbar counts it.
    await expect.poll(async () => session.badgeText(await session.tabIdOf(page))).toBe('1');
    const popup = await session.openPopup();
    await popup.getByRole('button', { name: 'Show 1 hidden panel' }).click();
    await expect.poll(() => session.storageGet('dismissedPapers')).toEqual([]);
    await popup.close();
    await page.reload();
    await panel.waitFor();
    expect(await panel.count()).toBe(1);
    await page.close();
  });

  it('takes a panel away from a page restored by Back when it was closed in another tab meanwhile', async () => {
    const page = await session.context.newPage();
    await recordRestores(page);
    await page.goto(`https://arxiv.org/abs/${withCode.arxivId}`);
    await page.locator('[data-paperscope="panel"]').waitFor();
    await page.goto('https://arxiv.org/abs/2106.09608');
    await settled(page);
    // Another tab shows the same paper, and the reader closes its panel there.
    const other = await open(`/abs/${withCode.arxivId}`);
    await other.locator('[data-paperscope="panel"] .ps-close').click();
    await expect.poll(() => session.storageGet('dismissedPapers')).toEqual([withCode.id]);
    await other.close();
    await restoredByBack(page);
    await expect.poll(() => page.locator('[data-paperscope="panel"]').count()).toBe(0);
    // Still the paper's page: the toolbar counts it.
    await expect.poll(async () => session.badgeText(await session.tabIdOf(page))).toBe('1');
    // Reopened from the popup, then Back and Forward again: the restored page shows the panel once more.
    const popup = await session.openPopup();
    await popup.getByRole('button', { name: 'Show 1 hidden panel' }).click();
    await expect.poll(() => session.storageGet('dismissedPapers')).toEqual([]);
    await popup.close();
    await page.goForward({ waitUntil: 'commit' });
    await settled(page);
    await restoredByBack(page);
    await page.locator('[data-paperscope="panel"]').waitFor();
    await settled(page);
    expect(await page.locator('[data-paperscope="panel"]').count()).toBe(1);
    await page.close();
  });

  it('shows one panel after the page is reloaded', async () => {
    const page = await open(`/abs/${withCode.arxivId}`);
    await page.locator('[data-paperscope="panel"]').waitFor();
    await page.reload();
    await page.locator('[data-paperscope="panel"]').waitFor();
    await settled(page);
    expect(await page.locator('[data-paperscope="panel"]').count()).toBe(1);
    await page.close();
  });
});

describe('arXiv listing and search pages', () => {
  it('badges exactly the corpus entries of a 2,000-entry listing', async () => {
    const page = await open('/list/cs/new');
    await expect.poll(() => page.locator('[data-paperscope="badge"]').count(), { timeout: 15_000 }).toBe(expectedBadged.length);
    const ids = await page.locator('[data-paperscope="badge"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-paper-id')!));
    expect(ids.sort()).toEqual(expectedBadged);
    // Each badge sits in its entry's dt, and never makes that line taller (no reflow of arXiv's lines).
    const inDt = await page.locator('[data-paperscope="badge"]').evaluateAll((els) => els.every((el) => el.parentElement?.tagName === 'DT'));
    expect(inDt).toBe(true);
    const heights = await page.evaluate(() => {
      const dts = [...document.querySelectorAll('#dlpage dt')] as HTMLElement[];
      const height = (dt: HTMLElement) => dt.getBoundingClientRect().height;
      const badged = dts.filter((dt) => dt.querySelector('[data-paperscope="badge"]')).map(height);
      const plain = dts.filter((dt) => !dt.querySelector('[data-paperscope="badge"]')).slice(0, 50).map(height);
      return { badged: [...new Set(badged)], plain: [...new Set(plain)] };
    });
    expect(heights.plain).toHaveLength(1);
    expect(heights.badged).toEqual(heights.plain);
    expect(await session.badgeText(await session.tabIdOf(page))).toBe(String(expectedBadged.length));
    // The popup lists this tab's corpus papers first, under "On this page".
    const popup = await session.openPopup({ query: `tab=${await session.tabIdOf(page)}` });
    await expect.poll(() => popup.locator('.ps-section').first().textContent()).toBe('On this page');
    const onPage = await popup.getByRole('option').evaluateAll((els, n) => els.slice(0, n).map((el) => el.getAttribute('data-paper-id')!), expectedBadged.length);
    expect(onPage.sort()).toEqual(expectedBadged);
    await screenshot(popup, 'popup-on-this-page');
    await popup.close();
    const first = page.locator('dt', { has: page.locator('[data-paperscope="badge"]') }).first();
    await first.scrollIntoViewIfNeeded();
    await first.locator('[data-paperscope="badge"]').hover();
    await screenshot(page, 'arxiv-listing-badges');
    await page.close();
  });

  it.each([
    ['before', '/list/cs/2104'],
    ['after', '/list/cs/2105'],
  ])('matches a TeX title by its text %s MathJax typesets it (%s)', async (_when, path) => {
    const page = await open(path);
    const badge = page.locator('[data-paperscope="badge"]');
    await badge.waitFor();
    expect(await badge.count()).toBe(1);
    expect(await badge.getAttribute('data-paper-id')).toBe(pangu.id);
    expect(await page.locator('.list-title script[type="math/tex"]').count()).toBe(path.endsWith('2105') ? 1 : 0);
    // The entry has no id link: the title alone decided.
    expect(await page.locator('dt a[title="Abstract"]').count()).toBe(2);
    await page.close();
  });

  it('touches nothing on an empty listing', async () => {
    const page = await open('/list/cs/9101');
    await settled(page);
    expect(await page.locator('[data-paperscope]').count()).toBe(0);
    await page.close();
  });

  it('badges the corpus paper among search results', async () => {
    const page = await open('/search/?query=test&searchtype=all');
    const badge = page.locator('[data-paperscope="badge"]');
    await badge.waitFor();
    expect(await badge.count()).toBe(1);
    expect(await badge.getAttribute('data-paper-id')).toBe(withCode.id);
    await page.close();
  });
});

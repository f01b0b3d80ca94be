import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, screenshot, type ExtensionSession } from './harness';
import { loadCorpus } from '../../scripts/load-corpus';

const corpus = loadCorpus();
const dpPaper = corpus.find((p) => p.title === 'Large Language Models Can Be Strong Differentially Private Learners')!;
const zeroShot = corpus.find((p) => p.title === 'Large Language Models are Zero-Shot Reasoners')!;

let session: ExtensionSession;

beforeAll(async () => {
  // The paper links the popup opens land on stubs: no network.
  session = await launchExtension((url) =>
    url.hostname === 'github.com' || url.hostname === 'arxiv.org' ? `<title>stub ${url.pathname}</title>` : undefined,
  );
});

afterAll(async () => {
  await session?.close();
});

describe('popup', () => {
  it('opens with the search box focused and the whole corpus listed, making no web request', async () => {
    const requests: string[] = [];
    session.context.on('request', (request) => {
      const from = request.headers().referer ?? '';
      if (/^https?:/.test(request.url()) && (from.startsWith('chrome-extension://') || request.serviceWorker())) requests.push(request.url());
    });
    const page = await session.openPopup();
    const input = page.getByRole('combobox', { name: 'Search papers' });
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    const withCode = corpus.filter((p) => p.links.some((l) => l.kind === 'code')).length;
    expect(await page.locator('.ps-count').textContent()).toBe(`${corpus.length} papers · ${withCode} with code`);
    // The whole corpus is browsable by scrolling (cards render a page at a time).
    // Each poll scrolls to the last card, which renders one or two more pages: the
    // 13 pages of 150 papers need more polls than the default second allows on a
    // slow machine (CI once stopped at 144), hence the explicit timeout.
    const options = page.getByRole('option');
    await expect.poll(async () => {
      await options.last().scrollIntoViewIfNeeded();
      return options.count();
    }, { timeout: 10_000 }).toBe(corpus.length);
    await page.locator('.ps-results').evaluate((el) => el.scrollTo(0, 0));
    await screenshot(page, 'popup-empty-light');
    await page.keyboard.type('vision language');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('finds a paper despite typos, highlights it, and Enter opens its code repository', async () => {
    const page = await session.openPopup();
    await page.keyboard.type('differentialy privat');
    // Typed straight after opening: no keystroke may be lost before the box has focus.
    expect(await page.getByRole('combobox').inputValue()).toBe('differentialy privat');
    const first = page.getByRole('option').first();
    await expect.poll(() => first.locator('.ps-result-title').textContent()).toBe(dpPaper.displayTitle);
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await first.locator('.ps-result-title mark').count()).toBeGreaterThan(0);
    // Screen readers hear the title, then what the keys open (the chips inside an option are not exposed).
    expect(await first.getAttribute('aria-label')).toBe(dpPaper.displayTitle);
    const hints = await page.locator(`#${await first.getAttribute('aria-describedby')}`).textContent();
    expect(hints).toMatch(/^Enter opens the code, lxuechen\/private-transformers\. Shift\+Enter opens the arXiv page\./);
    await screenshot(page, 'popup-results-light');
    await page.keyboard.press('Enter');
    await expect.poll(() => session.tabUrls()).toContain('https://github.com/lxuechen/private-transformers');
    // Tab reaches the selected card's link buttons (after the filter), not any other card's.
    await page.getByRole('combobox').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Code: lxuechen/private-transformers');
    await page.close();
  });

  it('moves the selection with the arrow keys (wrapping) and Shift+Enter opens arXiv', async () => {
    const page = await session.openPopup();
    await page.keyboard.type('zero shot reasoners');
    const options = page.getByRole('option');
    await expect.poll(() => options.first().locator('.ps-result-title').textContent()).toBe(zeroShot.displayTitle);
    const count = Number((await page.locator('.ps-count').textContent())!.match(/^(\d+) results$/)![1]);
    await page.keyboard.press('ArrowUp'); // wraps to the last result (rendering up to it)
    expect(await options.nth(count - 1).getAttribute('aria-selected')).toBe('true');
    const input = page.getByRole('combobox');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(count - 1).getAttribute('id'));
    await page.keyboard.press('ArrowDown'); // wraps to the first
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => session.tabUrls()).toContain(`https://arxiv.org/abs/${zeroShot.arxivId}`);
    await page.close();
  });

  it('filters to papers with code, says when nothing matches, and Esc clears', async () => {
    const page = await session.openPopup({ colorScheme: 'dark' });
    await page.getByLabel('With code').check();
    await expect.poll(() => page.locator('.ps-count').textContent()).toBe(`${corpus.filter((p) => p.links.some((l) => l.kind === 'code')).length} papers with code`);
    expect(await page.getByRole('option').first().locator('.ps-chip-code').count()).toBe(1);
    // Toggling the filter leaves the keyboard in the search box.
    await page.keyboard.type('qwxzzy plorf');
    await expect.poll(() => page.locator('.ps-empty').textContent()).toContain('No paper matches');
    await screenshot(page, 'popup-empty-state-dark');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('combobox').inputValue()).toBe('');
    await expect.poll(() => page.locator('.ps-count').textContent()).toBe(`${corpus.filter((p) => p.links.some((l) => l.kind === 'code')).length} papers with code`);
    await page.getByLabel('With code').uncheck();
    await page.keyboard.type('codet5');
    await expect.poll(() => page.getByRole('option').first().locator('.ps-result-title').textContent()).toMatch(/^CodeT5\+/);
    await screenshot(page, 'popup-results-dark');
    await page.close();
  });
});

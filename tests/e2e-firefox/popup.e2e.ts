import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, screenshot, type FirefoxSession } from './harness';
import { loadCorpus } from '../../scripts/load-corpus';

const zeroShot = loadCorpus().find((p) => p.title === 'Large Language Models are Zero-Shot Reasoners')!;

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});

afterAll(async () => {
  await session?.close();
});

describe('Firefox: popup', () => {
  it('searches the corpus as the user types', async () => {
    const page = await session.openPopup();
    // The search box has the focus when the popup opens: typing goes straight into it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search papers');
    await page.keyboard.type('zero shot reasoners');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[role=option] .ps-result-title')?.textContent ?? null))
      .toBe(zeroShot.displayTitle);
    expect(await page.evaluate(() => document.querySelector('[role=option]')?.getAttribute('aria-selected'))).toBe('true');
    await screenshot(page, 'firefox-popup-results');
    await page.close();
    expect(session.blocked).toEqual([]);
  });
});

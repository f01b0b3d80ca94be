import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { githubFixture, issuePageAs, repoPageAs } from '../support/github-pages';
import { loadCorpus } from '../../scripts/load-corpus';

/**
 * GitHub navigates without page loads. The saved pages carry none of GitHub's
 * scripts (they are blocked), so a small stand-in for Turbo runs in the page:
 * it swaps <head> meta tags and <body>, pushes history, caches a snapshot of the
 * page it leaves (as Turbo does, our panel's host element included) and
 * restores it on back/forward, then fires GitHub's events.
 */
const corpus = loadCorpus();
const paper = corpus.find((p) => p.links.some((l) => l.kind === 'code'))!;
const repoA = paper.links.find((l) => l.kind === 'code')!.label;

const pages: Record<string, string> = {
  [`/${repoA}`]: repoPageAs(repoA),
  [`/${repoA}/issues/56`]: issuePageAs(repoA),
  '/microsoft/playwright': githubFixture('github.com__microsoft__playwright__2026-08.html'),
};

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension((url) => (url.hostname === 'github.com' ? pages[url.pathname] : undefined));
});

afterAll(async () => {
  await session?.close();
});

/** Installs the Turbo stand-in in the page's main world. */
async function installFakeTurbo(page: Page): Promise<void> {
  await page.evaluate((html) => {
    const snapshots = new Map<string, { head: Node[]; body: Node; title: string }>();
    const save = () =>
      snapshots.set(location.pathname, {
        head: [...document.head.querySelectorAll('meta')].map((m) => m.cloneNode(true)),
        body: document.body.cloneNode(true), // like Turbo: a clone, shadow roots not included
        title: document.title,
      });
    const show = (snapshot: { head: Node[]; body: Node; title: string }) => {
      document.head.querySelectorAll('meta').forEach((m) => m.remove());
      snapshot.head.forEach((m) => document.head.appendChild(m.cloneNode(true)));
      document.title = snapshot.title;
      document.body.replaceWith(snapshot.body.cloneNode(true));
    };
    const parse = (path: string) => {
      const doc = new DOMParser().parseFromString(html[path]!, 'text/html');
      return { head: [...doc.head.querySelectorAll('meta')], body: document.adoptNode(doc.body), title: doc.title };
    };
    (window as unknown as { __visit: (path: string, event: string) => void }).__visit = (path, event) => {
      save();
      history.pushState({ turbo: true }, '', path);
      show(parse(path));
      document.dispatchEvent(new Event(event));
    };
    window.addEventListener('popstate', () => {
      const snapshot = snapshots.get(location.pathname) ?? parse(location.pathname);
      show(snapshot);
      document.dispatchEvent(new Event('turbo:render'));
    });
  }, pages);
}

async function panelState(page: Page): Promise<{ count: number; ids: (string | null)[]; path: string }> {
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll('[data-paperscope="panel"]')];
    return {
      count: hosts.length,
      ids: hosts.map((h) => h.getAttribute('data-paper-id')),
      path: location.pathname,
    };
  });
}

/**
 * Waits until the page shows `expected` (the script debounces, then may ask the
 * background for details), then checks it still does a moment later: no late,
 * stale update may add or remove a panel afterwards.
 */
async function expectSettled(page: Page, expected: { count: number; ids: string[]; path: string }): Promise<void> {
  const want = { ...expected, path: expected.path.toLowerCase() };
  const read = async () => {
    const state = await panelState(page);
    return { ...state, path: state.path.toLowerCase() };
  };
  await expect.poll(read, { timeout: 10_000, interval: 50 }).toEqual(want);
  await page.waitForTimeout(150);
  expect(await read()).toEqual(want);
}

describe('GitHub in-page navigation', () => {
  it('shows exactly the right panel, once, through 50 navigations', async () => {
    const page = await session.context.newPage();
    await page.goto(`https://github.com/${repoA}`);
    await page.locator('[data-paperscope="panel"]').waitFor();
    await installFakeTurbo(page);

    const events = ['turbo:render', 'soft-nav:end', 'soft-nav:react-done', 'turbo:load', 'pjax:end'];
    const expectA = (path: string) => expectSettled(page, { count: 1, ids: [paper.id], path });
    const expectNone = () => expectSettled(page, { count: 0, ids: [], path: '/microsoft/playwright' });

    let navigations = 0;
    for (let round = 0; navigations < 50; round++) {
      const event = events[round % events.length]!;
      // repository A → its issue → repository B (not in the corpus) → back → forward → back to A
      await page.evaluate(([path, e]) => (window as unknown as { __visit: (p: string, e: string) => void }).__visit(path!, e!), [`/${repoA}/issues/56`, event]);
      await expectA(`/${repoA}/issues/56`);
      await page.evaluate(([path, e]) => (window as unknown as { __visit: (p: string, e: string) => void }).__visit(path!, e!), ['/microsoft/playwright', event]);
      await expectNone();
      await page.evaluate(() => history.back());
      await expectA(`/${repoA}/issues/56`);
      await page.evaluate(() => history.forward());
      await expectNone();
      await page.evaluate(([path, e]) => (window as unknown as { __visit: (p: string, e: string) => void }).__visit(path!, e!), [`/${repoA}`, event]);
      await expectA(`/${repoA}`);
      navigations += 5;
    }
    expect(navigations).toBe(50);
    await page.close();
  }, 120_000);

  it('keeps the toolbar count when a Turbo frame navigation leaves the header and the panel in place', async () => {
    const page = await session.context.newPage();
    await page.goto(`https://github.com/${repoA}`);
    await page.locator('[data-paperscope="panel"]').waitFor();
    const tabId = await session.tabIdOf(page);
    await expect.poll(() => session.badgeText(tabId)).toBe('1');
    // Only the frame under the header changes: the URL moves on, the header and our panel stay.
    await page.evaluate((path) => {
      history.pushState({}, '', path);
      document.dispatchEvent(new Event('turbo:frame-load'));
      document.dispatchEvent(new Event('soft-nav:end'));
    }, `/${repoA}/pulls`);
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe(`/${repoA}/pulls`);
    await expect.poll(() => session.badgeText(tabId), { timeout: 10_000 }).toBe('1');
    const popup = await session.openPopup({ query: `tab=${tabId}` });
    await expect.poll(() => popup.locator('.ps-section').first().textContent()).toBe('On this page');
    expect(await popup.getByRole('option').first().getAttribute('data-paper-id')).toBe(paper.id);
    expect(await page.locator('[data-paperscope="panel"]').count()).toBe(1);
    await popup.close();
    await page.close();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countDismissed, dismiss, isDismissed, restoreDismissed } from '../../lib/storage';

describe('dismissed panels', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('remembers closed panels per kind, once each', async () => {
    await dismiss('papers', 'tuning-language-models-by-proxy');
    await dismiss('papers', 'tuning-language-models-by-proxy');
    await dismiss('repos', 'lxuechen/private-transformers');
    expect(await isDismissed('papers', 'tuning-language-models-by-proxy')).toBe(true);
    expect(await isDismissed('repos', 'tuning-language-models-by-proxy')).toBe(false);
    expect(await isDismissed('repos', 'lxuechen/private-transformers')).toBe(true);
    expect(await countDismissed()).toBe(2);
  });

  it('reads what WXT stored under the same keys, and reads malformed data as nothing dismissed', async () => {
    await fakeBrowser.storage.local.set({ dismissedRepos: ['o/r'], dismissedPapers: 'not a list' });
    expect(await isDismissed('repos', 'o/r')).toBe(true);
    expect(await isDismissed('papers', 'not a list')).toBe(false);
    await dismiss('papers', 'a');
    expect(await isDismissed('papers', 'a')).toBe(true);
    expect(await countDismissed()).toBe(2);
  });

  it('shows every panel again on request', async () => {
    await dismiss('papers', 'a');
    await dismiss('repos', 'o/r');
    await restoreDismissed();
    expect(await countDismissed()).toBe(0);
    expect(await isDismissed('papers', 'a')).toBe(false);
  });
});

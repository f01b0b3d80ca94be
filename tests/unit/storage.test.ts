import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countDismissed, dismiss, dismissedKeys, restoreDismissed } from '../../lib/storage';

describe('dismissed panels', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('remembers closed panels per kind, once each', async () => {
    await dismiss('papers', 'tuning-language-models-by-proxy');
    await dismiss('papers', 'tuning-language-models-by-proxy');
    await dismiss('repos', 'lxuechen/private-transformers');
    expect(await dismissedKeys('papers')).toEqual(['tuning-language-models-by-proxy']);
    expect(await dismissedKeys('repos')).toEqual(['lxuechen/private-transformers']);
    expect(await countDismissed()).toBe(2);
  });

  it('reads what WXT stored under the same keys, and reads malformed data as nothing dismissed', async () => {
    await fakeBrowser.storage.local.set({ dismissedRepos: ['o/r'], dismissedPapers: 'not a list' });
    expect(await dismissedKeys('repos')).toEqual(['o/r']);
    expect(await dismissedKeys('papers')).toEqual([]);
    await fakeBrowser.storage.local.set({ dismissedRepos: ['o/r', 3, null] });
    expect(await dismissedKeys('repos')).toEqual(['o/r']);
    await dismiss('papers', 'a');
    expect(await dismissedKeys('papers')).toEqual(['a']);
    expect(await countDismissed()).toBe(2);
  });

  it('shows every panel again on request', async () => {
    await dismiss('papers', 'a');
    await dismiss('repos', 'o/r');
    await restoreDismissed();
    expect(await countDismissed()).toBe(0);
    expect(await dismissedKeys('papers')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { badgeText, createTabMatches } from '../../lib/background/tab-matches';

function setup() {
  const badges = new Map<number, string>();
  const service = createTabMatches({ setBadge: (tabId, text) => void badges.set(tabId, text) });
  return { service, badges };
}

const match = (paperId: string) => ({ paperId, evidence: 'arxiv-id', score: 1 });

describe('tab matches', () => {
  it('counts the distinct papers a tab reports on the badge', async () => {
    const { service, badges } = setup();
    await service.report(7, 'https://arxiv.org/list/cs/new', [match('a'), match('b'), match('a')]);
    expect(badges.get(7)).toBe('2');
    expect(service.get(7).map((m) => m.paperId)).toEqual(['a', 'b']);
  });

  it('clears the badge when the tab navigates to another page, not for a fragment jump', async () => {
    const { service, badges } = setup();
    await service.report(3, 'https://arxiv.org/abs/2205.11916', [match('a')]);
    await service.navigated(3, 'https://arxiv.org/abs/2205.11916#comments');
    expect(badges.get(3)).toBe('1');
    await service.navigated(3, 'https://arxiv.org/abs/2401.00001');
    expect(badges.get(3)).toBe('');
    expect(service.get(3)).toEqual([]);
  });

  it('keeps tabs apart and forgets closed ones', async () => {
    const { service } = setup();
    await service.report(1, 'https://github.com/a/b', [match('a')]);
    await service.report(2, 'https://github.com/c/d', []);
    expect(service.get(1)).toHaveLength(1);
    expect(service.get(2)).toHaveLength(0);
    service.removed(1);
    expect(service.get(1)).toEqual([]);
  });

  it('shows no badge for zero and caps large counts', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(12)).toBe('12');
    expect(badgeText(2000)).toBe('999+');
  });
});

describe('tab matches across a service-worker restart', () => {
  it('saves its state and a new instance picks it up', async () => {
    let saved = {};
    const first = createTabMatches({ setBadge: () => {}, save: (state) => void (saved = structuredClone(state)) });
    await first.report(5, 'https://github.com/a/b', [match('p')]);
    const second = createTabMatches({ setBadge: () => {} }, saved);
    expect(second.get(5).map((m) => m.paperId)).toEqual(['p']);
  });
});

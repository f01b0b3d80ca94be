import { describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../lib/background/message-handler';
import { createTabMatches } from '../../lib/background/tab-matches';
import { isMessage } from '../../lib/messages';
import { loadCorpus } from '../../scripts/load-corpus';

const corpus = loadCorpus();

function setup() {
  const badges: string[] = [];
  const tabs = createTabMatches({ setBadge: (_tab, text) => void badges.push(text) });
  return { handle: createMessageHandler(corpus, tabs), badges };
}

describe('background message handler', () => {
  it('records the papers a tab reports, ignoring unknown ids, and answers the popup', async () => {
    const { handle, badges } = setup();
    const known = corpus[3]!.id;
    await handle(
      { type: 'page-matches', url: 'https://arxiv.org/list/cs/new', matches: [
        { paperId: known, evidence: 'arxiv-id', score: 1 },
        { paperId: 'not-a-paper', evidence: 'arxiv-id', score: 1 },
      ] },
      { tab: { id: 9 } },
    );
    expect(badges).toEqual(['1']);
    expect(await handle({ type: 'tab-matches', tabId: 9 }, {})).toEqual([{ paperId: known, evidence: 'arxiv-id', score: 1 }]);
  });

  it('returns full paper details for known ids only', async () => {
    const { handle } = setup();
    const details = await handle({ type: 'paper-details', ids: [corpus[0]!.id, 'nope'] }, {});
    expect(details.map((p) => p.title)).toEqual([corpus[0]!.title]);
    expect(details[0]!.abstract.length).toBeGreaterThan(100);
  });

  it('recognises only its own message shapes', () => {
    expect(isMessage({ type: 'tab-matches', tabId: 1 })).toBe(true);
    expect(isMessage({ type: 'something-else' })).toBe(false);
    expect(isMessage(null)).toBe(false);
    expect(isMessage('page-matches')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  findAbsPanelAnchor,
  readAbsPage,
  readListingEntries,
  readSearchResults,
  type ArxivPageEntry,
} from '../../lib/pages/arxiv';
import { absPageFor, listingPage, readFixture, removeMetaTags, searchResultsPage } from '../support/arxiv-pages';
import { htmlParser } from '../support/dom';

const { parse } = htmlParser();

const ABS_2021 = 'arxiv.org__abs__2106.09608__2021.html';
const ABS_HEAD_ONLY = 'arxiv.org__abs__1902.02534__HEAD-ONLY__2023.html';
const LIST_SHOW3 = 'arxiv.org__list__cs__2301__show3__2024-06.html';
const LIST_EMPTY = 'arxiv.org__list__cs__9101__empty__2024-06.html';

const TITLE_2021 = 'Learning Knowledge Graph-based World Models of Textual Environments';

/** Entries without their DOM anchors, for comparing with plain data. */
function plain(entries: ArxivPageEntry[]): Omit<ArxivPageEntry, 'badgeAnchor'>[] {
  return entries.map(({ badgeAnchor: _anchor, ...rest }) => rest);
}

describe('readAbsPage and findAbsPanelAnchor on saved pages', () => {
  it('reads the 2021 abstract page (2106.09608 v2)', () => {
    const doc = parse(readFixture(ABS_2021));
    const info = readAbsPage(doc, new URL('https://arxiv.org/abs/2106.09608'));
    expect(info).toMatchObject({ arxivId: '2106.09608', version: 'v2', title: TITLE_2021 });
    // The meta tag's line breaks and &#39; are gone.
    expect(info.abstract).toMatch(/^World models improve a learning agent's ability to efficiently operate in interactive/);
    expect(info.abstract).toMatch(/importance of each of our contributions\.$/);
    expect(info.abstract).not.toMatch(/\n| {2}/);
  });

  it('puts the panel right after the abstract blockquote of the 2021 page', () => {
    const doc = parse(readFixture(ABS_2021));
    const anchor = findAbsPanelAnchor(doc);
    expect(anchor?.append).toBe('after');
    expect(anchor?.element.localName).toBe('blockquote');
    expect(anchor?.element.parentElement?.id).toBe('abs');
  });

  it('reads the head-only page from its meta tags, and finds no anchor', () => {
    const doc = parse(readFixture(ABS_HEAD_ONLY));
    const info = readAbsPage(doc);
    expect(info.arxivId).toBe('1902.02534');
    expect(info.version).toBe('v2');
    expect(info.title).toBe(
      'Crowdsourcing open citations with CROCI -- An analysis of the current status of open citations, and a proposal',
    );
    expect(info.abstract).toMatch(/^In this paper, we analyse the current availability of open citations data/);
    expect(findAbsPanelAnchor(doc)).toBeUndefined();
  });

  it('finds no paper on a listing page', () => {
    const doc = parse(readFixture(LIST_SHOW3));
    expect(readAbsPage(doc, new URL('https://arxiv.org/list/cs/2301?skip=0&show=3'))).toEqual({});
    expect(findAbsPanelAnchor(doc)).toBeUndefined();
  });
});

describe('readAbsPage and findAbsPanelAnchor on derived pages', () => {
  it('reads a page rewritten to another paper', () => {
    const doc = parse(
      absPageFor({ arxivId: '2205.11916', title: 'Large Language Models are Zero-Shot Reasoners', abstract: 'Chain of thought.' }),
    );
    expect(readAbsPage(doc, new URL('https://arxiv.org/abs/2205.11916'))).toEqual({
      arxivId: '2205.11916',
      version: 'v2',
      title: 'Large Language Models are Zero-Shot Reasoners',
      abstract: 'Chain of thought.',
    });
  });

  it('falls back to the DOM and the URL when the meta tags are missing', () => {
    const html = removeMetaTags(
      absPageFor({ arxivId: 'hep-th/9901001', title: 'Strings & $\\mathcal{N}=4$\n  branes', abstract: 'Line one\nline two.' }),
      ['citation_arxiv_id', 'citation_title', 'citation_abstract', 'og:url'],
    );
    const doc = parse(html);
    expect(doc.querySelector('meta[name="citation_title"]')).toBeNull();
    expect(readAbsPage(doc, new URL('https://arxiv.org/abs/hep-th/9901001v3'))).toEqual({
      arxivId: 'hep-th/9901001',
      version: 'v3',
      title: 'Strings & $\\mathcal{N}=4$ branes',
      abstract: 'Line one line two.',
    });
    // Without a URL there is no identity, but the text is still read.
    expect(readAbsPage(doc)).toEqual({ title: 'Strings & $\\mathcal{N}=4$ branes', abstract: 'Line one line two.' });
    // A URL that is not an abstract page names no paper.
    expect(readAbsPage(doc, new URL('https://arxiv.org/pdf/hep-th/9901001')).arxivId).toBeUndefined();
  });

  it('prefers the meta id to the URL, and takes a version only for the same paper', () => {
    const doc = parse(removeMetaTags(absPageFor({ arxivId: '2205.11916', title: 'T' }), ['og:url']));
    expect(readAbsPage(doc, new URL('https://arxiv.org/abs/2106.09608v7'))).toMatchObject({ arxivId: '2205.11916' });
    expect(readAbsPage(doc, new URL('https://arxiv.org/abs/2106.09608v7')).version).toBeUndefined();
    expect(readAbsPage(doc, new URL('https://arxiv.org/abs/2205.11916v4')).version).toBe('v4');
  });

  it('reads a withdrawn paper: no abstract, the panel before the labs tabs', () => {
    const doc = parse(absPageFor({ arxivId: '2301.12345', title: 'Withdrawn', withdrawn: true }));
    expect(doc.querySelector('#abs > span.error')?.textContent).toMatch(/withdrawn/);
    const info = readAbsPage(doc);
    expect(info).toEqual({ arxivId: '2301.12345', version: 'v2', title: 'Withdrawn' });
    expect('abstract' in info).toBe(false);
    const anchor = findAbsPanelAnchor(doc);
    expect(anchor?.append).toBe('before');
    expect(anchor?.element.id).toBe('labstabs');
  });

  it('puts the panel first in #abs when there is neither abstract nor labs area', () => {
    const html = absPageFor({ arxivId: '2301.12345', title: 'T', withdrawn: true }).replace('id="labstabs"', 'id="gone"');
    const anchor = findAbsPanelAnchor(parse(html));
    expect(anchor?.append).toBe('first');
    expect(anchor?.element.id).toBe('abs');
  });

  it('never takes the abstract copy inside the labs tabs', () => {
    // `?labs-style=tabs-above` adds a second blockquote.abstract in a tab panel.
    const html = absPageFor({ arxivId: '2301.12345', title: 'T', withdrawn: true }).replace(
      '<div class="labstabs">',
      '<div class="labstabs"><div id="tabpanel-zero"><blockquote class="abstract mathjax">copy</blockquote></div>',
    );
    const doc = parse(html);
    expect(doc.querySelectorAll('blockquote.abstract').length).toBe(1);
    expect(findAbsPanelAnchor(doc)?.element.id).toBe('labstabs');
    expect(readAbsPage(doc).abstract).toBeUndefined();
  });

  it('reads titles with TeX, entities and line breaks from the meta tag and the heading alike', () => {
    const title = 'PanGu-$\\alpha$ & M$^{2}$: <Large>\n   Models  "quoted"';
    const expected = 'PanGu-$\\alpha$ & M$^{2}$: <Large> Models "quoted"';
    const withMeta = parse(absPageFor({ arxivId: '2104.12369', title }));
    expect(readAbsPage(withMeta).title).toBe(expected);
    const withoutMeta = parse(removeMetaTags(absPageFor({ arxivId: '2104.12369', title }), ['citation_title']));
    expect(readAbsPage(withoutMeta).title).toBe(expected);
  });
});

describe('readListingEntries', () => {
  it('reads the three entries of the saved June-2024 listing', () => {
    const entries = readListingEntries(parse(readFixture(LIST_SHOW3)));
    expect(plain(entries)).toEqual([
      { arxivId: '2301.00001', title: 'NFTrig' },
      { arxivId: '2301.00002', title: 'Evaluating Alternative Glyph Design for Showing Large-Magnitude-Range Quantum Spins' },
      // The title spans two lines in the page.
      { arxivId: '2301.00003', title: 'Emotion in Cognitive Architecture: Emergent Properties from Interactions with Human Emotion' },
    ]);
    for (const entry of entries) {
      expect(entry.badgeAnchor.localName).toBe('dt');
      expect(entry.badgeAnchor.querySelector('a[title="Abstract"]')?.getAttribute('href')).toBe(`/abs/${entry.arxivId}`);
    }
  });

  it('reads no entries from the empty listing, without throwing', () => {
    expect(readListingEntries(parse(readFixture(LIST_EMPTY)))).toEqual([]);
  });

  it('reads no entries from non-listing pages', () => {
    expect(readListingEntries(parse(readFixture(ABS_2021)))).toEqual([]);
    expect(readListingEntries(parse(readFixture(ABS_HEAD_ONLY)))).toEqual([]);
  });

  it('reads every section of a page that repeats id="articles"', () => {
    const doc = parse(
      listingPage(
        [
          { arxivId: '2608.00001', title: 'First' },
          { arxivId: '2608.00002', title: 'Second' },
          { arxivId: '2607.00003', title: 'Third (cross-list)' },
          { arxivId: 'math.GT/0309136', title: 'Fourth (replaced)' },
        ],
        { sections: 3 },
      ),
    );
    expect(doc.querySelectorAll('dl#articles').length).toBe(3);
    expect(doc.getElementById('articles')?.querySelectorAll('dt').length).toBe(2); // only the first section
    expect(plain(readListingEntries(doc)).map((entry) => entry.arxivId)).toEqual([
      '2608.00001',
      '2608.00002',
      '2607.00003',
      'math.GT/0309136',
    ]);
  });

  it('yields what an entry has when it lacks a title or an id', () => {
    const doc = parse(
      listingPage([
        { arxivId: '2608.00001' },
        { arxivId: '2608.00002', title: 'No id link' },
        { arxivId: '2608.00003', title: 'Complete' },
      ]),
    );
    // Take the abstract link out of the second entry.
    doc.querySelector('a[href="/abs/2608.00002"]')?.remove();
    const entries = readListingEntries(doc);
    expect(plain(entries)).toEqual([{ arxivId: '2608.00001' }, { title: 'No id link' }, { arxivId: '2608.00003', title: 'Complete' }]);
    expect(entries.every((entry) => entry.badgeAnchor.localName === 'dt')).toBe(true);
  });

  it('does not give a dt the dd of the next entry', () => {
    const doc = parse(listingPage([{ arxivId: '2608.00001', title: 'A' }, { arxivId: '2608.00002', title: 'B' }], { sections: 1 }));
    doc.querySelector('dd')?.remove(); // the first entry loses its metadata
    expect(plain(readListingEntries(doc))).toEqual([{ arxivId: '2608.00001' }, { arxivId: '2608.00002', title: 'B' }]);
  });

  it('decodes entities and collapses line breaks in titles', () => {
    const html = listingPage([{ arxivId: '2608.00001', title: 'Sparse & Dense:\n\tRetrieval  <at> "scale"' }]);
    expect(html).toContain('Sparse &amp; Dense:\n\tRetrieval  &lt;at&gt; &quot;scale&quot;');
    expect(readListingEntries(parse(html))[0]?.title).toBe('Sparse & Dense: Retrieval <at> "scale"');
  });
});

describe('readSearchResults', () => {
  it('reads ids (versions stripped), titles and anchors from a built search page', () => {
    const doc = parse(
      searchResultsPage([
        { arxivId: '2205.11916', title: 'Large Language Models are Zero-Shot Reasoners' },
        { arxivId: '2106.09608', title: 'Learning   World\nModels', version: 2 },
        { arxivId: 'hep-th/9901001' },
      ]),
    );
    const results = readSearchResults(doc);
    expect(plain(results)).toEqual([
      { arxivId: '2205.11916', title: 'Large Language Models are Zero-Shot Reasoners' },
      { arxivId: '2106.09608', title: 'Learning World Models' },
      { arxivId: 'hep-th/9901001' },
    ]);
    for (const result of results) {
      expect(result.badgeAnchor.matches('li.arxiv-result > div > p.list-title')).toBe(true);
    }
  });

  it('reads a title with search-hit highlights as one string', () => {
    const doc = parse(searchResultsPage([{ arxivId: '2205.11916', title: 'Zero-Shot Reasoners' }]));
    const title = doc.querySelector('li.arxiv-result p.title');
    const text = title?.firstChild;
    expect(text?.nodeType).toBe(3);
    // What arXiv sends for a query "zero": <span class="search-hit mathjax">Zero</span>-Shot Reasoners
    const hit = doc.createElement('span');
    hit.className = 'search-hit mathjax';
    hit.textContent = 'Zero';
    title?.replaceChildren(hit, doc.createTextNode('-Shot Reasoners'));
    expect(readSearchResults(doc)[0]?.title).toBe('Zero-Shot Reasoners');
  });

  it('reads nothing from pages without results', () => {
    expect(readSearchResults(parse(searchResultsPage([])))).toEqual([]);
    expect(readSearchResults(parse(readFixture(LIST_SHOW3)))).toEqual([]);
  });

  it('falls back to the result itself as badge anchor', () => {
    const doc = parse(searchResultsPage([{ arxivId: '2205.11916', title: 'T' }]));
    doc.querySelector('p.list-title')?.remove();
    const [result] = readSearchResults(doc);
    expect(result?.badgeAnchor.localName).toBe('li');
    expect(result?.title).toBe('T');
    expect(result?.arxivId).toBeUndefined();
  });
});

describe('readers never throw', () => {
  const exploding = {
    querySelector: () => {
      throw new Error('odd page');
    },
    querySelectorAll: () => {
      throw new Error('odd page');
    },
  } as unknown as ParentNode;

  it('answers empty on a root that throws', () => {
    expect(readAbsPage(exploding, new URL('https://arxiv.org/abs/2205.11916'))).toEqual({});
    expect(findAbsPanelAnchor(exploding)).toBeUndefined();
    expect(readListingEntries(exploding)).toEqual([]);
    expect(readSearchResults(exploding)).toEqual([]);
  });

  it('answers empty on an empty document and on a bare element', () => {
    const empty = parse('');
    expect(readAbsPage(empty)).toEqual({});
    expect(findAbsPanelAnchor(empty)).toBeUndefined();
    expect(readListingEntries(empty)).toEqual([]);
    expect(readSearchResults(empty)).toEqual([]);
    const div = empty.createElement('div');
    expect(readAbsPage(div)).toEqual({});
    expect(readListingEntries(div)).toEqual([]);
  });

  it('keeps an entry whose parts throw, with its anchor', () => {
    const doc = parse(listingPage([{ arxivId: '2608.00001', title: 'A' }]));
    const dt = doc.querySelector('dt');
    if (!dt) throw new Error('no dt');
    Object.defineProperty(dt, 'nextElementSibling', {
      get() {
        throw new Error('odd entry');
      },
    });
    const entries = readListingEntries(doc);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.badgeAnchor).toBe(dt);
    expect(entries[0]?.arxivId).toBe('2608.00001');
  });
});

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readAbsPage, readListingEntries, readSearchResults } from '../../lib/pages/arxiv';
import {
  absPageFor,
  escapeHtml,
  listingPage,
  readFixture,
  removeMetaTags,
  searchResultsPage,
  arxivTemplates,
} from '../support/arxiv-pages';
import { htmlParser } from '../support/dom';

const { window, parse } = htmlParser();

const SAVED_ID = '2106.09608';
const SAVED_TITLE = 'Learning Knowledge Graph-based World Models of Textual Environments';

/** `count` listing entries with distinct new-style ids and titles. */
function manyEntries(count: number): { arxivId: string; title: string }[] {
  return Array.from({ length: count }, (_, index) => ({
    arxivId: `2608.${String(index + 1).padStart(5, '0')}`,
    title: `Paper ${index + 1}: scaling $\\alpha$ & friends`,
  }));
}

describe('absPageFor', () => {
  const spec = { arxivId: '2205.11916', title: 'Large Language Models are Zero-Shot Reasoners' };

  it('leaves no trace of the saved paper\'s id or title', () => {
    const html = absPageFor(spec);
    for (const trace of [SAVED_ID, '2106-09608', SAVED_TITLE, encodeURIComponent(SAVED_TITLE), 'Learning+Knowledge']) {
      expect(html, trace).not.toContain(trace);
    }
  });

  it('writes the new id and title where arXiv prints them', () => {
    const html = absPageFor(spec);
    expect(html).toContain(`<title>[2205.11916] ${spec.title}</title>`);
    expect(html).toContain('<meta name="citation_arxiv_id" content="2205.11916"/>');
    expect(html).toContain(`<meta name="citation_title" content="${spec.title}"/>`);
    expect(html).toContain(`<meta property="og:title" content="${spec.title}"/>`);
    expect(html).toContain('<meta property="og:url" content="https://arxiv.org/abs/2205.11916v2"/>');
    expect(html).toContain(`<span class="descriptor">Title:</span>${spec.title}</h1>`);
    expect(html).toContain('&gt; arXiv:2205.11916</div>'); // breadcrumbs
    expect(html).toContain('<strong>arXiv:2205.11916</strong>'); // mobile breadcrumbs
    expect(html).toContain('<a href="https://arxiv.org/abs/2205.11916">arXiv:2205.11916</a> [cs.LG]'); // Cite as
    expect(html).toContain('<a href="/pdf/2205.11916" accesskey="f"');
    expect(html).toContain('href="/list/cs.LG/2205">2205</a>');
    expect(html).toContain('abs-2205-11916');
    expect(html).toContain('title=Large%20Language%20Models%20are%20Zero-Shot%20Reasoners');
  });

  it('keeps everything else byte for byte', () => {
    // Same month as the saved id, and a short title, so every edit can be undone by the inverse edits.
    const html = absPageFor({ arxivId: '2106.99999', title: 'A Short New Title' });
    const undone = html
      .split('2106.99999').join(SAVED_ID)
      .split('2106-99999').join('2106-09608')
      .split('A%20Short%20New%20Title').join(encodeURIComponent(SAVED_TITLE))
      .split('A+Short+New+Title').join(SAVED_TITLE.replace(/ /g, '+'))
      .split('A Short New Title').join(SAVED_TITLE);
    expect(undone).toBe(readFixture(arxivTemplates.abs));
  });

  it('escapes titles and abstracts, and keeps `$` sequences literally', () => {
    const title = 'Cats & "Dogs" <are> $\\alpha$-$1 friends';
    const abstract = 'We <b>show</b> that $& and $1 stay.\nTwo lines.';
    const html = absPageFor({ arxivId: '2301.00042', title, abstract });
    expect(html).toContain(`content="${escapeHtml(title)}"`);
    expect(html).not.toContain('<b>show</b>');
    const info = readAbsPage(parse(html));
    expect(info.title).toBe(title);
    expect(info.abstract).toBe('We <b>show</b> that $& and $1 stay. Two lines.');
    const dom = readAbsPage(parse(removeMetaTags(html, ['citation_title', 'citation_abstract'])));
    expect(dom).toMatchObject({ title, abstract: info.abstract });
  });

  it('handles old-style ids', () => {
    const html = absPageFor({ arxivId: 'hep-th/9901001', title: 'Old' });
    expect(html).toContain('<meta name="citation_arxiv_id" content="hep-th/9901001"/>');
    expect(html).toContain('href="/abs/hep-th/9901001v1"');
    expect(readAbsPage(parse(html))).toMatchObject({ arxivId: 'hep-th/9901001', version: 'v2', title: 'Old' });
  });

  it('truncates twitter:title like arXiv', () => {
    const title = 'A'.repeat(80);
    expect(absPageFor({ arxivId: '2301.00042', title })).toContain(`<meta name="twitter:title" content="${'A'.repeat(67)}..."/>`);
  });

  it('builds a withdrawn page without any abstract', () => {
    const html = absPageFor({ arxivId: '2301.00042', title: 'Gone', withdrawn: true });
    expect(html).not.toContain('citation_abstract');
    expect(html).not.toContain('<blockquote');
    expect(html).toContain('<span class="error">');
  });
});

describe('removeMetaTags', () => {
  it('removes only the named tags', () => {
    const html = removeMetaTags(readFixture(arxivTemplates.abs), ['citation_title', 'og:url']);
    expect(html).not.toContain('citation_title');
    expect(html).not.toContain('og:url');
    expect(html).toContain('<meta name="citation_arxiv_id" content="2106.09608"/>');
    expect(html).toContain('og:title');
  });
});

describe('listingPage', () => {
  it('uses the saved listing\'s chrome and item markup', () => {
    const html = listingPage([{ arxivId: '2608.01234', title: 'Tiny' }]);
    const saved = readFixture(arxivTemplates.listing);
    expect(html.slice(0, 200)).toBe(saved.slice(0, 200).replace('Computer Science Jan 2023', 'Computer Science'));
    expect(html).toContain('<a href="/abs/2608.01234" title="Abstract" id="2608.01234">');
    expect(html).toContain('id="pdf-2608.01234"');
    expect(html).toContain("<a name='item1'>[1]</a>");
    expect(html).toContain("<div class='list-authors'>");
    expect(html).toContain('<h3>New submissions (showing first 1 of 1 entries)</h3>');
    expect(html).toContain('<h3>Showing new listings for Friday, 14 August 2026</h3>');
    expect(html).not.toContain('Total of 5648 entries');
    expect(html).not.toContain('NFTrig');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('splits entries evenly across sections and numbers them across sections', () => {
    const html = listingPage(manyEntries(10));
    expect(html.match(/<dl id='articles'>/g)).toHaveLength(3);
    expect(html).toContain('<h3>New submissions (showing first 4 of 4 entries)</h3>');
    expect(html).toContain('<h3>Cross submissions (showing first 3 of 3 entries)</h3>');
    expect(html).toContain('<h3>Replacement submissions (showing first 3 of 3 entries)</h3>');
    expect(html).toContain("<a name='item10'>[10]</a>");
    expect(html).toContain('#item5">Cross submissions</a>');
    expect(listingPage(manyEntries(10), { sections: 1 }).match(/<dl id='articles'>/g)).toHaveLength(1);
    expect(listingPage(manyEntries(2), { sections: 5 }).match(/<dl id='articles'>/g)).toHaveLength(2);
  });

  it('builds an empty /new page', () => {
    const html = listingPage([]);
    expect(html).toContain('<p>No updates today.</p>');
    expect(html).not.toContain('<dl');
    expect(readListingEntries(parse(html))).toEqual([]);
  });

  // Parsing 4.6 MB of HTML takes happy-dom seconds (more on a busy machine): once, for both tests.
  const bigEntries = manyEntries(2000);
  let bigPage: Document | undefined;
  const big = (): Document => {
    if (!bigPage) throw new Error('the 2,000-entry page was not built');
    return bigPage;
  };
  beforeAll(() => {
    bigPage = parse(listingPage(bigEntries));
  }, 60_000);

  it('builds a 2,000-entry page that the reader reads back in full', () => {
    const entries = bigEntries;
    const doc = big();
    expect(doc.querySelectorAll('dl#articles')).toHaveLength(3);
    const read = readListingEntries(doc);
    expect(read).toHaveLength(2000);
    expect(read.map(({ arxivId, title }) => ({ arxivId, title }))).toEqual(entries);
  }, 30_000);

  it('reads 2,000 entries with one document-wide query and no layout', () => {
    const doc = big();
    const documentQueries = [vi.spyOn(doc, 'querySelectorAll'), vi.spyOn(doc, 'querySelector')];
    // innerText forces a layout in a browser; the reader must never touch it.
    const innerText = vi.spyOn(window.HTMLElement.prototype, 'innerText', 'get');
    const read = readListingEntries(doc);
    expect(read).toHaveLength(2000);
    expect(documentQueries.reduce((calls, spy) => calls + spy.mock.calls.length, 0)).toBe(1);
    expect(innerText).not.toHaveBeenCalled();
    // The query count above proves there is no per-entry document scan; the time
    // itself is measured in real Chromium by `npm run bench`, not asserted here.
    innerText.mockRestore();
    for (const spy of documentQueries) spy.mockRestore();
  }, 30_000);
});

describe('searchResultsPage', () => {
  it('follows the arxiv-search result markup', () => {
    const html = searchResultsPage([{ arxivId: '2401.12345', title: 'Hit', version: 3 }], { query: 'a & b' });
    expect(html).toContain('<ol class="breathe-horizontal" start="1">');
    expect(html).toContain('<li class="arxiv-result">');
    expect(html).toContain('<p class="list-title is-inline-block"><a href="https://arxiv.org/abs/2401.12345v3">arXiv:2401.12345v3</a>');
    expect(html).toContain('<p class="title is-5 mathjax">');
    expect(html).toContain('results for all: <span class="mathjax">a &amp; b</span>');
  });

  it('builds a page the reader reads back', () => {
    const entries = manyEntries(50).map((entry, index) => ({ ...entry, version: index % 3 === 0 ? 2 : undefined }));
    const read = readSearchResults(parse(searchResultsPage(entries)));
    expect(read.map(({ arxivId, title }) => ({ arxivId, title }))).toEqual(
      entries.map(({ arxivId, title }) => ({ arxivId, title })),
    );
  });
});

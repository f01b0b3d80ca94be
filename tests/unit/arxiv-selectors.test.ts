import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { arxivFixtureNames, arxivSelectors, type ArxivSelectorName } from '../../lib/selectors/arxiv';
import { listingPage, readFixture, searchResultsPage } from '../support/arxiv-pages';
import { htmlParser } from '../support/dom';

const { parse } = htmlParser();

const names = Object.keys(arxivSelectors) as ArxivSelectorName[];

/** How many elements `name` matches in `doc`, the way the readers use it (scoped by `within`). */
function countMatches(doc: Document, name: ArxivSelectorName): number {
  const spec: { selector: string; within?: string } = arxivSelectors[name];
  if (!spec.within) return doc.querySelectorAll(spec.selector).length;
  const scopes = doc.querySelectorAll(arxivSelectors[spec.within as ArxivSelectorName].selector);
  let total = 0;
  for (const scope of scopes) total += scope.querySelectorAll(spec.selector).length;
  return total;
}

describe('arXiv selector table', () => {
  it('gives a count for exactly the saved arXiv pages in tests/fixtures', () => {
    const saved = readdirSync(fileURLToPath(new URL('../fixtures/', import.meta.url)))
      .filter((file) => /^arxiv\.org__.*\.html$/.test(file))
      .sort();
    expect([...arxivFixtureNames].sort()).toEqual(saved);
    for (const name of names) {
      expect(Object.keys(arxivSelectors[name].counts).sort(), name).toEqual(saved);
    }
  });

  it('scopes `within` only to other entries of the table', () => {
    const scoped = names.filter((name) => 'within' in arxivSelectors[name]);
    expect(scoped.length).toBeGreaterThan(0);
    for (const name of scoped) {
      const within = (arxivSelectors[name] as { within: string }).within;
      expect(names, `${name}.within`).toContain(within);
    }
  });

  it('has selectors that parse', () => {
    const doc = parse('<!DOCTYPE html><html><body></body></html>');
    for (const name of names) {
      expect(() => doc.querySelectorAll(arxivSelectors[name].selector), name).not.toThrow();
    }
  });
});

describe.each(arxivFixtureNames)('selector counts on %s', (fixture) => {
  const doc = parse(readFixture(fixture));
  it.each(names)('%s', (name) => {
    expect(countMatches(doc, name)).toBe(arxivSelectors[name].counts[fixture]);
  });
});

// No saved search or /new page exists, so these selectors are also checked on the derived pages.
describe('selector counts on derived pages', () => {
  it('finds every part of a built /new listing with three sections', () => {
    const doc = parse(
      listingPage([
        { arxivId: '2608.00001', title: 'One' },
        { arxivId: '2608.00002', title: 'Two' },
        { arxivId: '2608.00003' },
        { arxivId: 'hep-th/9901001', title: 'Four' },
        { arxivId: '2608.00005', title: 'Five' },
      ]),
    );
    expect(countMatches(doc, 'listingList')).toBe(3);
    expect(countMatches(doc, 'listingItem')).toBe(5);
    expect(countMatches(doc, 'listingItemBody')).toBe(5);
    expect(countMatches(doc, 'listingIdLink')).toBe(5);
    expect(countMatches(doc, 'listingIdLinkFallback')).toBe(5);
    expect(countMatches(doc, 'listingTitle')).toBe(4);
  });

  it('finds every part of a built search page, and no heading as a result title', () => {
    const doc = parse(
      searchResultsPage([
        { arxivId: '2401.12345', title: 'One' },
        { arxivId: '2401.12346', title: 'Two', version: 2 },
        { arxivId: '2401.12347' },
      ]),
    );
    expect(countMatches(doc, 'searchResult')).toBe(3);
    expect(countMatches(doc, 'searchIdLink')).toBe(3);
    expect(countMatches(doc, 'searchTitle')).toBe(2);
    expect(countMatches(doc, 'searchBadgeAnchor')).toBe(3);
    expect(doc.querySelectorAll('.title').length).toBe(3); // the h1.title heading is there, and not counted
  });
});

describe('readers use only the selector table', () => {
  // A selector string anywhere else would escape the counts above.
  it.each(['../../lib/pages/arxiv.ts', '../../lib/pages/mathjax-text.ts'])('%s has no selector literals', (path) => {
    const source = readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
    expect(source).toContain('arxivSelectors');
    expect(source).not.toMatch(/\b(?:querySelector|querySelectorAll|matches|closest)\(\s*['"`]/);
    expect(source).not.toMatch(/\.(?:getElementById|getElementsBy\w+)\(|\.(?:innerText|innerHTML|outerHTML)\b/);
  });
});

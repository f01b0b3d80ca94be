import { describe, expect, it } from 'vitest';
import {
  arxivPageKind,
  examples,
  isAbsPage,
  isListingPage,
  isSearchPage,
  parseArxivId,
  parseArxivIdParts,
  type ArxivDetectorName,
  type ArxivPageKind,
} from '../../lib/pages/arxiv';

const detectors: Record<ArxivDetectorName, (url: URL) => boolean> = { isAbsPage, isListingPage, isSearchPage };
const kindOf: Record<ArxivDetectorName, ArxivPageKind> = { isAbsPage: 'abs', isListingPage: 'listing', isSearchPage: 'search' };
const names = Object.keys(detectors) as ArxivDetectorName[];

/** Every URL listed anywhere in the examples table, each once. */
const allUrls = [...new Set(names.flatMap((name) => [...examples[name].positive, ...examples[name].negative]))];

describe('page detection: every detector against every example URL, both ways', () => {
  it('has examples for every detector, and only for detectors', () => {
    expect(Object.keys(examples).sort()).toEqual([...names].sort());
    for (const name of names) {
      expect(examples[name].positive.length, name).toBeGreaterThan(3);
      expect(examples[name].negative.length, name).toBeGreaterThan(3);
    }
  });

  for (const name of names) {
    const positives = new Set(examples[name].positive);
    describe(name, () => {
      it.each(allUrls)('%s', (url) => {
        expect(detectors[name](new URL(url))).toBe(positives.has(url));
      });
    });
  }

  it('never lists one URL as positive for two detectors', () => {
    const owners = new Map<string, ArxivDetectorName>();
    for (const name of names) {
      for (const url of examples[name].positive) {
        expect(owners.get(url), url).toBeUndefined();
        owners.set(url, name);
      }
    }
    expect(owners.size).toBeGreaterThan(20);
  });

  it.each(allUrls)('arxivPageKind(%s) agrees with the detectors', (url) => {
    const owner = names.find((name) => examples[name].positive.includes(url));
    expect(arxivPageKind(new URL(url))).toBe(owner ? kindOf[owner] : undefined);
  });

  it('accepts a Location-like object', () => {
    const fake = new URL('https://arxiv.org/list/cs/new') as unknown as Location;
    expect(isListingPage(fake)).toBe(true);
    expect(arxivPageKind(fake)).toBe('listing');
  });

  it('treats the rest of arxiv.org as no annotated page', () => {
    for (const url of [
      'https://arxiv.org/',
      'https://arxiv.org/help',
      'https://arxiv.org/year/cs/2023',
      'https://arxiv.org/pdf/2205.11916',
      'https://arxiv.org/html/2205.11916v2',
      'https://arxiv.org/a/riedl_m_1',
    ]) {
      expect(arxivPageKind(new URL(url)), url).toBeUndefined();
    }
  });
});

describe('parseArxivId', () => {
  it.each([
    ['2205.11916', '2205.11916'],
    ['2205.11916v3', '2205.11916'],
    ['arXiv:2205.11916', '2205.11916'],
    ['arxiv: 2205.11916v1', '2205.11916'],
    ['  arXiv:2301.00001\n  ', '2301.00001'],
    ['0704.0001', '0704.0001'],
    ['1412.6980v9', '1412.6980'],
    ['1501.00001', '1501.00001'],
    ['hep-th/9901001', 'hep-th/9901001'],
    ['math.GT/0309136', 'math.GT/0309136'],
    ['arXiv:cond-mat/0102536v2', 'cond-mat/0102536'],
    ['https://arxiv.org/abs/2205.11916v2', '2205.11916'],
    ['https://arxiv.org/abs/2205.11916?context=cs', '2205.11916'],
    ['https://www.arxiv.org/abs/2205.11916#comments', '2205.11916'],
    ['http://export.arxiv.org/abs/2205.11916', '2205.11916'],
    ['arxiv.org/abs/2205.11916', '2205.11916'],
    ['/abs/hep-th/9901001v1', 'hep-th/9901001'],
    ['/abs/2301.00001', '2301.00001'],
    ['https://arxiv.org/pdf/2205.11916', '2205.11916'],
    ['https://arxiv.org/pdf/2205.11916v1.pdf', '2205.11916'],
    ['https://arxiv.org/html/2205.11916v2/', '2205.11916'],
  ])('%j → %s', (text, id) => {
    expect(parseArxivId(text)).toBe(id);
  });

  it.each([
    [''],
    ['hello'],
    ['2205.1191'], // 2022 ids have five digits
    ['0704.00001'], // 2007 ids have four
    ['2213.11916'], // no month 13
    ['2200.11916'], // no month 0
    ['2205.11916v'],
    ['2205.11916v0'],
    ['2205.11916 and more'],
    ['see arXiv:2205.11916'],
    ['hep-th/990100'],
    ['HEP-TH/9901001'],
    ['https://example.com/abs/2205.11916'],
    ['https://arxiv.org/abs/'],
    ['https://arxiv.org/list/cs/2301'],
    ['10.48550/arXiv.2205.11916'],
  ])('%j → undefined', (text) => {
    expect(parseArxivId(text)).toBeUndefined();
  });

  it('splits off the version', () => {
    expect(parseArxivIdParts('https://arxiv.org/abs/2205.11916v12')).toEqual({ id: '2205.11916', version: 'v12' });
    expect(parseArxivIdParts('/abs/hep-th/9901001v1')).toEqual({ id: 'hep-th/9901001', version: 'v1' });
    expect(parseArxivIdParts('2205.11916')).toEqual({ id: '2205.11916' });
    expect(parseArxivIdParts('junk')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { readAbsPage, readListingEntries, readSearchResults } from '../../lib/pages/arxiv';
import { collapseWhitespace, readSourceText } from '../../lib/pages/mathjax-text';
import { absPageFor, listingPage, removeMetaTags, searchResultsPage } from '../support/arxiv-pages';
import { htmlParser } from '../support/dom';

const { parse } = htmlParser();

/** Glyphs MathJax would draw for a few TeX sources (what `textContent` would then pick up). */
const GLYPHS: Record<string, string> = { '\\alpha': 'α', '^{2}': '2', '\\mathcal{N}=4': '𝒩=4', 'x^2': 'x2' };

interface TypesetOptions {
  /** MathJax 2 shows the TeX in the preview while it works, and empties it when done. */
  preview?: 'empty' | 'tex';
}

let elementCounter = 0;

/**
 * Rewrites `element` the way MathJax 2.7 (HTML-CSS output, as on arXiv) does:
 * each `$…$` (or `$$…$$`) in its text becomes
 * `span.MathJax_Preview` + `span.MathJax` (glyph spans and assistive MathML)
 * + `script[type="math/tex"]` holding the TeX. DOM methods only.
 */
function typesetLikeMathJax2(element: Element, options: TypesetOptions = {}): void {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    const pieces = text.data.split(/(\$\$[^$]+\$\$|\$[^$]+\$)/);
    if (pieces.length === 1) continue;
    const replacement: Node[] = [];
    pieces.forEach((piece, index) => {
      if (index % 2 === 0) {
        if (piece) replacement.push(doc.createTextNode(piece));
        return;
      }
      const display = piece.startsWith('$$');
      const tex = piece.slice(display ? 2 : 1, display ? -2 : -1);
      elementCounter += 1;

      const preview = doc.createElement('span');
      preview.className = 'MathJax_Preview';
      if (options.preview === 'tex') preview.textContent = tex;

      const rendered = doc.createElement(display ? 'div' : 'span');
      rendered.className = display ? 'MathJax_Display' : 'MathJax';
      rendered.id = `MathJax-Element-${elementCounter}-Frame`;
      rendered.setAttribute('role', 'presentation');
      const nobr = doc.createElement('nobr');
      const glyph = doc.createElement('span');
      glyph.className = 'mi';
      glyph.textContent = GLYPHS[tex] ?? tex.replace(/[\\{}^_]/g, '');
      nobr.append(glyph);
      const assistive = doc.createElement('span');
      assistive.className = 'MJX_Assistive_MathML';
      const math = doc.createElement('math');
      math.textContent = GLYPHS[tex] ?? tex;
      assistive.append(math);
      rendered.append(nobr, assistive);

      const script = doc.createElement('script');
      script.setAttribute('type', display ? 'math/tex; mode=display' : 'math/tex');
      script.id = `MathJax-Element-${elementCounter}`;
      script.textContent = tex;

      replacement.push(preview, rendered, script);
    });
    text.replaceWith(...replacement);
  }
}

describe('readSourceText', () => {
  it('collapses whitespace', () => {
    expect(collapseWhitespace('  a\n\t b\u00a0 c  ')).toBe('a b c');
  });

  it('skips the given descriptor and reads the rest', () => {
    const doc = parse('<h1 class="title mathjax"><span class="descriptor">Title:</span>Deep\n  Nets</h1>');
    const h1 = doc.querySelector('h1');
    if (!h1) throw new Error('no h1');
    expect(readSourceText(h1, { skip: 'span.descriptor' })).toBe('Deep Nets');
    expect(readSourceText(h1)).toBe('Title:Deep Nets');
  });

  it.each([
    ['an inline formula', 'PanGu-$\\alpha$: Large-scale Models', 'empty'],
    ['a formula while MathJax still shows its preview', 'PanGu-$\\alpha$: Large-scale Models', 'tex'],
    ['several formulas', 'M$^{2}$ and $\\mathcal{N}=4$ with $x^2$', 'empty'],
    ['a display formula', 'Before $$x^2$$ after', 'empty'],
  ] as const)('reads %s the same before and after MathJax 2 typesets it', (_what, source, preview) => {
    const doc = parse(`<div class="list-title mathjax"><span class="descriptor">Title:</span> ${source}</div>`);
    const element = doc.querySelector('div');
    if (!element) throw new Error('no div');
    const before = readSourceText(element, { skip: 'span.descriptor' });
    typesetLikeMathJax2(element, { preview });
    expect(element.querySelectorAll('script[type^="math/tex"]').length).toBeGreaterThan(0);
    expect(element.textContent).not.toContain(before); // the naive reading is broken now…
    expect(readSourceText(element, { skip: 'span.descriptor' })).toBe(before); // …this one is not
    expect(before).toBe(source);
  });

  it('leaves out MathJax 3 output and other scripts', () => {
    const doc = parse('<p class="title">A <mjx-container class="MathJax"><mjx-math>α</mjx-math></mjx-container>B</p>');
    const p = doc.querySelector('p');
    if (!p) throw new Error('no p');
    const script = doc.createElement('script');
    script.textContent = 'alert(1)';
    p.append(script);
    expect(readSourceText(p)).toBe('A B');
  });
});

describe('readers give the same titles before and after MathJax', () => {
  const title = 'PanGu-$\\alpha$: Large-scale Autoregressive Models with M$^{2}$ & more';

  it('on an abstract page without the title meta tag', () => {
    const doc = parse(removeMetaTags(absPageFor({ arxivId: '2104.12369', title }), ['citation_title']));
    const before = readAbsPage(doc).title;
    const h1 = doc.querySelector('#abs > h1.title');
    if (!h1) throw new Error('no title');
    typesetLikeMathJax2(h1);
    expect(h1.querySelectorAll('.MathJax').length).toBe(2);
    expect(before).toBe(title);
    expect(readAbsPage(doc).title).toBe(before);
  });

  it('on a listing page', () => {
    const doc = parse(listingPage([{ arxivId: '2104.12369', title }, { arxivId: '2608.00002', title: 'Plain' }]));
    const before = readListingEntries(doc).map((entry) => entry.title);
    for (const element of doc.querySelectorAll('.mathjax')) typesetLikeMathJax2(element, { preview: 'tex' });
    expect(doc.querySelectorAll('script[type="math/tex"]').length).toBe(2);
    expect(before).toEqual([title, 'Plain']);
    expect(readListingEntries(doc).map((entry) => entry.title)).toEqual(before);
  });

  it('on a search page', () => {
    const doc = parse(searchResultsPage([{ arxivId: '2104.12369', title }]));
    const before = readSearchResults(doc)[0]?.title;
    for (const element of doc.querySelectorAll('.mathjax')) typesetLikeMathJax2(element);
    expect(before).toBe(title);
    expect(readSearchResults(doc)[0]?.title).toBe(before);
  });
});

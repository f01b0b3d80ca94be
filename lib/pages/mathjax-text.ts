/**
 * Reading text that MathJax may have rewritten.
 *
 * arXiv loads MathJax 2.7 on abstract, listing and search pages and typesets
 * every `.mathjax` element some time after load. A title whose server text was
 * `Learning $\alpha$-nets` then holds
 *
 * ```html
 * Learning <span class="MathJax_Preview"></span><span class="MathJax">…glyph spans…</span><script type="math/tex" id="MathJax-Element-1">\alpha</script>-nets
 * ```
 *
 * and its `textContent` is `Learning α\alpha-nets` or worse. Matching needs the
 * same string whenever the content script happens to run, so this module reads
 * the text as the server sent it: it skips MathJax's output and puts each TeX
 * source back between `$`.
 *
 * It walks nodes and reads `Text.data` only: `innerText` would force a layout,
 * which on a 2,000-entry listing is the difference between a millisecond and a
 * visible stall.
 */

import { arxivSelectors } from '../selectors/arxiv';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements whose text is never page text (other than MathJax's TeX sources, handled first). */
const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Collapses every run of whitespace (line breaks, tabs, non-breaking spaces)
 * to one space and trims the ends.
 *
 * @example collapseWhitespace('  Emotion in\n   Cognitive  ') // 'Emotion in Cognitive'
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Options for {@link readSourceText}. */
export interface ReadSourceTextOptions {
  /**
   * A selector for descendants to leave out, such as arXiv's `span.descriptor`
   * ("Title:") that shares the element with the value.
   */
  skip?: string;
}

/**
 * The text of `element` as the server sent it, whether or not MathJax has
 * typeset it yet: MathJax output is skipped, each `script[type^="math/tex"]`
 * is read as `$<TeX>$` (`$$<TeX>$$` for display math), whitespace is collapsed.
 * Entities are already decoded by the DOM.
 *
 * Inline math written as `\(…\)` comes back as `$…$` after typesetting: MathJax
 * does not keep the delimiters it found.
 */
export function readSourceText(element: Element, options: ReadSourceTextOptions = {}): string {
  const skip = options.skip
    ? `${arxivSelectors.mathjaxRendered.selector}, ${options.skip}`
    : arxivSelectors.mathjaxRendered.selector;
  const parts: string[] = [];
  appendChildText(element, skip, parts);
  return collapseWhitespace(parts.join(''));
}

/** Appends the source text of `parent`'s children to `parts`, depth first. */
function appendChildText(parent: Node, skip: string, parts: string[]): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      parts.push((node as CharacterData).data);
    } else if (node.nodeType === ELEMENT_NODE) {
      appendElementText(node as Element, skip, parts);
    }
    // Comments and processing instructions are not text.
  }
}

/** Appends the source text of one element (or its TeX source, or nothing). */
function appendElementText(element: Element, skip: string, parts: string[]): void {
  // localName, not tagName: it is lower case in HTML and XHTML documents alike.
  const name = element.localName;
  if (name === 'script') {
    if (element.matches(arxivSelectors.mathjaxSource.selector)) {
      const display = /mode\s*=\s*display/i.test(element.getAttribute('type') ?? '');
      const delimiter = display ? '$$' : '$';
      parts.push(delimiter + (element.textContent ?? '').trim() + delimiter);
    }
    return;
  }
  if (NEVER_TEXT.has(name) || element.matches(skip)) return;
  appendChildText(element, skip, parts);
}

/**
 * Title anchors (`MatchLookup.anchors`): per corpus title, its one or two rarest
 * plain words, which a README quoting the title must contain as written. They
 * let a README be ruled out in one pass over its raw text, before anything is
 * normalised. Shared by the GitHub content script's first check and the full
 * README matcher.
 */

/** The anchors of a lookup, indexed for lookups by word. */
export interface AnchorIndex {
  /** Lower-case anchor word → indexes of the titles it anchors. */
  titlesByAnchor: Map<string, number[]>;
  /** Titles without a plain word to anchor on: always checked in full. */
  unanchored: number[];
  /** Matches any anchor as a whole word, case-insensitively (built on first call). */
  regex(): RegExp;
  /** Matches any anchor anywhere in lower-case text, even inside a longer run of letters (built on first call). */
  substrings(): RegExp;
}

const indexes = new WeakMap<readonly string[], AnchorIndex>();

/**
 * Indexes `anchors` (one space-separated line per title, `''` for a title without
 * anchors), once per array.
 */
export function anchorIndex(anchors: readonly string[]): AnchorIndex {
  let index = indexes.get(anchors);
  if (!index) {
    const titlesByAnchor = new Map<string, number[]>();
    const unanchored: number[] = [];
    anchors.forEach((line, i) => {
      if (!line) unanchored.push(i);
      for (const word of line.split(' ')) {
        if (word) (titlesByAnchor.get(word) ?? titlesByAnchor.set(word, []).get(word)!).push(i);
      }
    });
    // Anchors are ASCII letters and digits (see `MatchLookup.anchors`): nothing to escape. Longest first,
    // so that an alternative is never cut short by a shorter one it starts with.
    const alternatives = () => (titlesByAnchor.size ? [...titlesByAnchor.keys()].sort((a, b) => b.length - a.length).join('|') : '(?!)');
    let regex: RegExp | undefined;
    let substrings: RegExp | undefined;
    index = {
      titlesByAnchor,
      unanchored,
      regex: () => (regex ??= new RegExp(`\\b(?:${alternatives()})\\b`, 'gi')),
      // Case-sensitive on lower-cased text: irregexp runs a plain alternation about twice as fast.
      substrings: () => (substrings ??= new RegExp(alternatives(), 'g')),
    };
    indexes.set(anchors, index);
  }
  return index;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);
/** A case change inside a run of letters (`CitationWECHSEL`, `ProxyWe`, `PapermBLIP`): possibly words of two blocks glued. */
const CASE_CHANGE = /[a-z0-9][A-Z]|[A-Z]{2}[a-z]/;

/**
 * Whether raw text contains every anchor word of at least one title. A
 * necessary condition for a README to quote a corpus title (see `citedTitles`
 * in `./repo-matcher`) on raw `textContent`, where the words of adjacent blocks
 * may run together when the markup has no white space between them
 * (`CitationWECHSEL`, `ProxyWe`, `PaperAutoPEFT`, `PapermBLIP`). An anchor counts
 * where it is a whole word, or anywhere inside a run of letters with a case
 * change; not inside a plain longer word (`proxy` in `proxying`), so prose
 * rarely gets past this check.
 *
 * Cost: one native pass of one regular expression over the lower-cased text
 * finds every anchor anywhere; only those hits (a few dozen in a long README)
 * are looked at in JavaScript. This runs cold on every repository home, where a
 * loop over every word would run in V8's interpreter.
 *
 * Not seen: an anchor glued to a block that ends in the same case it starts
 * with (`paperautopeft`). GitHub's rendered Markdown puts a line break between
 * blocks, so only hand-written HTML in a README can do that.
 */
export function mayCiteTitles(anchors: readonly string[], raw: string): boolean {
  const { titlesByAnchor, unanchored, substrings } = anchorIndex(anchors);
  if (unanchored.length) return true;
  const present = new Set<string>();
  const lower = raw.toLowerCase();
  // Lower-casing a few characters changes their length (`İ`): then positions differ, and every hit counts.
  const aligned = lower.length === raw.length;
  for (const hit of lower.matchAll(substrings())) {
    const word = hit[0];
    if (present.has(word)) continue;
    if (!aligned) {
      present.add(word);
      continue;
    }
    const end = hit.index + word.length;
    if (!isWordChar(raw[hit.index - 1]) && !isWordChar(raw[end])) {
      present.add(word);
      continue;
    }
    let from = hit.index;
    let to = end;
    while (isWordChar(raw[from - 1])) from--;
    while (isWordChar(raw[to])) to++;
    if (CASE_CHANGE.test(raw.slice(from, to))) present.add(word);
  }
  for (const word of present) {
    for (const i of titlesByAnchor.get(word)!) {
      if (anchors[i]!.split(' ').every((w) => present.has(w))) return true;
    }
  }
  return false;
}

/**
 * Title anchors (`MatchLookup.anchors`): per corpus title, its one or two rarest
 * plain words, which a README quoting the title must contain as written. They
 * let a README be ruled out in one pass over its raw text, before anything is
 * normalised. Shared by the GitHub content script's first check and the full
 * README matcher.
 */

/** The anchors indexed for the searches (see {@link anchorTables}). */
export interface AnchorTables {
  /** `MatchLookup.anchors`: one space-separated line per title, `''` for a title without anchors. */
  lines: readonly string[];
  /** Every anchor word. */
  words: Set<string>;
  /** Some title has no plain word to anchor on: every README must be checked in full. */
  unanchored: boolean;
}

const built = new WeakMap<readonly string[], AnchorTables>();

/**
 * Indexes `anchors` (`MatchLookup.anchors`), once per array. Native string and
 * set operations only: the content script does this cold on repository homes.
 */
export function anchorTables(anchors: readonly string[]): AnchorTables {
  let tables = built.get(anchors);
  if (!tables) {
    const joined = anchors.join(' ').trim();
    tables = { lines: anchors, words: new Set(joined ? joined.split(/ +/) : []), unanchored: anchors.includes('') };
    built.set(anchors, tables);
  }
  return tables;
}

const byWord = new WeakMap<AnchorTables, Map<string, number[]>>();

/** Lower-case anchor word → indexes of the titles it anchors (for the full matcher; built on first use). */
export function titlesByAnchor(tables: AnchorTables): Map<string, number[]> {
  let map = byWord.get(tables);
  if (!map) {
    map = new Map();
    tables.lines.forEach((line, i) => {
      for (const word of new Set(line.split(' '))) if (word) (map!.get(word) ?? map!.set(word, []).get(word)!).push(i);
    });
    byWord.set(tables, map);
  }
  return map;
}

const wholeWords = new WeakMap<AnchorTables, RegExp>();

/** Matches any anchor as a whole word, case-insensitively (for the full matcher; built on first use). */
export function anchorWordRegex(tables: AnchorTables): RegExp {
  let regex = wholeWords.get(tables);
  if (!regex) {
    // Anchors are ASCII letters and digits: nothing to escape. Longest first, so that an
    // alternative is never cut short by a shorter one it starts with.
    const words = [...tables.words].sort((a, b) => b.length - a.length);
    wholeWords.set(tables, (regex = new RegExp(words.length ? `\\b(?:${words.join('|')})\\b` : '(?!)', 'gi')));
  }
  return regex;
}

/** Separators between words: anything but ASCII letters and digits (the shape of every anchor). */
const NON_WORD = /[^a-z0-9]+/;
/**
 * A seam inside a run of letters and digits: a case change (`CitationWECHSEL`,
 * `ProxyWe`, `PapermBLIP`) or a change between letters and digits (`Proxy2024`,
 * a title cell glued to a year cell): possibly words of two blocks glued.
 */
const SEAM = /[a-z0-9][A-Z]|[A-Z]{2}[a-z]|[A-Za-z][0-9]|[0-9][a-z]/g;
/** Whether the character at `i` is an ASCII letter or digit (false out of range: `charCodeAt` gives NaN). */
function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Whether raw text contains every anchor word of at least one title. A
 * necessary condition for a README to quote a corpus title (see `citedTitles`
 * in `./repo-matcher`) on raw `textContent`, where the words of adjacent blocks
 * may run together when the markup has no white space between them
 * (`CitationWECHSEL`, `ProxyWe`, `PaperAutoPEFT`, `PapermBLIP`, `Proxy2024`). An
 * anchor counts where it is a whole word, or anywhere inside a run with a seam
 * (a case change, or letters meeting digits); not inside a plain longer word
 * (`proxy` in `proxying`), so prose rarely gets past this check.
 *
 * Cost: this runs cold on every repository home, where V8 interprets it and
 * compiling a regular expression of every anchor alone costs most of a
 * millisecond. So the text is split into words natively, each looked up in a
 * set, and the runs with a seam inside (found by a small native search) are
 * searched natively for each anchor, all at once.
 *
 * Not seen: an anchor glued to a block without a seam where they meet
 * (`paperautopeft`, `Q&Aproxy`). GitHub's rendered Markdown puts a line break
 * between blocks, so only hand-written HTML in a README can do that.
 */
export function mayCiteTitles(tables: AnchorTables, raw: string): boolean {
  const { lines, words, unanchored } = tables;
  if (unanchored) return true;
  const present = new Set<string>();
  for (const word of raw.toLowerCase().split(NON_WORD)) if (words.has(word)) present.add(word);

  // Runs with a seam inside, lower-cased and set apart: every anchor inside one counts,
  // wherever it starts (`PapermBLIP` holds `mblip`).
  const glued: string[] = [];
  let runEnd = -1;
  for (const change of raw.matchAll(SEAM)) {
    if (change.index < runEnd) continue; // the same run as the last seam
    let from = change.index;
    while (isWordCharAt(raw, from - 1)) from--;
    runEnd = change.index + 1;
    while (isWordCharAt(raw, runEnd)) runEnd++;
    glued.push(raw.slice(from, runEnd).toLowerCase());
  }
  if (glued.length) {
    const text = glued.join(' ');
    for (const word of words) if (text.includes(word)) present.add(word);
  }

  return present.size > 0 && lines.some((line) => line.split(' ').every((word) => present.has(word)));
}

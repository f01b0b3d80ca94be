/**
 * Word tokenisation shared by index building and query time, so that a word
 * in a title, an abstract and a query always normalises to the same string.
 */

/** A word of a text, normalised, with where it sits in the original text. */
export interface WordToken {
  /** Normalised form: lower case, diacritics stripped, Greek letters spelled out. */
  word: string;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset just past the last character in the original text. */
  end: number;
}

const PLAIN = /^[a-z0-9]*$/;
const MARKS = /\p{M}/gu;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

// Titles write `PanGu-α` but people type "pangu alpha"; spelling the letters
// out makes both forms the same word.
const GREEK: Record<string, string> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ϵ: 'epsilon', ζ: 'zeta', η: 'eta',
  θ: 'theta', ϑ: 'theta', ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi',
  ο: 'omicron', π: 'pi', ρ: 'rho', σ: 'sigma', ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi',
  ϕ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
};
const GREEK_CHAR = /[α-ωϑϕϵ]/gu;

/** Hyphen-like joiners: `Zero-Shot` is also indexed as `zeroshot`, so a query typed without the hyphen finds it. */
function isJoiner(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x2013;
}

/**
 * Whether the code point is part of a word (a letter, digit or combining
 * mark). ASCII is decided by range; the rest by a Unicode property test,
 * cached, as abstracts are nearly all ASCII and this runs per character.
 */
const wordCharCache = new Map<number, boolean>();
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = wordCharCache.get(code);
  if (known === undefined) wordCharCache.set(code, (known = WORD_CHAR.test(String.fromCodePoint(code))));
  return known;
}

/**
 * Normalises one word: lower case, compatibility forms decomposed (`²` → `2`),
 * combining marks dropped (`é` → `e`), Greek letters spelled (`α` → `alpha`).
 */
export function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase();
  // Almost every word is plain ASCII; skip the Unicode work for those.
  if (PLAIN.test(lower)) return lower;
  return lower.normalize('NFKD').replace(MARKS, '').replace(GREEK_CHAR, (c) => GREEK[c] ?? c);
}

/**
 * Calls `visit` for each word of `text` (a run of letters, digits and marks),
 * normalised, with its offsets, in text order. With `compounds`, a run of
 * words joined by hyphens is also visited as one word spanning the run
 * (`Vision-Language` → `vision`, `language`, then `visionlanguage`, flagged
 * `compound`).
 * A scanner rather than a regex: this runs over abstracts for snippets.
 */
export function forEachWord(
  text: string,
  compounds: boolean,
  visit: (word: string, start: number, end: number, compound: boolean) => void,
): void {
  // Lower-casing the whole text once is cheaper than per word, when it keeps offsets.
  const lower = text.toLowerCase();
  const sameOffsets = lower.length === text.length;
  let runStart = -1;
  let runWords: string[] = [];
  let lastEnd = -1;
  const flush = (): void => {
    if (runWords.length > 1) visit(runWords.join(''), runStart, lastEnd, true);
    runWords = [];
  };
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    if (!isWordChar(code)) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let plain = code < 128;
    i += code > 0xffff ? 2 : 1;
    while (i < text.length) {
      const c = text.codePointAt(i)!;
      if (!isWordChar(c)) break;
      if (c >= 128) plain = false;
      i += c > 0xffff ? 2 : 1;
    }
    const word = plain && sameOffsets ? lower.slice(start, i) : normalizeWord(text.slice(start, i));
    if (compounds && runWords.length && !(start === lastEnd + 1 && isJoiner(text.charCodeAt(lastEnd)))) flush();
    visit(word, start, i, false);
    if (!compounds) continue;
    if (!runWords.length) runStart = start;
    runWords.push(word);
    lastEnd = i;
  }
  if (compounds) flush();
}

/** The words of `text` as tokens (see `forEachWord`). */
export function tokenize(text: string, compounds = true): WordToken[] {
  const tokens: WordToken[] = [];
  forEachWord(text, compounds, (word, start, end) => tokens.push({ word, start, end }));
  return tokens;
}

/**
 * Words of a normalised title, as the fuzzy tier compares them.
 *
 * Two spelling differences survive `normalizeTitle` and are settled here, the
 * same way on both sides of every comparison (so they cannot create a
 * difference, only remove one):
 * - Hyphenated compounds: `Zero-Shot` normalises to `zero shot` while a page may
 *   write `Zeroshot`. An adjacent pair is written joined when the joined form is
 *   a known word (the lookup's vocabulary, which records every hyphenated pair of
 *   the corpus titles joined).
 * - Plurals: `Model`/`Models`, `LLM`/`LLMs`, `Strategy`/`Strategies` fold to one form.
 */

/**
 * Folds a plural to a stem (`models` → `model`, `strategies` → `strategy`).
 * Not a stemmer, only a consistent key: `bias` → `bia` is harmless because
 * every occurrence of `bias` folds the same way. Short words (`is`, `as`) and
 * `-ss` words (`loss`) are kept.
 */
export function foldToken(word: string): string {
  if (word.length >= 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length >= 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Splits a normalised title into folded tokens, joining each adjacent pair whose
 * concatenation (folded) is in `vocabulary`: `fine tuning` → `finetuning` when
 * the corpus knows `finetuning`. Pairs only, left to right, and a merged token is
 * not merged again, so the result does not depend on how a chain is hyphenated.
 * @param normalized Output of `normalizeTitle`.
 * @param vocabulary Known folded words; `has` is the only thing asked of it.
 */
export function tokenize(normalized: string, vocabulary: { has(word: string): boolean }): string[] {
  if (!normalized) return [];
  const words = normalized.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (i + 1 < words.length) {
      const joined = foldToken(word + words[i + 1]!);
      if (vocabulary.has(joined)) {
        out.push(joined);
        i++;
        continue;
      }
    }
    out.push(foldToken(word));
  }
  return out;
}

/**
 * The folded joined form of every pair of words a title writes hyphenated
 * (`Zero-Shot` → `zeroshot`; `Vision-Language-Action` → `visionlanguage`,
 * `languageaction`). Used at build time to seed the compound vocabulary.
 * @param rawTitle A title before normalisation (hyphens still present).
 * @param normalize The title normaliser, applied to each side of a hyphen.
 */
export function hyphenCompounds(rawTitle: string, normalize: (text: string) => string): string[] {
  const out: string[] = [];
  // Hyphen-minus and the Unicode hyphens; a spaced dash (`A - B`) is punctuation, not a compound.
  for (const chain of rawTitle.split(/\s+/)) {
    const parts = chain.split(/[-‐‑]/).map(normalize);
    for (let i = 0; i + 1 < parts.length; i++) {
      const left = parts[i]!.split(' ').at(-1);
      const right = parts[i + 1]!.split(' ')[0];
      if (left && right) out.push(foldToken(left + right));
    }
  }
  return out;
}

/**
 * Text normalisation shared by every title tier and the README check.
 *
 * The same paper title reaches a page in many spellings: the seed's simple TeX
 * (`PanGu-$α$`, `M$^{2}$UGen`, `{Your, My}`), arXiv's TeX source
 * (`PanGu-$\alpha$`), rendered Unicode (`PanGu-α`, `M²UGen`), HTML text with
 * entities (`Vision &amp; Language`), upper case, hard line breaks, a trailing
 * full stop, `:` rewritten as ` - `, and hyphenated compounds written with a
 * space or joined (`Zero-Shot`, `Zero Shot`, `Zeroshot`). Normalisation maps all
 * of these to one plain form: lower-case letters and digits separated by single
 * spaces. It never guesses at words (no stemming, no spelling correction): what
 * it removes is formatting, so two titles that normalise alike are the same
 * title.
 *
 * Hyphenated compounds are the one variation a character map cannot settle
 * (`zero shot` vs `zeroshot`); {@link compactKey} removes the spaces for the
 * exact tier, and `tokens.ts` merges known compounds for the fuzzy tier.
 */

/** Lower-case Greek letters (after NFKC and lower-casing) to their names, so `α` and `alpha` agree. */
const GREEK: Record<string, string> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ϵ: 'epsilon', ζ: 'zeta', η: 'eta',
  θ: 'theta', ϑ: 'theta', ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', µ: 'mu', ν: 'nu', ξ: 'xi',
  ο: 'omicron', π: 'pi', ρ: 'rho', σ: 'sigma', ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi',
  ϕ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
};
const GREEK_RE = new RegExp(`[${Object.keys(GREEK).join('')}]`, 'gu');

/** The handful of named HTML entities that occur in titles; numeric ones are decoded generically. */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…',
};

/**
 * TeX commands that only format their argument (`\mathrm{X}`, `\textbf{X}`):
 * dropped, so the argument is kept and the command name does not become a word.
 */
const TEX_FORMATTING = new RegExp(
  String.raw`\\(?:math(?:rm|bf|it|sf|tt|cal|bb|frak|scr)|text(?:rm|bf|it|sf|tt|sc|normal)?|emph|operatorname` +
    String.raw`|bm|boldsymbol|mbox|hbox|rm|bf|it|tt|sf|sc|em|left|right|big|Big|bigg|Bigg)\b`,
  'g',
);

/** Decodes HTML character references (`&amp;`, `&#38;`, `&#x26;`); unknown names stay as written. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Removes TeX markup while keeping its text: `$`, formatting commands, `^`/`_`
 * with their braces (`M$^{2}$UGen` → `M2UGen`, matching NFKC of `M²UGen`),
 * `\&` → `&`, and `\alpha` → `alpha` (the command name is the letter's name,
 * which is what the Greek map produces for `α` too). `~` is TeX's tie: a space.
 */
function stripTex(text: string): string {
  if (!/[$\\{}^~]/.test(text)) return text;
  return text
    .replace(TEX_FORMATTING, '')
    .replace(/\\([&%_#$])/g, '$1')
    .replace(/\\([A-Za-z]+)/g, ' $1 ')
    .replace(/[$^{}\\]/g, '')
    .replace(/~/g, ' ');
}

/** A character outside tab..tilde: non-ASCII (or a control character, which is punctuation here). */
const NON_ASCII = /[^\t-~]/;

/** Text the fast path may take: printable ASCII without `&` (entities), TeX characters or `~`. */
const PLAIN_ASCII = /^[\x20-\x23\x25\x27-\x5b\x5d\x5f-\x7a\x7c\n\r\t]*$/;

/**
 * Normalises a title (or any text, such as a README) to the form all title
 * comparisons use: lower-case letters and digits separated by single spaces.
 *
 * Steps, in order (each one's reason is that it is formatting, not wording):
 * 1. HTML entities decoded (`&amp;` → `&`).
 * 2. TeX stripped (`$`, `\cmd`, braces, `^{…}`/`_{…}`, `~`).
 * 3. Unicode NFKC: compatibility forms fold (`²` → `2`, `ﬁ` → `fi`, full-width letters).
 * 4. Lower case.
 * 5. Greek letters spelled out (`α` → ` alpha `), so `PanGu-$\alpha$`, `PanGu-α` and
 *    `PanGu-alpha` agree; as separate words, because a letter glued to a word is the
 *    same token boundary a hyphen would give.
 * 6. Diacritics removed (NFD, drop combining marks): `naïve` → `naive`.
 * 7. `&` → ` and `; apostrophes removed (`let’s` → `lets`, so ASCII and typographic quotes agree).
 * 8. Everything that is not a letter or digit (punctuation, every dash, line breaks) → space.
 * 9. Whitespace collapsed and trimmed.
 *
 * @param text Raw title text as found on a page or in the corpus.
 * @returns The normalised text; `''` when nothing word-like remains.
 * @example normalizeTitle('PanGu-$\\alpha$: Large-scale …') // 'pangu alpha large scale …'
 */
export function normalizeTitle(text: string): string {
  // Fast path for the common case, printable ASCII with nothing to decode: steps 1-3, 5 and 6 are no-ops.
  if (PLAIN_ASCII.test(text)) {
    return text.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  }
  let s = stripTex(decodeEntities(text)).normalize('NFKC').toLowerCase();
  if (NON_ASCII.test(s)) {
    s = s.replace(GREEK_RE, (c) => ` ${GREEK[c]!} `);
    // NFD splits accented letters into base + combining mark; the marks go, NFC is not needed after.
    s = s.normalize('NFD').replace(/\p{M}+/gu, '');
  }
  s = s.replace(/&/g, ' and ').replace(/['’ʼ‘`´]/g, '');
  // ASCII punctuation first: a plain character class is far faster than a Unicode property
  // class on a long text (a README); then whatever non-ASCII run is not letters or digits.
  s = s.replace(/[^a-z0-9\u0080-\uffff]+/g, ' ');
  if (NON_ASCII.test(s)) s = s.replace(/[^\t-~]+/g, (run) => run.replace(/[^\p{L}\p{N}]+/gu, ' '));
  return s.replace(/ {2,}/g, ' ').trim();
}

/**
 * The exact-tier key: the normalised title with every space removed. Two titles
 * that differ only in how compounds are written (`Zero-Shot`, `Zero Shot`,
 * `Zeroshot`; `Fine-tuning`, `Finetuning`) share it. Removing spaces could in
 * principle join two different titles, but for whole titles of 5+ words that
 * would need the same letters in the same order, which is the same title.
 * @param normalized Output of {@link normalizeTitle}.
 */
export function compactKey(normalized: string): string {
  return normalized.replace(/ /g, '');
}

/**
 * Reduces an arXiv identifier in any of the forms a page shows to the versionless
 * id the corpus stores: `arXiv:2205.11916v2`, `https://arxiv.org/abs/2205.11916`,
 * `arxiv.org/pdf/2205.11916v1.pdf`, `cs.CL/0301001` (old style), ` 2205.11916 `.
 * @returns The id (`2205.11916`, `cs/0301001` keeps its archive, lower-cased), or
 *   `undefined` when the text holds no recognisable id.
 */
export function normalizeArxivId(text: string): string | undefined {
  const s = text.trim().toLowerCase();
  const modern = /(?:^|[^\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?(?![\d.]*\d)/.exec(s);
  if (modern) return modern[1];
  // Old-style ids keep their archive; the subject class (`.cl`) is not part of the id.
  const old = /(?:^|[^a-z-])([a-z][a-z-]*)(?:\.[a-z]{2})?\/(\d{7})(?:v\d+)?/.exec(s);
  return old ? `${old[1]}/${old[2]}` : undefined;
}

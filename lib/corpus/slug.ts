/**
 * Stable paper ids: a slug of the display title. Ids appear in storage keys
 * (dismissed panels) and in `data-paper-id` attributes, so they must not
 * change while the title does not.
 */

const GREEK_NAMES: Record<string, string> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta',
  ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', π: 'pi', ρ: 'rho', σ: 'sigma',
  τ: 'tau', υ: 'upsilon', φ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
};

/** Longest slug kept; cut at a word boundary so ids stay readable. */
const MAX_SLUG = 64;

/**
 * Turns a display title into a URL- and attribute-safe slug.
 * @example slugify('PanGu-α: Large-scale …') // 'pangu-alpha-large-scale-…'
 */
export function slugify(displayTitle: string): string {
  const spelled = [...displayTitle.toLowerCase()].map((c) => GREEK_NAMES[c] ?? c).join('');
  const ascii = spelled.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : slug.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

/**
 * Makes slugs unique by suffixing `-2`, `-3`, … in order of appearance.
 * @param slugs Slugs in corpus order.
 */
export function uniqueSlugs(slugs: string[]): string[] {
  const taken = new Set<string>();
  return slugs.map((slug) => {
    let candidate = slug;
    for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
    taken.add(candidate);
    return candidate;
  });
}

/**
 * Which colour scheme the host page shows, so injected UI matches it.
 * GitHub says so in attributes; other pages (arXiv) are judged by the
 * background colour they actually paint, which also respects a user's
 * dark-mode extension; the system preference decides when the page is silent.
 */

/** 'light' or 'dark'. */
export type ColorScheme = 'light' | 'dark';

/**
 * The scheme of a GitHub theme by its name (`light`, `light_high_contrast`,
 * `dark_dimmed`, `dark_tritanopia`…): GitHub names every theme after its scheme.
 */
function themeScheme(theme: string | null): ColorScheme | undefined {
  if (theme?.startsWith('dark')) return 'dark';
  if (theme?.startsWith('light')) return 'light';
  return undefined;
}

/**
 * GitHub's own setting: `html[data-color-mode]` is `light`, `dark` or `auto`
 * (auto follows the system), and picks one of the user's two themes,
 * `data-light-theme` (day) or `data-dark-theme` (night). The theme in use
 * decides when its name says its scheme, so that a light theme set for the
 * night shows light; otherwise the mode decides. Undefined when the page does
 * not say.
 */
export function githubColorScheme(root: Element, systemDark: boolean): ColorScheme | undefined {
  const mode = root.getAttribute('data-color-mode');
  if (mode !== 'light' && mode !== 'dark' && mode !== 'auto') return undefined;
  const night = mode === 'dark' || (mode === 'auto' && systemDark);
  return themeScheme(root.getAttribute(night ? 'data-dark-theme' : 'data-light-theme')) ?? (night ? 'dark' : 'light');
}

/** Parses `rgb(…)`/`rgba(…)`; undefined for transparent or unknown values. */
function parseRgb(color: string): [number, number, number] | undefined {
  const m = /rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)(?:[\s,/]+([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return undefined;
  if (m[4] !== undefined && parseFloat(m[4]) === 0) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Relative luminance (WCAG) of an sRGB colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The scheme a page paints: dark when its body (else root) background is dark.
 * @param backgrounds Computed background colours, body first then root.
 */
export function schemeFromBackgrounds(backgrounds: string[], systemDark: boolean): ColorScheme {
  for (const bg of backgrounds) {
    const rgb = parseRgb(bg);
    if (rgb) return luminance(rgb) < 0.2 ? 'dark' : 'light';
  }
  return systemDark ? 'dark' : 'light';
}

/** Reads the live page: GitHub's attribute first, then painted backgrounds, then the system. */
export function pageColorScheme(doc: Document = document): ColorScheme {
  const view = doc.defaultView;
  const systemDark = view?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const declared = githubColorScheme(doc.documentElement, systemDark);
  if (declared) return declared;
  if (!view) return systemDark ? 'dark' : 'light';
  const backgrounds = [doc.body, doc.documentElement]
    .filter((el): el is HTMLElement => el !== null)
    .map((el) => view.getComputedStyle(el).backgroundColor);
  return schemeFromBackgrounds(backgrounds, systemDark);
}

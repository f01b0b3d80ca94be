import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { githubColorScheme, luminance, schemeFromBackgrounds } from '../../lib/pages/color-scheme';

describe('colour scheme', () => {
  it("follows GitHub's data-color-mode, with auto deferring to the system", () => {
    const window = new Window();
    const root = window.document.documentElement as unknown as Element;
    expect(githubColorScheme(root, true)).toBeUndefined();
    root.setAttribute('data-color-mode', 'dark');
    expect(githubColorScheme(root, false)).toBe('dark');
    root.setAttribute('data-color-mode', 'light');
    expect(githubColorScheme(root, true)).toBe('light');
    root.setAttribute('data-color-mode', 'auto');
    expect(githubColorScheme(root, true)).toBe('dark');
    expect(githubColorScheme(root, false)).toBe('light');
  });

  it("follows the theme GitHub shows: the night theme in dark mode (or auto at night), the day theme otherwise", () => {
    const window = new Window();
    const root = window.document.documentElement as unknown as Element;
    root.setAttribute('data-color-mode', 'auto');
    // Both slots light (a reader who wants GitHub light at night too).
    root.setAttribute('data-light-theme', 'light_high_contrast');
    root.setAttribute('data-dark-theme', 'light');
    expect(githubColorScheme(root, true)).toBe('light');
    // A dark day theme.
    root.setAttribute('data-light-theme', 'dark_dimmed');
    root.setAttribute('data-dark-theme', 'dark_tritanopia');
    expect(githubColorScheme(root, false)).toBe('dark');
    // Single-theme modes read their own slot only.
    root.setAttribute('data-color-mode', 'light');
    root.setAttribute('data-light-theme', 'light_colorblind');
    expect(githubColorScheme(root, true)).toBe('light');
    root.setAttribute('data-color-mode', 'dark');
    root.setAttribute('data-dark-theme', 'light');
    expect(githubColorScheme(root, false)).toBe('light');
    // An unknown theme name: the mode decides.
    root.setAttribute('data-dark-theme', 'solarized');
    expect(githubColorScheme(root, false)).toBe('dark');
    root.setAttribute('data-color-mode', 'sepia');
    expect(githubColorScheme(root, false)).toBeUndefined();
  });

  it('judges other pages by the background they paint, then the system', () => {
    expect(schemeFromBackgrounds(['rgb(255, 255, 255)'], true)).toBe('light');
    expect(schemeFromBackgrounds(['rgb(13, 17, 23)'], false)).toBe('dark');
    expect(schemeFromBackgrounds(['rgba(0, 0, 0, 0)', 'rgb(20, 20, 20)'], false)).toBe('dark');
    expect(schemeFromBackgrounds(['rgba(0, 0, 0, 0)', 'transparent'], true)).toBe('dark');
    expect(schemeFromBackgrounds([], false)).toBe('light');
  });

  it('computes WCAG luminance', () => {
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
    expect(luminance([0, 0, 0])).toBe(0);
  });
});

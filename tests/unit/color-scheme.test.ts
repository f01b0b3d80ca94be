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
    const cases: [mode: string, day: string, night: string, systemDark: boolean, expected: string | undefined][] = [
      // Both slots light (a reader who wants GitHub light at night too).
      ['auto', 'light_high_contrast', 'light', true, 'light'],
      // A dark day theme.
      ['auto', 'dark_dimmed', 'dark_tritanopia', false, 'dark'],
      // Single-theme modes read their own slot only.
      ['light', 'light_colorblind', 'dark_tritanopia', true, 'light'],
      ['dark', 'light_colorblind', 'light', false, 'light'],
      // An unknown theme name: the mode decides; an unknown mode: GitHub says nothing.
      ['dark', 'light_colorblind', 'solarized', false, 'dark'],
      ['sepia', 'light_colorblind', 'solarized', false, undefined],
    ];
    const root = new Window().document.documentElement as unknown as Element;
    for (const [mode, day, night, systemDark, expected] of cases) {
      root.setAttribute('data-color-mode', mode);
      root.setAttribute('data-light-theme', day);
      root.setAttribute('data-dark-theme', night);
      expect(githubColorScheme(root, systemDark), `${mode}, day ${day}, night ${night}, system ${systemDark ? 'dark' : 'light'}`).toBe(expected);
    }
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

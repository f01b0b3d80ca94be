/**
 * Saved pages parsed inertly in happy-dom: no script runs, nothing is fetched.
 * One window per test file, closed after its tests.
 */
import { Window } from 'happy-dom';
import { afterAll } from 'vitest';

/** Parses saved HTML into a `Document` typed as the DOM's (what the readers take). */
export function htmlParser(url = 'https://example.org/'): { window: Window; parse(html: string): Document } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      disableIframePageLoading: true,
    },
  });
  afterAll(() => window.happyDOM.close());
  return {
    window,
    parse: (html) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document,
  };
}

/**
 * What the built scripts carry (both browsers' builds): the content scripts run
 * on every arXiv and GitHub page, so they hold no corpus abstract; no script
 * that runs in a page (content scripts, UI stages) carries webextension-polyfill
 * (`lib/content/native-browser.ts` says why), while the background and the
 * popup keep it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/load-corpus';

const BUILDS = ['chrome-mv3', 'firefox-mv2'];
/** A message only webextension-polyfill's code contains. */
const POLYFILL_MARK = 'This script should only be loaded in a browser extension';

const read = (build: string, file: string) => readFileSync(fileURLToPath(new URL(`../../.output/${build}/${file}`, import.meta.url)), 'utf8');

/** Each abstract's first 60 characters, as written and as escaped once or twice (JSON inside a JS string). */
const abstractProbes = loadCorpus()
  .filter((p) => p.abstract.length >= 60)
  .map((p) => {
    const head = p.abstract.slice(0, 60);
    const once = JSON.stringify(head).slice(1, -1);
    return { id: p.id, forms: [head, once, JSON.stringify(once).slice(1, -1)] };
  });

describe.each(BUILDS)('%s build', (build) => {
  it.each(['content-scripts/github.js', 'content-scripts/arxiv.js'])('%s carries no abstract and no polyfill', (file) => {
    const source = read(build, file);
    expect(source).not.toContain(POLYFILL_MARK);
    expect(abstractProbes.filter((p) => p.forms.some((form) => source.includes(form))).map((p) => p.id)).toEqual([]);
  });

  it('content-scripts/github.js stays small: no paper ids, titles or matcher, only the first check', () => {
    // 58 kB before the background took over matching (its tables and code); 22 kB since.
    expect(read(build, 'content-scripts/github.js').length).toBeLessThan(24 * 1024);
  });

  it('content-scripts/arxiv.js stays small: no lookup and no title matcher (the background matches)', () => {
    // 77 kB while it carried the lookup and the matcher; 13 kB since.
    expect(read(build, 'content-scripts/arxiv.js').length).toBeLessThan(16 * 1024);
  });

  it.each(['github-ui.js', 'arxiv-ui.js'])('UI stage %s carries no polyfill', (file) => {
    expect(read(build, file)).not.toContain(POLYFILL_MARK);
  });

  it("the popup's first chunk carries no abstract: they come with the search index, after the first frame", () => {
    const popupScripts = [...read(build, 'popup.html').matchAll(/src="([^"]+\.js)"/g)].map((m) => read(build, m[1]!.replace(/^\//, '')));
    expect(popupScripts.length).toBeGreaterThan(0);
    const found = abstractProbes.filter((p) => p.forms.some((form) => popupScripts.some((source) => source.includes(form))));
    expect(found.map((p) => p.id)).toEqual([]);
  });

  it('the background and the popup keep the polyfill', () => {
    expect(read(build, 'background.js')).toContain(POLYFILL_MARK);
    const popupScripts = [...read(build, 'popup.html').matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]!.replace(/^\//, ''));
    expect(popupScripts.length).toBeGreaterThan(0);
    expect(popupScripts.some((file) => read(build, file).includes(POLYFILL_MARK))).toBe(true);
  });
});

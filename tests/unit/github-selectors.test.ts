import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  GITHUB_FIXTURES,
  githubSelectors,
  type GithubFixtureRole,
  type GithubSelectorSpec,
} from '../../lib/selectors/github';
import { htmlParser } from '../support/dom';

const { parse } = htmlParser('https://github.com/');

const specs: Record<string, GithubSelectorSpec> = githubSelectors;
const roles = Object.keys(GITHUB_FIXTURES) as GithubFixtureRole[];
const docs = new Map(
  roles.map((role) => [role, parse(readFileSync(new URL(`../fixtures/${GITHUB_FIXTURES[role]}`, import.meta.url), 'utf8'))]),
);

/** How many elements `spec` matches on `doc`, inside its `within` element if it has one. */
function count(doc: Document, spec: GithubSelectorSpec): number {
  if (spec.within === undefined) return doc.querySelectorAll(spec.selector).length;
  const parent = specs[spec.within];
  if (!parent) throw new Error(`unknown within: ${spec.within}`);
  const root = doc.querySelector(parent.selector);
  return root ? root.querySelectorAll(spec.selector).length : 0;
}

describe('GitHub selectors match the saved pages as many times as they say', () => {
  for (const role of roles) {
    describe(GITHUB_FIXTURES[role], () => {
      it.each(Object.entries(specs))('%s', (_name, spec) => {
        expect(count(docs.get(role)!, spec)).toBe(spec.counts[role]);
      });
    });
  }

  it('every "within" names another selector', () => {
    const withins = Object.values(specs).flatMap((spec) => (spec.within === undefined ? [] : [spec.within]));
    expect(withins.length).toBeGreaterThan(0);
    for (const within of withins) expect(Object.keys(specs)).toContain(within);
  });

  it('the saved fixtures are the shared ones, byte for byte', () => {
    for (const role of roles) {
      const file = GITHUB_FIXTURES[role];
      const ours = readFileSync(new URL(`../fixtures/${file}`, import.meta.url));
      let shared: Buffer;
      try {
        shared = readFileSync(new URL(`../../../shared/fixtures/${file}`, import.meta.url));
      } catch {
        // `../shared/` (beside the repository) only exists on the development machines.
        expect(ours.length).toBeGreaterThan(0);
        continue;
      }
      expect(ours.equals(shared), file).toBe(true);
    }
  });

  it('the legacy README selector matches the ≤2024 layout', () => {
    const doc = parse(
      '<main><div id="readme" class="Box md js-code-block-container"><div class="Box-body px-5 pb-5">' +
        '<article class="markdown-body entry-content container-lg" itemprop="text"><h1>Legacy</h1></article>' +
        '</div></div></main>',
    );
    expect(doc.querySelectorAll(githubSelectors.readmeLegacy.selector).length).toBe(1);
  });
});

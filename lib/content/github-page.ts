/**
 * Reads a GitHub page for the first stage of the content script, synchronously
 * and cheaply: the URL first (microseconds; most GitHub pages are not
 * repositories), then the repository identity from meta tags, then, on a
 * repository home only, the README's raw text. It returns the facts worth
 * matching only when the first check (`repo-precheck`) says they may show a
 * corpus paper; the background matches them (`matchRepoFacts`). Pure given the
 * document, so tests run it on saved pages.
 */
import type { RepoFacts } from '../match/repo-page';
import { isCorpusRepo, mayCiteIds, mayCiteTitle, type RepoPrecheck } from '../match/repo-precheck';
import { readRepoIdentity } from '../pages/github';
import { readReadme } from '../pages/readme-citations';

/**
 * The facts of a repository page that may show a corpus paper, or `undefined`
 * (not a repository page, an odd page, or no possible evidence). Never throws.
 * @param precheck The first check's tables, or a function giving them (called only on a repository page).
 */
export function readRepoFacts(doc: Document, url: URL | Location, precheck: RepoPrecheck | (() => RepoPrecheck)): RepoFacts | undefined {
  try {
    const identity = readRepoIdentity(doc, url);
    if (!identity) return undefined;
    const pre = typeof precheck === 'function' ? precheck() : precheck;
    const facts: RepoFacts = { repoKey: identity.key };
    if (identity.parentNwo) facts.parentNwo = identity.parentNwo;
    let worthAsking = isCorpusRepo(pre, identity.key) || (identity.parentNwo !== undefined && isCorpusRepo(pre, identity.parentNwo));
    const readme = identity.isHome ? readReadme(doc) : undefined;
    if (readme) {
      // The exact reads (a walk over the README) happen only when the raw text allows a citation.
      const ids = mayCiteIds(pre, readme.quickText, readme.arxivHrefs);
      const title = mayCiteTitle(pre, readme.quickText);
      if (ids || title) facts.readme = { arxivIds: ids ? readme.arxivIds : [], ...(title ? { text: readme.text } : {}) };
      worthAsking ||= ids || title;
    }
    return worthAsking ? facts : undefined;
  } catch {
    // Right or silent: an odd page shows nothing rather than breaking GitHub.
    return undefined;
  }
}

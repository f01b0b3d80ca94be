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
import { readForkOf, readRepoIdentity, repoFromUrl } from '../pages/github';
import { readReadme } from '../pages/readme-citations';

/**
 * The facts of a repository page that may show a corpus paper, or `undefined`
 * (not a repository page, an odd page, or no possible evidence). Never throws.
 *
 * Cheapest first: the URL names the repository (and says whether this is its
 * home), one meta tag says whether it is a fork; the README's raw text is
 * checked on a home. Only a page that may show a paper has its identity
 * cross-checked against the page (`readRepoIdentity`), which a stale or odd
 * page fails.
 * @param precheck The first check's tables, or a function giving them (called only on a repository page).
 */
export function readRepoFacts(doc: Document, url: URL | Location, precheck: RepoPrecheck | (() => RepoPrecheck)): RepoFacts | undefined {
  try {
    const fromUrl = repoFromUrl(url);
    if (!fromUrl) return undefined;
    const pre = typeof precheck === 'function' ? precheck() : precheck;
    const { parentNwo } = readForkOf(doc);
    let worthAsking = isCorpusRepo(pre, fromUrl.key) || (parentNwo !== undefined && isCorpusRepo(pre, parentNwo));
    const readme = fromUrl.isHome ? readReadme(doc) : undefined;
    let readmeFacts: RepoFacts['readme'];
    if (readme) {
      // The exact reads (a walk over the README) happen only when the raw text allows a citation.
      const ids = mayCiteIds(pre, readme.quickText, readme.arxivHrefs);
      const title = mayCiteTitle(pre, readme.quickText);
      if (ids || title) readmeFacts = { arxivIds: ids ? readme.arxivIds : [], ...(title ? { text: readme.text } : {}) };
      worthAsking ||= ids || title;
    }
    if (!worthAsking) return undefined;
    const identity = readRepoIdentity(doc, url);
    if (!identity) return undefined;
    return {
      repoKey: identity.key,
      ...(identity.parentNwo ? { parentNwo: identity.parentNwo } : {}),
      ...(readmeFacts ? { readme: readmeFacts } : {}),
    };
  } catch {
    // Right or silent: an odd page shows nothing rather than breaking GitHub.
    return undefined;
  }
}

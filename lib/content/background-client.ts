/**
 * The content scripts' side of the background messages. Content bundles carry
 * no abstracts: a matched paper's details come with the background's answer
 * about the page, only when it shows one.
 */
import { browser } from 'wxt/browser';
import type { RepoFacts } from '../match/repo-page';
import type { ArxivEntry, ArxivPageAnswer, DismissalKind, GitHubPageAnswer, Message, PageMatch, Responses } from '../messages';
import type { Paper } from '../types';

/**
 * How the background's webextension-polyfill answers when its handler failed, in
 * Chrome: a resolved reply that only the polyfill on the sending side turns back
 * into an error (page scripts go without it; see `./native-browser.ts`).
 */
function isPolyfillRejection(reply: unknown): boolean {
  return typeof reply === 'object' && reply !== null && '__mozWebExtensionPolyfillReject__' in reply;
}

/** The fields of a paper the panels render: a reply without them shows nothing rather than half a panel. */
function isPaper(x: unknown): x is Paper {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Record<string, unknown>;
  return (
    typeof p.id === 'string' &&
    typeof p.title === 'string' &&
    typeof p.displayTitle === 'string' &&
    typeof p.abstract === 'string' &&
    Array.isArray(p.links)
  );
}

const isPaperList = (x: unknown): x is Paper[] => Array.isArray(x) && x.every(isPaper);

async function send<M extends Message>(message: M): Promise<Responses[M['type']] | undefined> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    return isPolyfillRejection(reply) ? undefined : (reply as Responses[M['type']]);
  } catch {
    // The extension was reloaded or updated under this page: stay silent.
    return undefined;
  }
}

/**
 * Tells the background which corpus papers this page shows (for the toolbar
 * badge and the popup), when no question to it carries them.
 */
export async function reportMatches(url: string, matches: PageMatch[]): Promise<void> {
  await send({ type: 'page-matches', url, matches });
}

/**
 * Asks the background which of an arXiv page's entries are corpus papers (it
 * holds the lookup and the title matcher); the answer also stands as the page's
 * report, and carries what the panel or badges need.
 * @returns The hits by entry index, the papers' details and which panels the
 *   user closed; undefined when the background cannot be reached.
 */
export async function matchArxivPage(url: string, entries: ArxivEntry[]): Promise<ArxivPageAnswer | undefined> {
  const answer = await send({ type: 'arxiv-page', url, entries });
  // Right or silent: anything but a well-formed answer shows nothing.
  return isPaperList(answer?.papers) &&
    Array.isArray(answer.dismissed) &&
    answer.dismissed.every((id) => typeof id === 'string') &&
    Array.isArray(answer.hits) &&
    answer.hits.every((h) => Number.isInteger(h?.entry) && typeof h.match?.paperId === 'string' && typeof h.match.evidence === 'string')
    ? answer
    : undefined;
}

/**
 * Asks the background to match a GitHub repository page (it holds the full
 * lookup); the answer also stands as the page's report, and carries all the
 * panel needs (the papers' details, whether the user closed this panel).
 * @returns What to show, or undefined when the background cannot be reached.
 */
export async function matchGitHubPage(url: string, facts: RepoFacts): Promise<GitHubPageAnswer | undefined> {
  const answer = await send({ type: 'github-page', url, facts });
  // Right or silent: anything but a well-formed answer shows nothing.
  if (answer?.kind === 'none') return answer;
  return answer?.kind === 'repo' &&
    Array.isArray(answer.matches) &&
    Array.isArray(answer.cited) &&
    isPaperList(answer.papers) &&
    typeof answer.dismissed === 'boolean'
    ? answer
    : undefined;
}

/** Tells the background that the user closed a panel, to remember (panel stages carry no storage code). */
export async function dismissPanel(kind: DismissalKind, key: string): Promise<void> {
  await send({ type: 'dismiss', kind, key });
}

/**
 * The content scripts' side of the background messages. Content bundles carry
 * no abstracts: a matched paper's details come from the background on demand.
 */
import { browser } from 'wxt/browser';
import type { GitHubPageResult, RepoFacts } from '../match/repo-page';
import type { Message, PageMatch, Responses } from '../messages';
import type { Paper } from '../types';

async function send<M extends Message>(message: M): Promise<Responses[M['type']] | undefined> {
  try {
    return (await browser.runtime.sendMessage(message)) as Responses[M['type']];
  } catch {
    // The extension was reloaded or updated under this page: stay silent.
    return undefined;
  }
}

/** Full details of papers, in the order asked; unknown ids are left out. */
export async function paperDetails(ids: string[]): Promise<Paper[]> {
  if (ids.length === 0) return [];
  return (await send({ type: 'paper-details', ids })) ?? [];
}

/** Tells the background which corpus papers this page shows (for the toolbar badge and the popup). */
export async function reportMatches(url: string, matches: PageMatch[]): Promise<void> {
  await send({ type: 'page-matches', url, matches });
}

/**
 * Asks the background to match a GitHub repository page (it holds the full
 * lookup); the answer also stands as the page's report.
 * @returns What to show, or undefined when the background cannot be reached.
 */
export async function matchGitHubPage(url: string, facts: RepoFacts): Promise<GitHubPageResult | undefined> {
  return send({ type: 'github-page', url, facts });
}

/**
 * Answers the runtime messages of content scripts and the popup.
 */
import type { Match } from '../match/evidence';
import { toRepoLookup, type MatchLookup, type RepoLookup } from '../match/lookup';
import { matchRepoFacts } from '../match/repo-page';
import { createTitleMatcher, type TitleMatcher } from '../match/title-matcher';
import {
  toPageMatch,
  type ArxivPageAnswer,
  type DismissalKind,
  type Message,
  type PageMatch,
  type Responses,
  type ShownRepoPage,
  type UiStage,
} from '../messages';
import type { Paper } from '../types';
import { pageKey, type TabMatches } from './tab-matches';

/** The sender fields the handler reads (a subset of `runtime.MessageSender`). */
export interface Sender {
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** Injects a UI stage's script into one frame of a tab. */
export type InjectStage = (tabId: number, frameId: number, stage: UiStage) => Promise<void>;

/**
 * The URL a tab shows now, when the browser lets us see it (only for the hosts
 * the extension runs on; undefined elsewhere, or when the tab is gone).
 */
export type TabUrl = (tabId: number) => Promise<string | undefined>;

/** The panels the user closed (see `lib/storage.ts`). */
export interface Dismissals {
  /** The closed panels of one kind. */
  keys(kind: DismissalKind): Promise<readonly string[]>;
  /** Remembers a closed panel. */
  add(kind: DismissalKind, key: string): Promise<void>;
}

/** A repository key as the matcher makes them: lower-case `owner/repo`. */
const REPO_KEY = /^[a-z\d][a-z\d_-]*\/[a-z\d_.-]+$/;

/** Whether a report about `url` still describes what the tab shows (`current`). */
function sameDocument(url: string, current: string | undefined): boolean {
  return current !== undefined && pageKey(current) === pageKey(url);
}

/** What the handler works with. */
export interface MessageHandlerDeps {
  /** All papers (the background is the one place that holds abstracts). */
  corpus: Paper[];
  /** The corpus papers each tab shows (toolbar badge, popup). */
  tabMatches: TabMatches;
  /** Reads a tab's current URL, to refuse stale reports and answers. */
  tabUrl: TabUrl;
  /** Injects a content script's UI stage into its frame. */
  injectStage: InjectStage;
  /** The matching lookup (`buildMatchLookup`), parsed on first call: arXiv and GitHub pages are matched here. */
  lookup: () => MatchLookup;
  /** The panels the user closed (a failed read shows them). */
  dismissals: Dismissals;
}

/** Creates the handler. */
export function createMessageHandler({ corpus, tabMatches, tabUrl, injectStage, lookup, dismissals }: MessageHandlerDeps) {
  const byId = new Map(corpus.map((p) => [p.id, p]));
  // Built on first use: a background woken for the popup or a GitHub page never needs the title matcher.
  let titleMatcher: TitleMatcher | undefined;
  let repoLookup: RepoLookup | undefined;
  /**
   * Records what a page of a tab shows, unless the tab has left that page. Never
   * rejects: the answer to the page does not depend on this bookkeeping (a failed
   * session-storage write costs the toolbar count, not the page's panel).
   */
  const record = async (sender: Sender, url: string, reported: PageMatch[]) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    // A late report from a page the tab has already left must not badge (or clear) the new one.
    // The sender's URL is the tab's when the message left; the tab's URL now is asked too, since
    // the tab may have moved on while the message waited (for a starting worker, say). A URL the
    // browser does not show us proves nothing, so only a different one counts.
    if (sender.tab?.url !== undefined && !sameDocument(url, sender.tab.url)) return;
    const now = await tabUrl(tabId).catch(() => undefined);
    if (now !== undefined && !sameDocument(url, now)) return;
    // Only ids the corpus knows reach the badge: a content script cannot invent papers.
    const matches = reported.filter((m) => byId.has(m.paperId));
    await tabMatches.report(tabId, url, matches).catch(() => undefined);
  };
  /** The closed panels of a kind; when they cannot be read, none (a panel shown beats a match lost). */
  const closed = (kind: DismissalKind) => dismissals.keys(kind).catch((): readonly string[] => []);
  /** Full details of papers by id, in order, each once; unknown ids are left out. */
  const details = (ids: string[]) => [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
  return async function handle<M extends Message>(message: M, sender: Sender): Promise<Responses[M['type']]> {
    switch (message.type) {
      case 'page-matches':
        await record(sender, message.url, message.matches);
        return undefined as Responses[M['type']];
      case 'arxiv-page': {
        titleMatcher ??= createTitleMatcher(lookup());
        const hits: { entry: number; match: Match }[] = [];
        message.entries.forEach((entry, index) => {
          const match = titleMatcher!.match(entry);
          if (match) hits.push({ entry: index, match });
        });
        const papers = details(hits.map((h) => h.match.paperId));
        const [closedPapers] = await Promise.all([
          papers.length ? closed('papers') : ([] as readonly string[]),
          record(sender, message.url, hits.map((h) => toPageMatch(h.match))),
        ]);
        const answer: ArxivPageAnswer = { hits, papers, dismissed: papers.filter((p) => closedPapers.includes(p.id)).map((p) => p.id) };
        return answer as Responses[M['type']];
      }
      case 'github-page': {
        const result = matchRepoFacts((repoLookup ??= toRepoLookup(lookup())), message.facts);
        if (result.kind === 'none') {
          await record(sender, message.url, []);
          return result as Responses[M['type']];
        }
        const shown = [...result.matches, ...result.cited];
        const [closedRepos] = await Promise.all([closed('repos'), record(sender, message.url, shown.map(toPageMatch))]);
        const answer: ShownRepoPage = {
          ...result,
          papers: details(shown.map((m) => m.paperId)),
          dismissed: closedRepos.includes(result.repoKey),
        };
        return answer as Responses[M['type']];
      }
      case 'dismiss':
        // Only what a panel can show: a corpus paper, or a repository key (lower-case `owner/repo`).
        if (message.kind === 'papers' ? byId.has(message.key) : REPO_KEY.test(message.key)) {
          await dismissals.add(message.kind, message.key);
        }
        return undefined as Responses[M['type']];
      case 'load-ui': {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) await injectStage(tabId, sender.frameId ?? 0, message.stage);
        return undefined as Responses[M['type']];
      }
      case 'tab-matches': {
        const matches = tabMatches.get(message.tabId);
        // The tab may have left for a page we cannot see (another site): then it shows none of ours.
        const answer = matches.length && sameDocument(tabMatches.url(message.tabId) ?? '', await tabUrl(message.tabId)) ? matches : [];
        return answer as Responses[M['type']];
      }
    }
  };
}

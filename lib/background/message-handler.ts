/**
 * Answers the runtime messages of content scripts and the popup.
 */
import type { Message, Responses } from '../messages';
import type { Paper } from '../types';
import type { TabMatches } from './tab-matches';

/** The sender fields the handler reads (a subset of `runtime.MessageSender`). */
export interface Sender {
  tab?: { id?: number };
}

/**
 * Creates the handler.
 * @param corpus All papers (the background is the one place that holds abstracts).
 */
export function createMessageHandler(corpus: Paper[], tabMatches: TabMatches) {
  const byId = new Map(corpus.map((p) => [p.id, p]));
  return async function handle<M extends Message>(message: M, sender: Sender): Promise<Responses[M['type']]> {
    switch (message.type) {
      case 'page-matches': {
        const tabId = sender.tab?.id;
        // Only ids the corpus knows reach the badge: a content script cannot invent papers.
        const matches = message.matches.filter((m) => byId.has(m.paperId));
        if (tabId !== undefined) await tabMatches.report(tabId, message.url, matches);
        return undefined as Responses[M['type']];
      }
      case 'paper-details':
        return message.ids.flatMap((id) => byId.get(id) ?? []) as Responses[M['type']];
      case 'tab-matches':
        return tabMatches.get(message.tabId) as Responses[M['type']];
    }
  };
}

/**
 * Messages between the content scripts, the popup and the background. One
 * typed union keeps both ends honest; the background answers each request
 * with the matching response type.
 */
import type { Paper } from './types';

/** A corpus paper found on a page, with the evidence that found it. */
export interface PageMatch {
  paperId: string;
  evidence: string;
  score: number;
}

export type Message =
  /** Content script → background: the corpus papers on this page (empty: none). */
  | { type: 'page-matches'; url: string; matches: PageMatch[] }
  /** Content script → background: full details of matched papers (content bundles carry no abstracts). */
  | { type: 'paper-details'; ids: string[] }
  /** Popup → background: the corpus papers on a tab. */
  | { type: 'tab-matches'; tabId: number };

/** What the background answers to each message type. */
export interface Responses {
  'page-matches': void;
  'paper-details': Paper[];
  'tab-matches': PageMatch[];
}

/** Narrows an unknown runtime message to a {@link Message} (content from other extensions is ignored). */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const { type } = value as { type?: unknown };
  return type === 'page-matches' || type === 'paper-details' || type === 'tab-matches';
}

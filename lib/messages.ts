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

/** UI stages a content script may ask the background to inject into its frame (see `lib/content/stage.ts`). */
export const UI_STAGES = ['github-ui', 'arxiv-ui'] as const;
export type UiStage = (typeof UI_STAGES)[number];

export type Message =
  /** Content script → background: inject a UI stage into the sender's frame (resolves once it ran). */
  | { type: 'load-ui'; stage: UiStage }
  /** Content script → background: the corpus papers on this page (empty: none). */
  | { type: 'page-matches'; url: string; matches: PageMatch[] }
  /** Content script → background: full details of matched papers (content bundles carry no abstracts). */
  | { type: 'paper-details'; ids: string[] }
  /** Popup → background: the corpus papers on a tab. */
  | { type: 'tab-matches'; tabId: number };

/** What the background answers to each message type. */
export interface Responses {
  'load-ui': void;
  'page-matches': void;
  'paper-details': Paper[];
  'tab-matches': PageMatch[];
}

/** The most papers one message may name: more than the corpus holds, far fewer than could hurt. */
export const MAX_IDS = 2_000;

const isString = (x: unknown): x is string => typeof x === 'string';

function isPageMatch(x: unknown): x is PageMatch {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return isString(m.paperId) && isString(m.evidence) && typeof m.score === 'number';
}

/**
 * Narrows an unknown runtime message to a well-formed {@link Message}; anything
 * else (another shape, wrong field types, oversized lists) is ignored.
 */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'page-matches':
      return isString(m.url) && Array.isArray(m.matches) && m.matches.length <= MAX_IDS && m.matches.every(isPageMatch);
    case 'paper-details':
      return Array.isArray(m.ids) && m.ids.length <= MAX_IDS && m.ids.every(isString);
    case 'tab-matches':
      return Number.isInteger(m.tabId);
    case 'load-ui':
      return (UI_STAGES as readonly unknown[]).includes(m.stage);
    default:
      return false;
  }
}

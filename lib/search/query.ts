/**
 * Turns what the user has typed so far into the terms the word index looks up.
 */
import { tokenize } from './tokenize';

/** One word of a query. */
export interface QueryTerm {
  /** Normalised as index words are (see `normalizeWord`). */
  text: string;
  /** The last word, with no space after it yet: the user may still be typing it. */
  partial: boolean;
}

/**
 * Words too common to tell papers apart. They are not indexed (they would make
 * the longest postings lists) and are dropped from queries; the phrase match
 * over titles still sees them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'can', 'do', 'does', 'for', 'from', 'how', 'in',
  'into', 'is', 'it', 'its', 'of', 'on', 'or', 'our', 'that', 'the', 'their', 'this', 'these', 'to',
  'we', 'what', 'when', 'which', 'while', 'why', 'with',
]);

/**
 * The distinct words of a query, in order. Stop words are dropped, except a
 * last word still being typed (`a` may become `adapter`).
 */
export function parseQuery(query: string): QueryTerm[] {
  const words = tokenize(query, false);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  words.forEach((token, i) => {
    const partial = i === words.length - 1 && token.end === query.length;
    if (seen.has(token.word) || (!partial && STOP_WORDS.has(token.word))) return;
    seen.add(token.word);
    terms.push({ text: token.word, partial });
  });
  return terms;
}

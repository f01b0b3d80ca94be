/**
 * Messages between the content scripts, the popup and the background. One
 * typed union keeps both ends honest; the background answers each request
 * with the matching response type.
 */
import type { Match } from './match/evidence';
import type { RepoFacts, RepoPage } from './match/repo-page';
import type { Paper } from './types';

/** A corpus paper found on a page, with the evidence that found it. */
export interface PageMatch {
  paperId: string;
  evidence: string;
  score: number;
}

/** The part of a match a page reports (a `Match` carries more). */
export const toPageMatch = ({ paperId, evidence, score }: PageMatch): PageMatch => ({ paperId, evidence, score });

/** What a dismissal hides: an arXiv panel (by paper id) or a GitHub panel (by lower-case `owner/repo`). */
export type DismissalKind = 'papers' | 'repos';
/** Every {@link DismissalKind}, for checking messages. */
export const DISMISSAL_KINDS: readonly DismissalKind[] = ['papers', 'repos'];

/** UI stages a content script may ask the background to inject into its frame (see `lib/content/stage.ts`). */
export const UI_STAGES = ['github-ui', 'arxiv-ui'] as const;
export type UiStage = (typeof UI_STAGES)[number];

export type Message =
  /** Content script → background: inject a UI stage into the sender's frame (resolves once it ran). */
  | { type: 'load-ui'; stage: UiStage }
  /**
   * GitHub content script → background: match a repository page that may show a
   * corpus paper (the background holds the full lookup); the answer also counts
   * as the page's report (`page-matches`).
   */
  | { type: 'github-page'; url: string; facts: RepoFacts }
  /**
   * arXiv content script → background: match the papers an abstract, listing or
   * search page shows (the background holds the lookup and the title matcher);
   * the answer also counts as the page's report (`page-matches`).
   */
  | { type: 'arxiv-page'; url: string; entries: ArxivEntry[] }
  /**
   * Content script → background: the corpus papers on this page (empty: none), when
   * no question carries them: an arXiv listing restored from the back/forward cache
   * (its badges are still right), or GitHub withdrawing a repository it left.
   */
  | { type: 'page-matches'; url: string; matches: PageMatch[] }
  /** Panel stage → background: the user closed a panel; remember it (by paper id, or lower-case `owner/repo`). */
  | { type: 'dismiss'; kind: DismissalKind; key: string }
  /** Popup → background: the corpus papers on a tab. */
  | { type: 'tab-matches'; tabId: number };

/** One paper an arXiv page shows, as its reader found it (either part may be missing). */
export interface ArxivEntry {
  /** Versionless arXiv id. */
  arxivId?: string;
  /** Title as the page prints it. */
  title?: string;
}

/**
 * The background's answer to `arxiv-page`: which entries are corpus papers, and
 * all their panel or badges need, so the UI stage asks nothing more.
 */
export interface ArxivPageAnswer {
  /** The matched entries, by index into the message's `entries`, in page order. */
  hits: { entry: number; match: Match }[];
  /** Full details of the matched papers, each once (content bundles carry no abstracts). */
  papers: Paper[];
  /** Of those, the ids whose arXiv panel the user closed. */
  dismissed: string[];
}

/**
 * The background's answer to `github-page`: nothing to show, or the matched
 * page with all its panel needs, so the panel stage asks nothing more (no
 * storage read and no second message before the panel shows).
 */
export type GitHubPageAnswer = { kind: 'none' } | ShownRepoPage;

/** A repository page that shows corpus papers, as the background answers it. */
export type ShownRepoPage = RepoPage & {
  /** Full details of the papers of `matches`, then `cited`, in order (content bundles carry no abstracts). */
  papers: Paper[];
  /** The user closed this repository's panel: the page still counts its papers, but shows no panel. */
  dismissed: boolean;
};

/** What the background answers to each message type. */
export interface Responses {
  'load-ui': void;
  'github-page': GitHubPageAnswer;
  'arxiv-page': ArxivPageAnswer;
  'page-matches': void;
  'tab-matches': PageMatch[];
  dismiss: void;
}

/** The most papers one message may name: more than the corpus holds, far fewer than could hurt. */
export const MAX_IDS = 2_000;

const isString = (x: unknown): x is string => typeof x === 'string';

function isPageMatch(x: unknown): x is PageMatch {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return isString(m.paperId) && isString(m.evidence) && typeof m.score === 'number';
}

/** Longest README text a `github-page` message may carry: the reader's cap, with room to spare. */
export const MAX_README_CHARS = 250_000;

/** Longest id (paper id or arXiv id) a message may carry: far more than any real one. */
export const MAX_ID_CHARS = 200;
/** Most entries an `arxiv-page` message may carry: arXiv shows at most 2,000 a page (its listings' `show=2000`). */
export const MAX_ARXIV_ENTRIES = 2_000;

/** Longest title an `arxiv-page` entry may carry (real ones are a few hundred characters at most). */
export const MAX_TITLE_CHARS = 2_000;

/** Longest page URL a message may carry. */
export const MAX_URL_CHARS = 8_192;

const isId = (x: unknown): x is string => isString(x) && x.length <= MAX_ID_CHARS;
const isUrl = (x: unknown): x is string => isString(x) && x.length <= MAX_URL_CHARS;
const isStringList = (x: unknown): x is string[] => Array.isArray(x) && x.length <= MAX_IDS && x.every(isId);

function isArxivEntry(x: unknown): x is ArxivEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return (e.arxivId === undefined || isId(e.arxivId)) && (e.title === undefined || (isString(e.title) && e.title.length <= MAX_TITLE_CHARS));
}

function isRepoFacts(x: unknown): x is RepoFacts {
  if (typeof x !== 'object' || x === null) return false;
  const f = x as Record<string, unknown>;
  if (!isString(f.repoKey) || f.repoKey.length > 250) return false;
  if (f.parentNwo !== undefined && (!isString(f.parentNwo) || f.parentNwo.length > 250)) return false;
  if (f.readme === undefined) return true;
  if (typeof f.readme !== 'object' || f.readme === null) return false;
  const readme = f.readme as Record<string, unknown>;
  return isStringList(readme.arxivIds) && (readme.text === undefined || (isString(readme.text) && readme.text.length <= MAX_README_CHARS));
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
      return isUrl(m.url) && Array.isArray(m.matches) && m.matches.length <= MAX_IDS && m.matches.every(isPageMatch);
    case 'github-page':
      return isUrl(m.url) && isRepoFacts(m.facts);
    case 'arxiv-page':
      return isUrl(m.url) && Array.isArray(m.entries) && m.entries.length <= MAX_ARXIV_ENTRIES && m.entries.every(isArxivEntry);
    case 'tab-matches':
      return Number.isInteger(m.tabId);
    case 'load-ui':
      return (UI_STAGES as readonly unknown[]).includes(m.stage);
    case 'dismiss':
      return (DISMISSAL_KINDS as readonly unknown[]).includes(m.kind) && isId(m.key) && m.key !== '';
    default:
      return false;
  }
}

/**
 * The Fuse.js settings, in one place because the index built at build time
 * and the engine loading it must agree on keys and options.
 */
import type { FuseOptionKeyObject, IFuseOptions } from 'fuse.js';
import type { Paper } from '../types';

/** The short fields of a paper that Fuse matches the whole query against. */
export interface ShortFields {
  displayTitle: string;
  /** Link labels such as `lxuechen/private-transformers`. */
  labels: string[];
}

/** Builds the short-field document Fuse indexes for a paper. */
export function shortFields(paper: Paper): ShortFields {
  return { displayTitle: paper.displayTitle, labels: paper.links.map((link) => link.label) };
}

/**
 * Keys of the phrase index. The title outweighs link labels three to one:
 * a query is far more often (part of) a title than a repository name.
 */
export const SHORT_FIELD_KEYS = [
  { name: 'displayTitle', weight: 3 },
  { name: 'labels', weight: 1 },
] satisfies FuseOptionKeyObject<ShortFields>[];
/**
 * The whole query against titles and labels. `ignoreLocation` because a title
 * phrase may sit anywhere in the title; the threshold is tighter than Fuse's
 * 0.6 so that long queries do not match every title with many errors.
 */
export const PHRASE_OPTIONS: IFuseOptions<Paper> = {
  // Names and weights only: at run time the values come from the prebuilt index records.
  keys: SHORT_FIELD_KEYS,
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.4,
  shouldSort: false,
};

/** Fuse's `threshold` for words; the candidate filter derives its error bound from it. */
export const WORD_THRESHOLD = 0.3;

/**
 * Fuse's `threshold` for query words shorter than `STRICT_BELOW`: below one
 * error in five letters, so `shot` does not match `show`, `short` and
 * `should`, nor `pangu` `language`, but an infix match up to
 * three letters in still does (`clip` in `m2clip`: 0.05 a letter).
 */
export const STRICT_WORD_THRESHOLD = 0.15;

/** Query words shorter than this are matched with `STRICT_WORD_THRESHOLD`. */
export const STRICT_BELOW = 6;

/**
 * One query word against one vocabulary word. Location 0 with a short
 * distance prefers matches at the start of a word (a prefix being typed)
 * and lets an infix match cost more (`trained` in `pretrained`: 0.05 a
 * letter); threshold 0.3 forgives one typo in 6 letters, two in 7 to 9, three from 10.
 */
export const WORD_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  location: 0,
  distance: 20,
  threshold: WORD_THRESHOLD,
  shouldSort: false,
};

/** `WORD_OPTIONS` for short query words. */
export const STRICT_WORD_OPTIONS: IFuseOptions<string> = { ...WORD_OPTIONS, threshold: STRICT_WORD_THRESHOLD };

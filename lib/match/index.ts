/**
 * Paper matching: "right or silent". This barrel exports everything that does
 * not need Fuse.js, so that whatever imports it stays small.
 * The background imports the title matcher from `./title-matcher` explicitly;
 * keeping it out of this barrel means no bundle gets Fuse.js by accident.
 */
export { describeEvidence, type Evidence, type Match } from './evidence';
export { buildMatchLookup, MATCH_LOOKUP_VERSION, type MatchLookup, type RepoLookup, toRepoLookup } from './lookup';
export { compactKey, normalizeArxivId, normalizeTitle } from './normalize';
export {
  LIST_MIN_PAPERS,
  matchGitHubRepo,
  matchReadme,
  matchRepo,
  normalizeRepoKey,
  type ReadmeInput,
  type ReadmeResult,
  type RepoResult,
} from './repo-matcher';

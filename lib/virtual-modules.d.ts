// Types of the build-time modules served by scripts/vite-plugin-corpus.ts.
declare module 'virtual:paperscope/corpus' {
  const papers: import('./types').Paper[];
  export default papers;
}
declare module 'virtual:paperscope/popup-corpus' {
  /** The corpus with every `abstract` empty (see `lib/popup/abstracts.ts`). */
  const papers: import('./types').Paper[];
  export default papers;
}
declare module 'virtual:paperscope/abstracts' {
  const abstracts: string[];
  export default abstracts;
}
declare module 'virtual:paperscope/lazy:match-lookup' {
  const lookup: () => import('./match/lookup').MatchLookup;
  export default lookup;
}
declare module 'virtual:paperscope/lazy:repo-precheck' {
  const precheck: () => import('./match/repo-precheck').RepoPrecheck;
  export default precheck;
}
declare module 'virtual:paperscope/search-data' {
  const data: import('./search/index-data').SearchData;
  export default data;
}

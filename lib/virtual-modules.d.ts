// Types of the build-time modules served by scripts/vite-plugin-corpus.ts.
declare module 'virtual:paperscope/corpus' {
  const papers: import('./types').Paper[];
  export default papers;
}

/**
 * Vite plugin that builds the corpus at build time and serves it, and the
 * indexes derived from it, as virtual modules. Nothing is parsed on a page
 * load: each entrypoint imports only the data it needs (the GitHub content
 * script, for instance, never pulls in the abstracts).
 */
import type { Plugin } from 'vite';
import type { Paper } from '../lib/types';
import { CORPUS_SOURCES, loadCorpus } from './load-corpus';

/**
 * Virtual module ids and the data each one exports as its default. A module
 * named `lazy:<name>` exports instead a function returning the data, parsed on
 * its first call (for scripts that often never need it: the GitHub content
 * script on pages that are not repositories, a background woken for the popup).
 */
export type CorpusModules = Record<string, (papers: Paper[]) => unknown>;

const PREFIX = 'virtual:paperscope/';

/**
 * @param modules Map from a name (imported as `virtual:paperscope/<name>`) to the
 *   function producing its JSON-serialisable default export.
 */
export function corpusPlugin(modules: CorpusModules): Plugin {
  let papers: Paper[] | undefined;
  return {
    name: 'paperscope-corpus',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) && id.slice(PREFIX.length) in modules ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      this.addWatchFile(CORPUS_SOURCES.seed);
      this.addWatchFile(CORPUS_SOURCES.ids);
      try {
        papers ??= loadCorpus();
      } catch (error) {
        // A malformed seed fails the build with the parser's message, which names the line.
        this.error(error instanceof Error ? error.message : String(error));
      }
      const name = id.slice(PREFIX.length + 1);
      // JSON.parse of a string literal is faster for engines than an object literal this size.
      const parse = `JSON.parse(${JSON.stringify(JSON.stringify(modules[name]!(papers)))})`;
      return name.startsWith('lazy:')
        ? `let value;
export default () => (value ??= ${parse});`
        : `export default ${parse};`;
    },
    watchChange(id) {
      if (id === CORPUS_SOURCES.seed || id === CORPUS_SOURCES.ids) papers = undefined;
    },
  };
}

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { corpusPlugin } from './scripts/vite-plugin-corpus';
import { buildMatchLookup, toRepoLookup } from './lib/match/lookup';
import { toRepoPrecheck } from './lib/match/repo-precheck';
import { buildSearchData } from './lib/search/index-data';
import { nativeBrowserInPages } from './scripts/native-browser';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: code reads the same in lib/, tests and scripts.
  imports: false,
  hooks: {
    // Scripts that run in web pages go without the polyfill (lib/content/native-browser.ts says why).
    'vite:build:extendConfig': nativeBrowserInPages,
  },
  vite: () => ({
    build: {
      // The popup bundles the corpus and its prebuilt index (~0.6 MB), on purpose: no requests.
      chunkSizeWarningLimit: 1024,
      // The popup's one lazy chunk (the search index) imports nothing else: no polyfill
      // watching the popup's DOM for <link rel=modulepreload> (Vite's wrapper of the
      // dynamic import stays, with no dependencies to preload).
      modulePreload: false,
    },
    plugins: [
      preact(),
      corpusPlugin({
        corpus: (papers) => papers,
        // The popup's first chunk: its first view (the corpus listed) shows no abstract.
        'popup-corpus': (papers) => papers.map((paper) => ({ ...paper, abstract: '' })),
        // The abstracts, by corpus index: loaded with the search index, which searches and quotes them.
        abstracts: (papers) => papers.map((paper) => paper.abstract),
        // The background matches arXiv and GitHub pages with it (parsed on first use).
        'lazy:match-lookup': buildMatchLookup,
        // The GitHub script's first check: repository keys, arXiv ids, title anchors (parsed on repository pages only).
        'lazy:repo-precheck': (papers) => toRepoPrecheck(toRepoLookup(buildMatchLookup(papers))),
        'search-data': buildSearchData,
      }),
    ],
  }),
  manifest: ({ browser }) => ({
    name: 'Paperscope',
    description:
      'Find machine-learning papers and their code, offline: search a bundled paper corpus, and see its papers on arXiv and GitHub.',
    action: { default_title: 'Paperscope: search papers' },
    // `scripting` injects the GitHub panel's code only into pages that show a corpus paper.
    permissions: ['storage', 'scripting'],
    // The same hosts the content scripts run on (no extra install warning); they let the
    // background see these tabs' URLs, to clear a tab's count when it navigates away.
    host_permissions: ['https://arxiv.org/*', 'https://www.arxiv.org/*', 'https://export.arxiv.org/*', 'https://github.com/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'paperscope@paperscope.dev',
              // data_collection_permissions is understood from Firefox 140 on.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

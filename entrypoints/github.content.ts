import { defineContentScript } from 'wxt/utils/define-content-script';
import precheck from 'virtual:paperscope/lazy:repo-precheck';
import { runGitHub } from '../lib/content/github';
import type { GitHubUi } from '../lib/content/github-ui';
import { loadStage } from '../lib/content/stage';

export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_idle',
  // The panel's code and style sheet live in the `github-ui` stage, injected on demand.
  cssInjectionMode: 'manual',
  // WXT's coming default: an older copy of this script is stopped by a DOM event alone, without a message to the page.
  noScriptStartedPostMessage: true,
  main: (ctx) => runGitHub(ctx, precheck, () => loadStage<GitHubUi>(ctx, 'github-ui')),
});

import { defineContentScript } from 'wxt/utils/define-content-script';
import { runArxiv } from '../lib/content/arxiv';
import type { ArxivUi } from '../lib/content/arxiv-ui';
import { loadStage } from '../lib/content/stage';

export default defineContentScript({
  matches: ['https://arxiv.org/*', 'https://www.arxiv.org/*', 'https://export.arxiv.org/*'],
  runAt: 'document_idle',
  // The panel and badges (code and style sheets) live in the `arxiv-ui` stage, injected on demand.
  cssInjectionMode: 'manual',
  // WXT's coming default: an older copy of this script is stopped by a DOM event alone, without a message to the page.
  noScriptStartedPostMessage: true,
  main: (ctx) => runArxiv(ctx, () => loadStage<ArxivUi>(ctx, 'arxiv-ui')),
});

import { defineContentScript } from 'wxt/utils/define-content-script';
import lookup from 'virtual:paperscope/match-lookup';
import panel from '../components/panel.css?inline';
import badge from '../components/badge.css?inline';
import { runArxiv } from '../lib/content/arxiv';

export default defineContentScript({
  matches: ['https://arxiv.org/*', 'https://www.arxiv.org/*', 'https://export.arxiv.org/*'],
  runAt: 'document_idle',
  // Style sheets are bundled as text: the shadow roots need no request to load them.
  cssInjectionMode: 'manual',
  main: (ctx) => runArxiv(ctx, lookup, { panel, badge }),
});

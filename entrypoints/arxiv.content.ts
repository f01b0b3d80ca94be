import { defineContentScript } from 'wxt/utils/define-content-script';
import lookup from 'virtual:paperscope/match-lookup';
import { runArxiv } from '../lib/content/arxiv';
import '../components/panel.css';
import '../components/badge.css';

export default defineContentScript({
  matches: ['https://arxiv.org/*', 'https://www.arxiv.org/*', 'https://export.arxiv.org/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => runArxiv(ctx, lookup),
});

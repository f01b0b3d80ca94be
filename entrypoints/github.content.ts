import { defineContentScript } from 'wxt/utils/define-content-script';
import lookup from 'virtual:paperscope/lazy:match-lookup-github';
import css from '../components/panel.css?inline';
import { runGitHub } from '../lib/content/github';

export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_idle',
  // The style sheet is bundled as text: the shadow root needs no request to load it.
  cssInjectionMode: 'manual',
  main: (ctx) => runGitHub(ctx, lookup, css),
});

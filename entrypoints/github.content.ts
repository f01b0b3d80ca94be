import { defineContentScript } from 'wxt/utils/define-content-script';
import lookup from 'virtual:paperscope/match-lookup-github';
import { runGitHub } from '../lib/content/github';
import '../components/panel.css';

export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => runGitHub(ctx, lookup),
});

import { defineContentScript } from 'wxt/utils/define-content-script';

// The same listeners as lib/content/github.ts, doing nothing: the cost of following GitHub's navigation.
const EVENTS = ['turbo:render', 'turbo:load', 'turbo:frame-render', 'turbo:frame-load', 'soft-nav:end', 'soft-nav:react-done', 'pjax:end'];

export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // As in entrypoints/github.content.ts: no start-up postMessage to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const update = () => undefined;
    for (const type of EVENTS) ctx.addEventListener(document, type, update);
    ctx.addEventListener(window, 'popstate', update);
    ctx.addEventListener(window, 'wxt:locationchange', update);
    ctx.addEventListener(window, 'pageshow', update);
  },
});

import { defineBackground } from 'wxt/utils/define-background';

// Nothing: the harness waits for a service worker to learn the extension's id.
export default defineBackground(() => undefined);

import { defineConfig } from 'vitest/config';

// Firefox end-to-end smoke tests of the built Firefox extension (`.output/firefox-mv2`)
// in Debian's firefox-esr: one file at a time, generous timeouts for browser start-up.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
  },
});

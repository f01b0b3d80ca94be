import { assertChromium } from './harness';

/** Refuses to run (and so fails `npm test`) when Chromium or the build is missing. */
export default function setup(): void {
  assertChromium();
}

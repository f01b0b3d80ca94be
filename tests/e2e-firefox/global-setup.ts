import { assertFirefox } from './harness';

/** Refuses to run (and so fails the run) when Firefox or the Firefox build is missing. */
export default function setup(): void {
  assertFirefox();
}

/**
 * Our UI's host elements in a page: every panel and badge Paperscope mounts
 * sits in a host marked `data-paperscope` (see `./mount.ts`). A module of its
 * own so that the first stages can find them without carrying the mount code.
 */

/** Which kind of Paperscope UI a host element holds. */
export type UiKind = 'panel' | 'badge';

/** Host elements of our UI currently in the document (or under `root`). */
export function paperscopeHosts(kind: UiKind, root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[data-paperscope="${kind}"]`)];
}

/**
 * Typed storage items, defined once, and created on first use: defining an
 * item with a `version` reads storage (migrations), a cost a content script
 * should pay only on a page that shows something. All local: nothing is synced.
 */
import { storage } from 'wxt/utils/storage';

function defineDismissals(key: 'local:dismissedPapers' | 'local:dismissedRepos') {
  return storage.defineItem<string[]>(key, { fallback: [], version: 1 });
}

let items: { papers: ReturnType<typeof defineDismissals>; repos: ReturnType<typeof defineDismissals> } | undefined;

/** What a dismissal hides: an arXiv panel (by paper id) or a GitHub panel (by lower-case `owner/repo`). */
export type DismissalKind = 'papers' | 'repos';

/** The storage item holding one kind of dismissal (paper ids, or repository keys). */
export function dismissals(kind: DismissalKind) {
  items ??= { papers: defineDismissals('local:dismissedPapers'), repos: defineDismissals('local:dismissedRepos') };
  return items[kind];
}

/** Whether the user closed the panel for `key`. */
export async function isDismissed(kind: DismissalKind, key: string): Promise<boolean> {
  return (await dismissals(kind).getValue()).includes(key);
}

/** Remembers that the user closed the panel for `key` (idempotent). */
export async function dismiss(kind: DismissalKind, key: string): Promise<void> {
  const item = dismissals(kind);
  const current = await item.getValue();
  if (!current.includes(key)) await item.setValue([...current, key]);
}

/** How many panels the user has closed, of both kinds. */
export async function countDismissed(): Promise<number> {
  const [papers, repos] = await Promise.all([dismissals('papers').getValue(), dismissals('repos').getValue()]);
  return papers.length + repos.length;
}

/** Shows every closed panel again (from the next page load on). */
export async function restoreDismissed(): Promise<void> {
  await Promise.all([dismissals('papers').setValue([]), dismissals('repos').setValue([])]);
}

/**
 * The panels a user closed: typed storage items, defined once, in the
 * extension's local storage (nothing is synced). Only the background and the
 * popup use them: the background reads them to answer a page and writes one
 * when a panel stage reports a close (a `dismiss` message), so the scripts in
 * web pages carry no storage code.
 */
import { storage } from 'wxt/utils/storage';
import type { DismissalKind } from './messages';

function defineDismissals(key: 'local:dismissedPapers' | 'local:dismissedRepos') {
  return storage.defineItem<string[]>(key, { fallback: [], version: 1 });
}

// Defined on first use: defining a versioned item reads storage (its migrations).
let items: Record<DismissalKind, ReturnType<typeof defineDismissals>> | undefined;
const item = (kind: DismissalKind) =>
  (items ??= { papers: defineDismissals('local:dismissedPapers'), repos: defineDismissals('local:dismissedRepos') })[kind];

/** The dismissed keys of one kind; anything malformed in storage reads as nothing dismissed. */
export async function dismissedKeys(kind: DismissalKind): Promise<string[]> {
  const stored: unknown = await item(kind).getValue();
  return Array.isArray(stored) ? stored.filter((x): x is string => typeof x === 'string') : [];
}

/** Remembers that the user closed the panel for `key` (idempotent). */
export async function dismiss(kind: DismissalKind, key: string): Promise<void> {
  const current = await dismissedKeys(kind);
  if (!current.includes(key)) await item(kind).setValue([...current, key]);
}

/** How many panels the user has closed, of both kinds. */
export async function countDismissed(): Promise<number> {
  const [papers, repos] = await Promise.all([dismissedKeys('papers'), dismissedKeys('repos')]);
  return papers.length + repos.length;
}

/** Shows every closed panel again (from the next page load on). */
export async function restoreDismissed(): Promise<void> {
  await Promise.all([item('papers').setValue([]), item('repos').setValue([])]);
}

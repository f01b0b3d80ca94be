/**
 * The panels a user closed, in the extension's local storage (nothing is
 * synced). The background reads them to answer a page; a panel stage writes
 * one when the user closes a panel. Plain `storage.local` calls rather than
 * `wxt/utils/storage`: the panel stages run in web pages, where WXT's storage
 * layer (its versioning and migration machinery, about 8 kB) would be compiled
 * on every page that shows a panel, for two string lists.
 */
import { browser } from 'wxt/browser';

/** What a dismissal hides: an arXiv panel (by paper id) or a GitHub panel (by lower-case `owner/repo`). */
export type DismissalKind = 'papers' | 'repos';

/** Storage keys (the names WXT's storage used for them before, so earlier dismissals still count). */
const KEYS: Record<DismissalKind, string> = { papers: 'dismissedPapers', repos: 'dismissedRepos' };

/** The dismissed keys of one kind; anything malformed in storage reads as nothing dismissed. */
export async function dismissedKeys(kind: DismissalKind): Promise<string[]> {
  const key = KEYS[kind];
  const stored: unknown = (await browser.storage.local.get(key))[key];
  return Array.isArray(stored) ? stored.filter((x): x is string => typeof x === 'string') : [];
}

async function write(kind: DismissalKind, keys: string[]): Promise<void> {
  await browser.storage.local.set({ [KEYS[kind]]: keys });
}

/** Remembers that the user closed the panel for `key` (idempotent). */
export async function dismiss(kind: DismissalKind, key: string): Promise<void> {
  const current = await dismissedKeys(kind);
  if (!current.includes(key)) await write(kind, [...current, key]);
}

/** How many panels the user has closed, of both kinds. */
export async function countDismissed(): Promise<number> {
  const [papers, repos] = await Promise.all([dismissedKeys('papers'), dismissedKeys('repos')]);
  return papers.length + repos.length;
}

/** Shows every closed panel again (from the next page load on). */
export async function restoreDismissed(): Promise<void> {
  await Promise.all([write('papers', []), write('repos', [])]);
}

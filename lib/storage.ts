/**
 * Typed storage items, defined once. All local: nothing is synced or sent.
 */
import { storage } from 'wxt/utils/storage';

/** Paper ids whose arXiv panel the user closed. */
export const dismissedPapers = storage.defineItem<string[]>('local:dismissedPapers', {
  fallback: [],
  version: 1,
});

/** Lower-case `owner/repo` keys whose GitHub panel the user closed. */
export const dismissedRepos = storage.defineItem<string[]>('local:dismissedRepos', {
  fallback: [],
  version: 1,
});

/** Adds `key` to a dismissal list (idempotent). */
export async function dismiss(item: typeof dismissedPapers, key: string): Promise<void> {
  const current = await item.getValue();
  if (!current.includes(key)) await item.setValue([...current, key]);
}

/**
 * The popup's search state as signals, with its actions and keyboard
 * handling, free of the DOM so tests can drive it directly. The popup's
 * components only render these signals and forward input and keys.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { arxivUrl, primaryUrl } from './paper-links';
import { createBrowseEngine } from './search/corpus-order';
import type { SearchEngine, SearchResult } from './search/types';
import type { Paper } from './types';

/** Initial state of a model. */
export interface SearchModelOptions {
  /** Ids of papers found on the current tab, listed first. */
  onPageIds?: readonly string[];
  /** Starting query (e.g. restored from the last popup). */
  query?: string;
  /** Starting state of the "with code" filter. */
  withCodeOnly?: boolean;
}

/**
 * What the popup should do after a key: open a URL (in a new tab) now, or
 * the URL `openLater` gives (Enter before the search index is in: the first
 * result once it is, nothing if the query changed), clear the search box (it
 * was cleared in the model), or close the popup.
 * `{}` means the model handled the key (the caller prevents its default);
 * `undefined` that the key is not the model's business.
 */
export type KeyOutcome =
  | { open?: string }
  | { openLater: Promise<string | undefined> }
  | { close: true }
  | { clear: true }
  | undefined;

/**
 * The search index's state: `loading` until the engine is there (the corpus
 * is listed meanwhile, but a query finds nothing yet), `failed` if it could
 * not be loaded.
 */
export type IndexState = 'loading' | 'ready' | 'failed';

/** A promise, or any thenable (one from another realm fails `instanceof Promise`). */
function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as PromiseLike<T> | undefined)?.then === 'function';
}

/** The popup's search state and actions. */
export interface SearchModel {
  /** Number of papers in the corpus, for the header. */
  readonly total: number;
  /** Whether queries can be answered yet (see {@link IndexState}). */
  readonly index: ReadonlySignal<IndexState>;
  /** The search box text. */
  readonly query: ReadonlySignal<string>;
  /** Only papers with a code link. */
  readonly withCodeOnly: ReadonlySignal<boolean>;
  /** Ids of papers found on the current tab. */
  readonly onPageIds: ReadonlySignal<readonly string[]>;
  /** Ranked results for the current query and filter (whole corpus when the query is empty). */
  readonly results: ReadonlySignal<SearchResult[]>;
  /** Index into `results` of the highlighted card. */
  readonly selectedIndex: ReadonlySignal<number>;
  /** The highlighted result, if any. */
  readonly selected: ReadonlySignal<SearchResult | undefined>;
  /** Sets the query; a changed query selects its first result. */
  setQuery(query: string): void;
  /** Flips the "with code" filter and selects the first result. */
  toggleWithCode(): void;
  /** Sets the on-page paper ids (they arrive after the popup opens) and selects the first result. */
  setOnPageIds(ids: readonly string[]): void;
  /** Moves the selection by `delta` cards, wrapping around both ends. */
  moveSelection(delta: number): void;
  /** Selects the first result. */
  selectFirst(): void;
  /** Selects the result at `index` (a card hovered or clicked); ignored outside the list. */
  select(index: number): void;
  /** The URL Enter opens: the code repository, else the project page, else the arXiv page. */
  primaryUrl(paper: Paper): string;
  /** The URL Shift+Enter opens: the arXiv abstract page, else an arXiv title search. */
  arxivUrl(paper: Paper): string;
  /**
   * Handles a key of the search box: ↓/↑ move the selection (wrapping),
   * Enter opens the selected paper's primary URL, Shift+Enter its arXiv URL,
   * Escape clears a non-empty query, else closes the popup.
   * @param key A `KeyboardEvent.key` value.
   */
  handleKey(key: string, modifiers?: { shift?: boolean }): KeyOutcome;
}

/**
 * Creates the popup's search model.
 * @param corpus The corpus, in the engine's order (listed for the empty query,
 *   which shows no abstract: the popup passes it without them).
 * @param engine An engine over `corpus`, or its promise: until it settles,
 *   the empty query lists the corpus and other queries find nothing
 *   (`index` says why).
 */
export function createSearchModel(
  corpus: readonly Paper[],
  engine: SearchEngine | PromiseLike<SearchEngine>,
  options: SearchModelOptions = {},
): SearchModel {
  const query = signal(options.query ?? '');
  const withCodeOnly = signal(options.withCodeOnly ?? false);
  const onPageIds = signal<readonly string[]>(options.onPageIds ?? []);
  const selectedIndex = signal(0);
  const pending = isPromiseLike(engine);
  /** Settles once the engine is in (never, if it failed to load). */
  let arrived: () => void = () => undefined;
  const engineIn = pending ? new Promise<void>((resolve) => (arrived = resolve)) : Promise.resolve();
  const loaded = signal<SearchEngine | undefined>(pending ? undefined : engine);
  const failed = signal(false);
  if (pending) {
    engine.then(
      (ready) => {
        loaded.value = ready;
        arrived();
      },
      () => {
        failed.value = true;
      },
    );
  }
  const index = computed((): IndexState => (loaded.value ? 'ready' : failed.value ? 'failed' : 'loading'));
  const browse = createBrowseEngine(corpus);
  const results = computed(() => {
    const options = { withCodeOnly: withCodeOnly.value, onPageIds: onPageIds.value };
    // The empty query lists the corpus without the index (the same list the engine gives),
    // so the index arriving does not re-render, and scroll, a list the user is looking at.
    if (!query.value.trim()) return browse.search('', options);
    return (loaded.value ?? browse).search(query.value, options);
  });
  const selected = computed(() => results.value[selectedIndex.value]);

  /** The user moved the selection since the results last changed under them. */
  let userChose = false;
  const selectFirst = (): void => {
    userChose = false;
    selectedIndex.value = 0;
  };

  const model: SearchModel = {
    total: corpus.length,
    index,
    query,
    withCodeOnly,
    onPageIds,
    results,
    selectedIndex,
    selected,
    setQuery(text) {
      if (text === query.value) return;
      batch(() => {
        query.value = text;
        selectFirst();
      });
    },
    toggleWithCode() {
      batch(() => {
        withCodeOnly.value = !withCodeOnly.value;
        selectFirst();
      });
    },
    setOnPageIds(ids) {
      // The ids arrive after the popup opened: keep a paper the user already
      // chose (arrows, pointer), so Enter opens what they see highlighted.
      const keep = userChose ? selected.peek()?.paper.id : undefined;
      batch(() => {
        onPageIds.value = ids;
        const index = keep === undefined ? -1 : results.value.findIndex((r) => r.paper.id === keep);
        selectedIndex.value = Math.max(index, 0);
      });
    },
    moveSelection(delta) {
      const count = results.value.length;
      if (!count) return;
      userChose = true;
      selectedIndex.value = (((selectedIndex.value + delta) % count) + count) % count;
    },
    selectFirst,
    select(index) {
      if (index < 0 || index >= results.value.length) return;
      userChose = true;
      selectedIndex.value = index;
    },
    primaryUrl,
    arxivUrl,
    handleKey(key, { shift = false } = {}) {
      switch (key) {
        case 'ArrowDown':
          model.moveSelection(1);
          return {};
        case 'ArrowUp':
          model.moveSelection(-1);
          return {};
        case 'Enter': {
          const open = () => {
            const paper = selected.peek()?.paper;
            return paper && (shift ? arxivUrl(paper) : primaryUrl(paper));
          };
          // Typed (or pasted) and confirmed before the index is in: open the first result
          // once it is, unless the query changed meanwhile.
          const typed = query.peek();
          if (typed.trim() && index.peek() === 'loading') {
            return { openLater: engineIn.then(() => (query.peek() === typed ? open() : undefined)) };
          }
          const url = open();
          return url ? { open: url } : {};
        }
        case 'Escape':
          if (query.value) {
            model.setQuery('');
            return { clear: true };
          }
          return { close: true };
        default:
          return undefined;
      }
    },
  };
  return model;
}

import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SearchModel } from '../lib/search-model';
import { Logo } from './Logo';
import { ResultItem } from './ResultItem';

/** What the popup does outside the model: open a tab, close itself. */
export interface PopupActions {
  openUrl(url: string): void;
  close(): void;
  /** Shows the arXiv and GitHub panels the user closed again. */
  restoreHidden(): void;
}

export interface SearchPanelProps {
  model: SearchModel;
  actions: PopupActions;
  /** Papers in the corpus with a code link, for the header. */
  withCodeCount: number;
  /** How many arXiv/GitHub panels the user has closed (offered back in the footer). */
  hiddenPanels: number;
}

const optionId = (index: number) => `ps-option-${index}`;

/**
 * Cards rendered at first; more as the list is scrolled (or the selection moves
 * past them). Rendering all 150 cards, with their highlights and snippets, would
 * cost the popup's first paint and every keystroke for cards nobody sees.
 */
export const CARDS_PER_PAGE = 12;

/** The popup: header, search box, "with code" filter, results (a listbox driven from the search box). */
export function SearchPanel({ model, actions, withCodeCount, hiddenPanels }: SearchPanelProps) {
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const results = model.results.value;
  const selectedIndex = model.selectedIndex.value;
  const query = model.query.value;
  const onPage = results.filter((r) => r.onPage).length;
  // Papers found on the current tab come first, in their own labelled group.
  const [pages, setPages] = useState(1);
  const shown = Math.min(results.length, Math.max(pages * CARDS_PER_PAGE, selectedIndex + 1));
  const indexed = results.slice(0, shown).map((result, index) => ({ result, index }));
  const groups = onPage
    ? [
        { id: 'ps-group-on-page', label: 'On this page', items: indexed.slice(0, onPage) },
        { id: 'ps-group-rest', label: query ? 'Other results' : 'All papers', items: indexed.slice(onPage) },
      ].filter((g) => g.items.length)
    : [{ id: 'ps-group-all', label: '', items: indexed }];

  // Focus within the first render, before the first paint: a researcher types the
  // moment the popup opens, and keys pressed before focus lands would be lost.
  useLayoutEffect(() => input.current?.focus(), []);
  // A new query or filter starts from the first page of cards again.
  useEffect(() => setPages(1), [query, model.withCodeOnly.value]);
  const sentinel = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const target = sentinel.current;
    if (!target) return undefined;
    // The next page renders while the sentinel is still a screen below the
    // fold, so scrolling at reading speed never reaches an unrendered end.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setPages((n) => n + 1);
      },
      { root: list.current, rootMargin: '0px 0px 100% 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [shown, results.length]);
  useEffect(() => {
    list.current?.querySelector(`#${optionId(selectedIndex)}`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedIndex, results]);

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys that confirm an IME composition belong to the input method, not to us;
    // a held Enter must not open a tab per repeat.
    if (event.isComposing || event.keyCode === 229 || (event.key === 'Enter' && event.repeat)) return;
    const outcome = model.handleKey(event.key, { shift: event.shiftKey });
    if (outcome === undefined) return;
    event.preventDefault();
    if ('open' in outcome && outcome.open) actions.openUrl(outcome.open);
    else if ('openLater' in outcome) void outcome.openLater.then((url) => url && actions.openUrl(url));
    else if ('close' in outcome) actions.close();
  };

  // A query typed before the index is in waits for it (a few tens of ms after the popup opens).
  const indexState = query.trim() ? model.index.value : 'ready';
  const count =
    indexState !== 'ready'
      ? ''
      : query
        ? `${results.length} ${results.length === 1 ? 'result' : 'results'}`
        : model.withCodeOnly.value
          ? `${results.length} papers with code`
          : `${model.total} papers · ${withCodeCount} with code`;

  return (
    // `data-index`: whether queries can be answered yet (the index loads after the first frame).
    <div class="ps-popup" data-index={model.index.value}>
      <header class="ps-popup-head">
        <Logo size={20} />
        <h1 class="ps-name">Paperscope</h1>
        <span class="ps-count" aria-live="polite">
          {count}
        </span>
      </header>
      <div class="ps-searchbar">
        <input
          ref={input}
          class="ps-input"
          type="search"
          placeholder="Search titles, abstracts, repositories…"
          aria-label="Search papers"
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls={results.length ? 'ps-results' : undefined}
          aria-autocomplete="list"
          aria-activedescendant={results.length ? optionId(selectedIndex) : undefined}
          autocomplete="off"
          spellcheck={false}
          value={query}
          onInput={(event) => model.setQuery(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <label class="ps-filter">
          <input
            type="checkbox"
            checked={model.withCodeOnly.value}
            onChange={() => {
              model.toggleWithCode();
              // Keep the keyboard in the search box: ↑/↓ and Enter keep working.
              input.current?.focus();
            }}
          />
          With code
        </label>
      </div>
      {indexState !== 'ready' ? (
        <div class="ps-empty" role="status">
          <p>
            {indexState === 'loading'
              ? 'Loading the search index…'
              : 'The search index could not be loaded. Close Paperscope and open it again.'}
          </p>
        </div>
      ) : results.length === 0 ? (
        <div class="ps-empty" role="status">
          <p>
            No paper matches <strong>“{query}”</strong>
            {model.withCodeOnly.value ? ' among papers with code' : ''}.
          </p>
          <p>Try a shorter query, fewer words{model.withCodeOnly.value ? ', or turn off “With code”' : ''}.</p>
        </div>
      ) : (
        <ul ref={list} id="ps-results" class="ps-results" role="listbox" aria-label="Papers">
          {groups.map((group) => (
            <li key={group.id} role="group" aria-labelledby={group.label ? group.id : undefined} class="ps-group">
              {group.label && (
                <div id={group.id} role="presentation" class="ps-section">
                  {group.label}
                </div>
              )}
              <ul role="none" class="ps-group-items">
                {group.items.map(({ result, index }) => (
                  <ResultItem
                    key={result.paper.id}
                    id={optionId(index)}
                    result={result}
                    selected={index === selectedIndex}
                    onHover={() => model.select(index)}
                    onActivate={() => actions.openUrl(model.primaryUrl(result.paper))}
                    onOpenUrl={actions.openUrl}
                  />
                ))}
              </ul>
            </li>
          ))}
          {shown < results.length && <li ref={sentinel} role="presentation" class="ps-more-results" aria-hidden="true" />}
        </ul>
      )}
      <footer class="ps-footer">
        <span class="ps-hints" aria-hidden="true">
          <kbd>↑</kbd>
          <kbd>↓</kbd> select · <kbd>Enter</kbd> code · <kbd>Shift</kbd>+<kbd>Enter</kbd> arXiv · <kbd>Esc</kbd> clear
        </span>
        {hiddenPanels > 0 && (
          <button type="button" class="ps-restore" onClick={actions.restoreHidden}>
            Show {hiddenPanels} hidden {hiddenPanels === 1 ? 'panel' : 'panels'}
          </button>
        )}
      </footer>
    </div>
  );
}

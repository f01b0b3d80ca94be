/**
 * Mounts Paperscope UI into a host page: inside a shadow root (the page's CSS
 * cannot reach in, ours cannot leak out), with events isolated so the site's
 * keyboard shortcuts do not fire while our UI has focus, and with a marked host
 * element (`data-paperscope`, `data-paper-id`) so user styles and tests can find it.
 */
import { render, type ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { pageColorScheme } from '../pages/color-scheme';

/** Which kind of Paperscope UI a host element holds. */
export type UiKind = 'panel' | 'badge';

/** Where to put the UI, relative to an anchor element. */
export interface Placement {
  element: Element;
  append: 'after' | 'before' | 'first' | 'last';
}

/** What one showing of a UI displays, and where. */
export interface UiContent {
  /** The paper (or papers, space-separated) the UI is about. */
  paperId: string;
  placement: Placement;
  view: ComponentChild;
}

/**
 * One piece of UI that can be shown, moved and hidden again and again (the
 * GitHub panel across in-page navigations) while its shadow root, its style
 * sheet and its clean-up registration are created only once.
 */
export interface UiSlot {
  /** The host element (in the page while shown). */
  readonly host: HTMLElement;
  /** Shows `content`, replacing whatever the slot showed. */
  show(content: UiContent): void;
  /** Takes the UI out of the page. */
  hide(): void;
}

/** Host elements of our UI currently in the document. */
export function paperscopeHosts(kind: UiKind, root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[data-paperscope="${kind}"]`)];
}

function place(anchor: Element, host: Element, append: Placement['append']): void {
  if (append === 'after') anchor.after(host);
  else if (append === 'before') anchor.before(host);
  else if (append === 'first') anchor.prepend(host);
  else anchor.append(host);
}

/**
 * Creates a reusable UI slot.
 * @param css The UI's style sheet, bundled as text (no request to load it).
 */
export async function createUiSlot(ctx: ContentScriptContext, kind: UiKind, css: string): Promise<UiSlot> {
  let current: UiContent | undefined;
  // The page's colour scheme, followed live while the UI is shown: the system
  // scheme can change (GitHub's "auto"), and GitHub's own setting sits on <html>.
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
  const applyScheme = () => ui.uiContainer.setAttribute('data-ps-theme', pageColorScheme(document));
  const rootWatcher = new MutationObserver(applyScheme);
  const ui = await createShadowRootUi<void>(ctx, {
    name: `paperscope-${kind}`,
    position: 'inline',
    css,
    isolateEvents: true,
    anchor: () => current?.placement.element,
    append: (anchor, host) => place(anchor, host, current?.placement.append ?? 'last'),
    onMount(container) {
      if (!current) return;
      container.className = `ps-root ps-kind-${kind}`;
      applyScheme();
      systemDark.addEventListener('change', applyScheme);
      rootWatcher.observe(document.documentElement, { attributeFilter: ['data-color-mode', 'data-light-theme', 'data-dark-theme'] });
      render(current.view, container);
    },
    onRemove() {
      systemDark.removeEventListener('change', applyScheme);
      rootWatcher.disconnect();
      render(null, ui.uiContainer);
    },
  });
  ui.shadowHost.setAttribute('data-paperscope', kind);
  return {
    host: ui.shadowHost,
    show(content) {
      if (current) ui.remove();
      current = content;
      ui.shadowHost.setAttribute('data-paper-id', content.paperId);
      ui.mount();
    },
    hide() {
      if (current) ui.remove();
      current = undefined;
    },
  };
}

/** Mounts a one-off UI (a listing badge) and returns its slot. */
export async function mountUi(ctx: ContentScriptContext, kind: UiKind, css: string, content: UiContent): Promise<UiSlot> {
  const slot = await createUiSlot(ctx, kind, css);
  slot.show(content);
  return slot;
}

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
import type { UiKind } from './hosts';


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


function place(anchor: Element, host: Element, append: Placement['append']): void {
  if (append === 'after') anchor.after(host);
  else if (append === 'before') anchor.before(host);
  else if (append === 'first') anchor.prepend(host);
  else anchor.append(host);
}

/** Containers that show the page's colour scheme, kept up to date by one shared watcher. */
const themed = new Set<HTMLElement>();
let scheme: ReturnType<typeof pageColorScheme> | undefined;
let watching = false;

/**
 * Reads the page's scheme once for all our UI (a listing can carry a hundred
 * badges: one `getComputedStyle`, not one per badge), and again only when it
 * can have changed: the system scheme (GitHub's "auto") or GitHub's own setting on <html>.
 */
function followScheme(container: HTMLElement): void {
  themed.add(container);
  if (!watching) {
    watching = true;
    const refresh = () => {
      scheme = pageColorScheme(document);
      for (const el of themed) el.setAttribute('data-ps-theme', scheme);
    };
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', refresh);
    new MutationObserver(refresh).observe(document.documentElement, {
      attributeFilter: ['data-color-mode', 'data-light-theme', 'data-dark-theme'],
    });
  }
  scheme ??= pageColorScheme(document);
  container.setAttribute('data-ps-theme', scheme);
}

/**
 * Creates a reusable UI slot.
 * @param css The UI's style sheet, bundled as text (no request to load it).
 */
export async function createUiSlot(ctx: ContentScriptContext, kind: UiKind, css: string): Promise<UiSlot> {
  let current: UiContent | undefined;
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
      followScheme(container);
      render(current.view, container);
    },
    onRemove() {
      themed.delete(ui.uiContainer);
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

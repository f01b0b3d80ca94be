/**
 * Mounts Paperscope UI into a host page: inside a shadow root (the page's CSS
 * cannot reach in, ours cannot leak out), with events isolated so the site's
 * keyboard shortcuts do not fire while our UI has focus, and with a marked host
 * element (`data-paperscope`, `data-paper-id`) so user styles and tests can find it.
 */
import { render, type ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ColorScheme } from '../pages/color-scheme';

/** Which kind of Paperscope UI a host element holds. */
export type UiKind = 'panel' | 'badge';

/** Where to put the UI, relative to an anchor element. */
export interface Placement {
  element: Element;
  append: 'after' | 'before' | 'first' | 'last';
}

export interface MountOptions {
  kind: UiKind;
  /** The paper (or papers, space-separated) the UI is about. */
  paperId: string;
  placement: Placement;
  scheme: ColorScheme;
  view: ComponentChild;
}

/** Host elements of our UI currently in the document. */
export function paperscopeHosts(kind: UiKind, root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[data-paperscope="${kind}"]`)];
}

/**
 * Mounts one piece of UI and returns it (call `remove()` to take it away).
 * The shadow root's `all: initial` reset comes from WXT; sizes are px.
 */
export async function mountUi(ctx: ContentScriptContext, options: MountOptions): Promise<ShadowRootContentScriptUi<void>> {
  const ui = await createShadowRootUi<void>(ctx, {
    name: `paperscope-${options.kind}`,
    position: 'inline',
    anchor: options.placement.element,
    append: options.placement.append,
    isolateEvents: true,
    onMount(container) {
      container.classList.add('ps-root', `ps-kind-${options.kind}`);
      container.setAttribute('data-ps-theme', options.scheme);
      render(options.view, container);
    },
    onRemove() {
      render(null, ui.uiContainer);
    },
  });
  ui.shadowHost.setAttribute('data-paperscope', options.kind);
  ui.shadowHost.setAttribute('data-paper-id', options.paperId);
  // Inline hosts: a badge must sit in the line, a panel spans the column.
  ui.shadowHost.style.display = options.kind === 'badge' ? 'inline' : 'block';
  ui.mount();
  return ui;
}

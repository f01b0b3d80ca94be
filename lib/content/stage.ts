/**
 * Two-stage content scripts: the script the manifest injects on every page of a
 * site stays small (it only decides whether the page shows a corpus paper), and
 * asks the background to inject the UI stage into this frame the first time it
 * has something to show. Both stages run in the extension's isolated world of
 * the frame, so the UI stage hands over a factory through that world's global.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { UiStage } from '../messages';

/** Where a UI stage leaves its factory (the isolated world's global, invisible to the page). */
const factoryKey = (stage: UiStage) => `__paperscope_${stage.replace(/-/g, '_')}`;

/** Called by a UI stage when it is injected: registers its factory. */
export function registerStage<T>(stage: UiStage, factory: (ctx: ContentScriptContext) => T): void {
  (globalThis as Record<string, unknown>)[factoryKey(stage)] = factory;
}

/**
 * Loads a UI stage (once per frame) and creates it for `ctx`.
 * @returns The stage, or undefined when it could not be injected (extension reloaded, frame gone).
 */
export async function loadStage<T>(ctx: ContentScriptContext, stage: UiStage): Promise<T | undefined> {
  const global = globalThis as Record<string, unknown>;
  try {
    if (!global[factoryKey(stage)]) await browser.runtime.sendMessage({ type: 'load-ui', stage });
  } catch {
    return undefined;
  }
  const factory = global[factoryKey(stage)] as ((ctx: ContentScriptContext) => T) | undefined;
  return factory?.(ctx);
}

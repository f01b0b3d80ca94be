import type { ComponentChildren } from 'preact';
import { Logo } from './Logo';

/**
 * The frame every injected panel shares: a card headed "Paperscope" with the
 * icon, so nobody mistakes it for the host site's own content, and a close button.
 */
export interface PanelShellProps {
  /** Short line after the name, e.g. "in your corpus". */
  subtitle: string;
  onClose?: () => void;
  /** What the close button hides, for its label ("Hide for this paper"). */
  closeLabel?: string;
  children: ComponentChildren;
}

export function PanelShell({ subtitle, onClose, closeLabel = 'Hide', children }: PanelShellProps) {
  return (
    <section class="ps-panel" aria-label={`Paperscope: ${subtitle}`}>
      <header class="ps-panel-head">
        <Logo />
        <span class="ps-brand">Paperscope</span>
        <span class="ps-sub">{subtitle}</span>
        {onClose && (
          <button type="button" class="ps-close" onClick={onClose} title={closeLabel} aria-label={closeLabel}>
            ×
          </button>
        )}
      </header>
      {children}
    </section>
  );
}

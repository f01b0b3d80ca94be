import { useId, useState } from 'preact/hooks';

/**
 * A paper's abstract, optionally collapsed to a few lines with a "more"
 * toggle (used when the page already shows the same text).
 */
export interface AbstractProps {
  text: string;
  collapsed: boolean;
}

export function Abstract({ text, collapsed }: AbstractProps) {
  const [open, setOpen] = useState(!collapsed);
  const id = useId();
  return (
    <div class="ps-abstract-wrap">
      <p id={id} class={open ? 'ps-abstract' : 'ps-abstract ps-clamped'}>
        {text}
      </p>
      {collapsed && (
        <button
          type="button"
          class="ps-more"
          aria-expanded={open}
          aria-controls={id}
          aria-label={open ? 'Show less of the abstract' : 'Show the full abstract'}
          onClick={() => setOpen(!open)}
        >
          {open ? 'less' : 'more'}
        </button>
      )}
    </div>
  );
}

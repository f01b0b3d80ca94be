/**
 * Renders the simple TeX that appears in paper titles to Unicode text, e.g.
 * `PanGu-$α$` → `PanGu-α`, `M$^{2}$UGen` → `M²UGen`, `{Your, My}` → `Your, My`.
 * It is deliberately small: titles use a handful of constructs, and anything
 * it does not know is kept as plain text rather than dropped.
 */

const GREEK: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ',
  eta: 'η', theta: 'θ', vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν',
  xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', upsilon: 'υ', phi: 'φ', varphi: 'φ',
  chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ',
  Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
};

const SYMBOLS: Record<string, string> = {
  times: '×', cdot: '·', infty: '∞', pm: '±', leq: '≤', geq: '≥', to: '→', rightarrow: '→',
  approx: '≈', sim: '∼', star: '⋆', ast: '∗', circ: '∘', '&': '&', '%': '%', '_': '_', '#': '#',
};

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸',
  '9': '⁹', '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ', '*': '*',
};

const SUBSCRIPT: Record<string, string> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈',
  '9': '₉', '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎',
};

/** Maps each character through `table`; if any has no mapping, falls back to `^(x)`-style text. */
function script(text: string, table: Record<string, string>, marker: string): string {
  const chars = [...text];
  if (chars.every((c) => c in table)) return chars.map((c) => table[c]).join('');
  return chars.length === 1 ? `${marker}${text}` : `${marker}(${text})`;
}

/** Font and text commands only style their argument: the argument is kept, the name dropped. */
const STYLE_COMMANDS = new Set(['mathrm', 'mathbf', 'mathit', 'mathcal', 'mathsf', 'mathtt', 'text', 'textbf', 'textit', 'textrm', 'emph', 'operatorname', 'boldsymbol']);

/** Expands `\command` names (Greek letters, a few symbols); unknown commands keep their name. */
function commands(text: string): string {
  return text.replace(/\\([A-Za-z]+|[&%_#])\s?/g, (_, name: string) =>
    STYLE_COMMANDS.has(name) ? '' : (GREEK[name] ?? SYMBOLS[name] ?? name),
  );
}

/** Renders the inside of one `$…$` span. */
function renderMath(math: string): string {
  let out = commands(math);
  out = out.replace(/\^\{([^{}]*)\}|\^(.)/g, (_, group?: string, single?: string) =>
    script(group ?? single ?? '', SUPERSCRIPT, '^'),
  );
  out = out.replace(/_\{([^{}]*)\}|_(.)/g, (_, group?: string, single?: string) =>
    script(group ?? single ?? '', SUBSCRIPT, '_'),
  );
  // \mathrm{X}, \text{X} and bare braces only group: keep their content.
  return out.replace(/[{}]/g, '');
}

/**
 * Renders simple TeX in a title to Unicode.
 * @param title The title as the seed writes it.
 * @returns Readable text; whitespace collapsed.
 */
export function texToUnicode(title: string): string {
  const parts = title.split(/(\$[^$]*\$)/g);
  const rendered = parts
    .map((part) =>
      part.startsWith('$') && part.endsWith('$') && part.length >= 2
        ? renderMath(part.slice(1, -1))
        : commands(part).replace(/[{}]/g, '').replace(/~/g, ' '),
    )
    .join('');
  return rendered.replace(/\s+/g, ' ').trim();
}

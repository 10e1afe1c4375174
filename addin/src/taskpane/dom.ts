/** A tiny element builder: the pane is a handful of static controls, not worth a framework. */
type Attrs = Readonly<Record<string, string | boolean | undefined>>;
export type Child = Node | string | null | undefined | false;

/**
 * A new element with attributes (true → present, false/undefined → absent) and children (text is
 * always inserted as text, never parsed as HTML).
 * @example h('button', { type: 'button', class: 'btn' }, '検証')
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: readonly Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** Replaces every child of `el`. */
export function fill(el: Element, ...children: readonly Child[]): void {
  el.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

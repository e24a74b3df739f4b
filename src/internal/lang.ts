import { isServer } from 'lit';

/**
 * The nearest `lang` from the element up, crossing shadow roots; '' when none.
 * On the server there is no tree to walk: only the element's own `lang` counts.
 */
export function langOf(element: Element): string {
  if (isServer) return element.getAttribute('lang') ?? '';
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return navigator.language;
}

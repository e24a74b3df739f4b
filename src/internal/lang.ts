import { isServer } from 'lit';

/**
 * The nearest `lang` from the element up, crossing shadow roots; '' when none.
 * On the server there is no tree to walk: only the element's own `lang` counts.
 */
export function langOf(element: Element): string {
  if (isServer) return element.getAttribute('lang') ?? '';
  const lang = element.closest('[lang]')?.getAttribute('lang');
  if (lang != null) return lang;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? langOf(root.host) : navigator.language;
}

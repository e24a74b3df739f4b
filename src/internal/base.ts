import { LitElement } from 'lit';

/** Dispatches a `CustomEvent` that bubbles and crosses shadow boundaries. */
export const emit = <T>(target: EventTarget, type: string, detail: T): boolean =>
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: true }));

/** What the three elements share (their events go through `emit`). */
export class BriefElement extends LitElement {}

/**
 * Registers `tag` unless a definition already exists (a second copy of the
 * package, a module imported twice, or another library that owns the name):
 * never throws, and does nothing where there is no DOM (server-side imports).
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  try {
    customElements.define(tag, element);
  } catch {
    // The constructor is already registered under another tag: the host
    // must subclass it to use a second name (see README).
  }
}

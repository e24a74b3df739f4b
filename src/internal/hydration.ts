/**
 * What `<intel-brief>` does with HTML the server rendered into its shadow
 * root, whatever the page loaded: `hydrateServerHtml()` adopts it where Lit's
 * hydration support patched the element's Lit (`intel-brief/hydrate.js`, or
 * Lit's own `@lit-labs/ssr-client/lit-element-hydrate-support.js`), replaces
 * it where nothing did, and never renders beside it.
 */
import { ReactiveElement, type LitElement, type PropertyValues } from 'lit';
import type { BriefState } from './brief-loader.js';
import type { Brief } from '../brief/schema.js';
import { hasDateTimes } from '../view/brief.js';

/**
 * Runs an update of an element whose shadow root holds the server's HTML:
 * `render(rawDates)` is the element's own update (`rawDates`: date-times as the
 * server wrote them). Returns whether the element still waits to hydrate (it
 * has no data yet).
 */
type Hydrate = (
  element: ReactiveElement,
  changed: PropertyValues,
  shown: { readonly state: BriefState; readonly brief?: Brief | undefined },
  render: (rawDates: boolean) => void,
) => boolean;

/** What a shadow root holds of the server's HTML: its nodes but the `<style>`s (which Lit may have added). */
const serverNodes = (root: ParentNode) => [...root.childNodes].filter((node) => node.nodeName !== 'STYLE');

/** Whether a render root holds HTML from the server. */
export const hasServerHtml = (root: ParentNode) => serverNodes(root).length > 0;

/** Takes the server's HTML out of a shadow root, its `<style>`s kept. */
function removeServerHtml(root: ParentNode) {
  for (const node of serverNodes(root)) node.remove();
}

type LitClass = typeof LitElement;

/** Whether Lit's hydration support has patched this `LitElement` (it gives it an `observedAttributes` of its own). */
export const patched = (lit: LitClass) => Object.hasOwn(lit, 'observedAttributes');

/** The `LitElement` an element's class extends (the page's Lit, or another copy of it). */
function litElementOf(element: ReactiveElement): LitClass | undefined {
  for (let c = element.constructor; c && c !== HTMLElement; c = Object.getPrototypeOf(c) as typeof c)
    if (Object.hasOwn(c, '_$litElement$')) return c as LitClass;
  return undefined;
}

/** Lit's update short of rendering: it reflects attributes and completes the update, and leaves the DOM as it is. */
const { update: updateWithoutRendering } = ReactiveElement.prototype as unknown as {
  update: (this: ReactiveElement, changed: PropertyValues) => void;
};

/**
 * The first updates of an element the server rendered: exactly one brief ends
 * on the page, however its scripts loaded.
 * - The browser has no data for it (the server withheld the brief, found it
 *   invalid, or wrote no inline JSON): the server's HTML stays as it is, and
 *   the element waits.
 * - The element's Lit is patched by Lit's hydration support: it adopts the
 *   server's nodes, rendering the dates as the server wrote them (in UTC),
 *   then in the reader's time zone.
 * - Nothing patched it (no support, Lit loaded twice), or the server's HTML
 *   is not what the browser renders (another `brief`): the server's HTML is
 *   replaced.
 */
export const hydrateServerHtml: Hydrate = (element, changed, { state, brief }, render) => {
  if (state === 'empty') {
    updateWithoutRendering.call(element, changed);
    return true;
  }
  const lit = litElementOf(element);
  if (lit && patched(lit)) {
    // Lit marks an element to hydrate when it makes its render root (when it connects): one
    // that connected before the support was applied (its module ran first) is marked here.
    (lit.prototype as unknown as { createRenderRoot(this: ReactiveElement): void }).createRenderRoot.call(element);
    try {
      render(true);
      // Hydrated with the server's date-times (in UTC): now in the reader's time zone.
      if (state === 'ready' && hasDateTimes(brief!)) element.requestUpdate();
      return false;
    } catch {
      // Lit stopped hydrating at the first node that differs: what it left is replaced.
    }
  }
  removeServerHtml(element.renderRoot);
  render(false);
  return false;
};

/**
 * The seam between `<intel-brief>` and its hydration support
 * (`intel-brief/hydrate.js`, src/ssr/hydrate.ts), which only server-rendered
 * pages load: the support registers itself under a global symbol, and the
 * element looks for it there. A global, not a patch of one copy's class: a
 * page may hold two copies of the package, and either copy's support serves both.
 */
import type { PropertyValues, ReactiveElement } from 'lit';
import type { BriefState } from './brief-loader.js';
import type { Brief } from '../brief/schema.js';

export const HYDRATION = Symbol.for('intel-brief.hydration');

/**
 * Runs an update of an element whose shadow root holds the server's HTML:
 * `render(rawDates)` is the element's own update (`rawDates`: date-times as the
 * server wrote them). Returns whether the element still waits to hydrate (it
 * has no data yet).
 */
export type Hydrate = (
  element: ReactiveElement,
  changed: PropertyValues,
  shown: { readonly state: BriefState; readonly brief?: Brief | undefined },
  render: (rawDates: boolean) => void,
) => boolean;

/** The hydration support loaded on the page, if any. */
export const hydrationSupport = () => (globalThis as { [HYDRATION]?: Hydrate })[HYDRATION];

/** Takes the server's HTML out of a shadow root, its `<style>`s kept. */
export function removeServerHtml(root: ParentNode) {
  for (const node of [...root.childNodes]) if (node.nodeName !== 'STYLE') node.remove();
}

/**
 * Hydration support for server-rendered elements: import it before anything
 * that loads Lit or the elements, so that they adopt the HTML the server
 * rendered instead of rendering it again.
 *
 *     import 'intel-brief/hydrate.js';
 *     import 'intel-brief';
 *
 * It is Lit's own (`@lit-labs/ssr-client`), and what `<intel-brief>` does
 * while it hydrates (registered under a global symbol: src/internal/hydration.ts),
 * kept out of the default entry points and bundle: pages that render in the
 * browser alone do not need it.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { ReactiveElement, type PropertyValues } from 'lit';
import { HYDRATION, removeServerHtml, type Hydrate } from '../internal/hydration.js';
import { hasDateTimes } from '../view/brief.js';

/** Lit's update short of rendering: it reflects attributes and completes the update, and leaves the DOM as it is. */
const { update: updateWithoutRendering } = ReactiveElement.prototype as unknown as {
  update: (this: ReactiveElement, changed: PropertyValues) => void;
};

const hydrate: Hydrate = (element, changed, { state, brief }, render) => {
  // Server HTML the browser has no data for (the server withheld the brief, or found it
  // invalid, and wrote no inline JSON) stays as it is.
  if (state === 'empty') {
    updateWithoutRendering.call(element, changed);
    return true;
  }
  try {
    render(true);
  } catch {
    // Server HTML that does not match what the browser renders (the page set another
    // `brief` than the server's) is replaced, not hydrated.
    removeServerHtml(element.renderRoot);
    render(false);
    return false;
  }
  // Hydrated with the server's date-times (in UTC): now in the reader's time zone.
  if (state === 'ready' && hasDateTimes(brief!)) element.requestUpdate();
  return false;
};

(globalThis as { [HYDRATION]?: Hydrate })[HYDRATION] = hydrate;

/**
 * What `<intel-brief>` needs to hydrate server-rendered HTML, added to its
 * class by the hydration entry (`intel-brief/hydrate.js`, the SSR bundle) so
 * that the default bundle does not carry it. It hydrates when there is HTML
 * to hydrate, and never throws out of the element: HTML that does not match
 * what the browser renders (the page set another `brief` than the server's)
 * is replaced, not hydrated; HTML the browser has no data for (the server
 * withheld the brief, or found it invalid, and wrote no inline JSON) stays as
 * it is. Date-times first keep the server's text (UTC, so that hydration
 * matches), then show in the reader's time zone.
 */
import { ReactiveElement, type PropertyValues } from 'lit';
import { IntelBrief } from '../intel-brief.js';

/** The element's private state this module works with (the same names, mangled alike in the bundles). */
type Hook = (this: Internals, changed: PropertyValues) => void;
interface Internals extends HTMLElement {
  readonly hasUpdated: boolean;
  renderRoot: HTMLElement | DocumentFragment;
  requestUpdate(): void;
  willUpdate: Hook;
  update: Hook;
  updated: Hook;
  _loader: { state: string };
  _hydrating?: boolean;
  _committed: boolean;
  _view?: { raw?: boolean };
}

const proto = IntelBrief.prototype as unknown as Internals;
const { willUpdate, update, updated } = proto;

proto.willUpdate = function (changed) {
  willUpdate.call(this, changed);
  // A declarative shadow root from the server, kept by Lit's hydration support.
  if (!this.hasUpdated) this._hydrating = !!this.renderRoot.firstChild;
};

proto.update = function (changed) {
  if (this._hydrating && this._loader.state === 'empty') return ReactiveElement.prototype['update'].call(this, changed);
  try {
    update.call(this, changed);
  } catch (error) {
    if (!this._hydrating) throw error;
    this._hydrating = this._committed = false;
    for (const node of [...this.renderRoot.childNodes]) if (node.nodeName !== 'STYLE') node.remove();
    update.call(this, changed);
  }
};

proto.updated = function (changed) {
  if (this._hydrating && this._loader.state !== 'empty') {
    this._hydrating = false;
    // Hydrated, keeping the server's date-times (in UTC): now in the reader's time zone.
    if (this._view?.raw) {
      this._committed = false;
      this.requestUpdate();
    }
  }
  updated.call(this, changed);
};

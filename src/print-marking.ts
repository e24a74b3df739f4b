/**
 * `intel-brief/print-marking.js`: prints the most restrictive TLP marking among
 * the briefs on the page at the top and the bottom of every printed page, as
 * TLP 2.0 asks of a marked document. Without it, each brief prints its own
 * marking at its start and its end, and the pages between carry none. For pages
 * that show marked briefs (a `tlp-max` above `clear`) and may be printed:
 * `import 'intel-brief/print-marking.js'`, or, beside the single-file bundle,
 * `<script type="module" src="…/dist/print-marking.js">` (one file with no
 * import, like the locale modules; before or after the bundle).
 *
 * It needs nothing of the elements but what any script of the page sees: a
 * shown brief's `tlp` attribute, and the `brief-load` and `brief-error` events,
 * which bubble out of shadow roots to the document. It keeps the briefs it has
 * met (weakly: a brief the page dropped is forgotten) and one document-level
 * stylesheet holding the `@page` rule for the highest marking among those on
 * the page, brought up to date after their events and before the page prints.
 * One copy works per page, however many are loaded.
 * A component cannot set `@page` from inside its shadow root: the sheet is a
 * constructable stylesheet adopted by the document (which a strict `style-src`
 * CSP allows, unlike a `<style>` element), after the page's own sheets.
 * Nothing happens on the server, or where there are no constructable sheets.
 * What it cannot see: a brief inside a closed shadow root (its events reach the
 * document from its host), or one shown before this module ran inside another
 * component's shadow root (it is met at its next event). A page rendered by
 * `renderBriefPage()` carries its brief's rule already, with JavaScript off too.
 */
import { TLP_LEVELS, type TlpLevel } from './brief/tlp.js';
import { pageMarkingRule } from './internal/page-marking-rule.js';

/** The briefs met: by their events, or in the document. */
const met = new WeakSet<Element>();
const briefs = new Set<WeakRef<Element>>();
let sheet: CSSStyleSheet | undefined;
/** The rank in TLP_LEVELS of the marking the sheet prints; -1 for none. */
let printed = -1;
let pending = false;

function meet(brief: Element) {
  if (met.has(brief)) return;
  met.add(brief);
  briefs.add(new WeakRef(brief));
}

/** The highest marking among the briefs met that are on the page now. */
function highest() {
  // Those of the document itself are met here too: shown before this module ran (it came after
  // the bundle), or while they were out of the page, where their events reach no document.
  document.querySelectorAll('[state][tlp]').forEach(meet);
  let top = -1;
  for (const ref of briefs) {
    const brief = ref.deref();
    if (!brief) briefs.delete(ref);
    else if (brief.isConnected) top = Math.max(top, TLP_LEVELS.indexOf(brief.getAttribute('tlp') as TlpLevel));
  }
  return top;
}

/** Brings the page's sheet in step; the page's own adopted sheets stay, in their order. */
function update() {
  pending = false;
  const top = highest();
  const others = document.adoptedStyleSheets.filter((s) => s !== sheet);
  // Unchanged, unless the page set its adopted sheets anew and dropped ours.
  if (top === printed && (top < 0 || others.length < document.adoptedStyleSheets.length)) return;
  printed = top;
  if (top < 0) {
    document.adoptedStyleSheets = others;
    return;
  }
  (sheet ??= new CSSStyleSheet()).replaceSync(pageMarkingRule(TLP_LEVELS[top]));
  document.adoptedStyleSheets = [...others, sheet];
}

/** A brief loaded or failed: once per batch (a list of cards loads together), the sheet follows. */
function heard(event: Event) {
  const brief = event.composedPath()[0];
  if (brief instanceof Element) meet(brief);
  if (pending) return;
  pending = true;
  queueMicrotask(update);
}

/** A browser's page: not Node, nor a server's DOM shim (a `document`, but no queries and no printing). */
const inBrowser = typeof globalThis.document?.querySelectorAll === 'function' && 'onbeforeprint' in globalThis;
/** Another copy of this module on the page (an app's import and a CDN's file) leaves the work to the first. */
const FIRST = Symbol.for('intel-brief.print-marking');

if (inBrowser && document.adoptedStyleSheets && typeof WeakRef === 'function' && !(FIRST in globalThis)) {
  Object.defineProperty(globalThis, FIRST, { value: true });
  document.addEventListener('brief-load', heard);
  document.addEventListener('brief-error', heard);
  // A brief removed since its last event is on the page no more: counted out before printing.
  addEventListener('beforeprint', update);
  update();
}

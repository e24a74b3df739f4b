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
 * A component cannot set `@page` from inside its shadow root: the sheet is a
 * constructable stylesheet adopted by the document (which a strict `style-src`
 * CSP allows, unlike a `<style>` element), after the page's own sheets.
 * Nothing happens on the server, or where there are no constructable sheets.
 * What it cannot see: a brief inside a closed shadow root (its events reach the
 * document from its host), or one shown before this module ran inside another
 * component's shadow root (it is met at its next event).
 */
import { TLP_LEVELS, type TlpLevel } from './brief/tlp.js';
import { pageMarkingRule } from './internal/print-marking.js';

/** The briefs met: by event, or on the page when this module ran. */
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
  if (top === printed) return;
  printed = top;
  const others = document.adoptedStyleSheets.filter((s) => s !== sheet);
  if (top < 0) {
    document.adoptedStyleSheets = others;
    return;
  }
  (sheet ??= new CSSStyleSheet()).replaceSync(pageMarkingRule(TLP_LEVELS[top]));
  document.adoptedStyleSheets = [...others, sheet];
}

/** A brief loaded or failed: once per batch (a list of cards loads together), the sheet follows. */
function heard(event: Event) {
  meet(event.composedPath()[0] as Element);
  if (pending) return;
  pending = true;
  queueMicrotask(update);
}

if (typeof document !== 'undefined' && document.adoptedStyleSheets && typeof WeakRef === 'function') {
  document.addEventListener('brief-load', heard);
  document.addEventListener('brief-error', heard);
  // A brief removed since its last event is on the page no more: counted out before printing.
  addEventListener('beforeprint', update);
  // Briefs shown before this module ran (it came after the bundle): those in the document itself.
  document.querySelectorAll('[state][tlp]').forEach(meet);
  update();
}

/**
 * The TLP marking printed at the top and the bottom of every page: the most
 * restrictive marking among the briefs on the page (TLP 2.0 asks for the
 * marking in the header and footer of every page, at 12 pt or more).
 *
 * A component cannot set `@page` from inside its shadow root, so this is a
 * page-level registry: each `<intel-brief>` reports the marking it shows
 * (`markPage`) when it connects, after each update (an unchanged marking costs
 * one comparison), and (as none) when it disconnects. The registry keeps one document-level stylesheet holding the
 * `@page` margin boxes for the highest marking reported, rewritten only when
 * that highest marking changes, and taken off the document when no brief on
 * the page is marked. The sheet is a constructable stylesheet adopted by the
 * document (which a strict `style-src` CSP allows, unlike a `<style>`
 * element), appended to the page's own sheets. Nothing here touches the DOM at import, or on the server.
 */
import { isServer } from 'lit';
import { TLP_LEVELS } from '../brief/schema.js';

/** The standard's colours, in TLP_LEVELS' order: CLEAR is white on black. */
const COLORS = ['#fff', '#3f0', '#ffc000', '#ffc000', '#ff2b2b'];

/** The page's margins when a marked page prints: deep enough that the marking in them never reaches the text. */
export const PAGE_MARGINS = '20mm 15mm';

/** The marking each registered element shows, as its rank in TLP_LEVELS. */
const shown = new Map<object, number>();
let sheet: CSSStyleSheet | undefined;
let printed = -1;

/**
 * The `@page` rule that prints `level` (a TLP level) in its colour on black,
 * 12 pt, centred in the top and bottom margins of every page, which are deep
 * enough that it never reaches the text. The PDF renderer puts the same rule
 * in the page it prints. Browsers leave out backgrounds when printing (unless
 * asked), and a margin box cannot opt out, so the black is a border around a
 * thick underline under the letters.
 */
export function pageMarkingRule(level: (typeof TLP_LEVELS)[number]) {
  const box = `{content:"TLP:${level}";margin:5mm auto;width:min-content;border:1mm solid #000;color:${COLORS[TLP_LEVELS.indexOf(level)]};font:700 12pt/1 monospace;text-decoration:underline 2.2em #000;text-underline-offset:-1.5em;text-decoration-skip-ink:none}`;
  return `@page{margin:${PAGE_MARGINS};@top-center${box}@bottom-center${box}}`;
}

/** Records the marking (a TLP level, or none) `element` shows, and brings the page's rule in step. */
export function markPage(element: object, level: string | undefined) {
  // Browsers without constructable stylesheets print each brief's own marking only.
  if (isServer || !document.adoptedStyleSheets) return;
  const rank = TLP_LEVELS.indexOf(level as never);
  if (rank === (shown.get(element) ?? -1)) return;
  if (rank < 0) shown.delete(element);
  else shown.set(element, rank);
  const top = Math.max(-1, ...shown.values());
  if (top === printed) return;
  printed = top;
  // The page's own adopted sheets stay, in their order; ours goes last, or away.
  const others = document.adoptedStyleSheets.filter((s) => s !== sheet);
  if (top < 0) {
    document.adoptedStyleSheets = others;
    return;
  }
  (sheet ??= new CSSStyleSheet()).replaceSync(pageMarkingRule(TLP_LEVELS[top]));
  document.adoptedStyleSheets = [...others, sheet];
}

/**
 * The `@page` rule that prints a TLP marking at the top and the bottom of every
 * page (TLP 2.0 asks for the marking in the header and footer of every page,
 * at 12 pt or more). `renderBriefPage()` writes it into a marked brief's page
 * (and so the PDF); `intel-brief/print-marking.js` adopts it on a page of briefs.
 */
import { TLP_LEVELS, type TlpLevel } from '../brief/tlp.js';

/** The standard's colours, in TLP_LEVELS' order: CLEAR is white on black. */
const COLORS = ['#fff', '#3f0', '#ffc000', '#ffc000', '#ff2b2b'];

/** The page's margins when a marked page prints: deep enough that the marking in them never reaches the text. */
export const PAGE_MARGINS = '20mm 15mm';

/**
 * The `@page` rule that prints `level` in its colour on black, 12 pt, centred
 * in the top and bottom margins of every page. Browsers leave out backgrounds
 * when printing (unless asked), and a margin box cannot opt out, so the black
 * is a border around a thick underline under the letters.
 */
export function pageMarkingRule(level: TlpLevel) {
  const box = `{content:"TLP:${level}";margin:5mm auto;width:min-content;border:1mm solid #000;color:${COLORS[TLP_LEVELS.indexOf(level)]};font:700 12pt/1 monospace;text-decoration:underline 2.2em #000;text-underline-offset:-1.5em;text-decoration-skip-ink:none}`;
  return `@page{margin:${PAGE_MARGINS};@top-center${box}@bottom-center${box}}`;
}

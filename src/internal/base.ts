import type { PdfDownloadDetail } from '../download-pdf.js';
import type { BriefErrorDetail, BriefLoadDetail } from './brief-loader.js';

/** The events the elements fire, by type: what `emit` may dispatch, and with which detail. */
export interface BriefEventMap {
  'brief-load': CustomEvent<BriefLoadDetail>;
  'brief-error': CustomEvent<BriefErrorDetail>;
  'pdf-download': CustomEvent<PdfDownloadDetail>;
}

/** One of the elements' events: its type, then its detail. */
export type BriefEvent = {
  [K in keyof BriefEventMap]: [type: K, detail: BriefEventMap[K]['detail']];
}[keyof BriefEventMap];

/**
 * Dispatches one of the elements' events from `target`: it bubbles and crosses
 * shadow boundaries. None is cancelable: nothing reads what a listener decided.
 */
export function emit(target: EventTarget, ...[type, detail]: BriefEvent) {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Tags already warned about: a page hears of each conflict once. */
const warned = new Set<string>();

/**
 * Registers `tag` for `element` unless it is taken: never throws, and does
 * nothing where there is no DOM (server-side imports). The same class again (a
 * module imported twice) is quietly left as it is. Another class under the tag
 * (a second copy of the package, another library) keeps it, and a class the
 * registry refuses (already registered under another tag: the host subclasses
 * it for a second name) is not registered; each with one warning.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const current = customElements.get(tag);
  if (current === element) return;
  let problem = 'another class has it (a second copy of intel-brief, or another library)';
  if (!current) {
    try {
      return customElements.define(tag, element);
    } catch (error) {
      problem = String((error as Error)?.message ?? error);
    }
  }
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(`intel-brief: <${tag}> not defined: ${problem}`);
}

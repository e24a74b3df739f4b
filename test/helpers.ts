import type { IntelBrief } from '../src/intel-brief.js';

/** A sample brief from the repo's briefs/ folder (served by the test server). */
export async function sample(name: string): Promise<any> {
  const response = await fetch(`/briefs/${name}.json`);
  return response.json();
}

/** The text a reader sees in an element's shadow root, whitespace folded. */
export function textOf(el: Element): string {
  return (el.shadowRoot?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Resolves with the next `brief-load` or `brief-error` of the element. */
export function settled(el: IntelBrief): Promise<CustomEvent> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      el.removeEventListener('brief-load', done);
      el.removeEventListener('brief-error', done);
      resolve(event as CustomEvent);
    };
    el.addEventListener('brief-load', done);
    el.addEventListener('brief-error', done);
  });
}

/** The only schemes a rendered link may have. */
/**
 * An `<intel-brief>` with these attributes, given `brief` as its property (any
 * value: the element validates it), appended to the page once it has settled.
 */
export async function show(brief: unknown, attrs: Record<string, string> = {}): Promise<IntelBrief> {
  const el = document.createElement('intel-brief') as IntelBrief;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.brief = brief as IntelBrief['brief'];
  const done = settled(el);
  document.body.append(el);
  await done;
  await el.updateComplete;
  return el;
}

export const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * Clicks every link in the element's shadow root for real. The default action
 * is cancelled only for a link the browser itself resolves to http(s) or
 * mailto, so the test page stays put; any other link (`javascript:`) is
 * followed, and would run.
 */
export function clickEvery(el: Element): number {
  const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')];
  for (const a of links) {
    a.addEventListener('click', (e) => LINK_SCHEMES.has(new URL(a.href).protocol) && e.preventDefault(), { once: true });
    a.click();
  }
  return links.length;
}

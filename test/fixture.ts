/**
 * Element tests run twice, as a page gets the elements: rendered in the
 * browser, and rendered on the server (Lit SSR, in the test runner's Node
 * process) then hydrated in the browser. `both('…', async (fixture) => …)`
 * makes one `it` per mode from one body, named after the mode, so a failure
 * says which.
 *
 * The template's values go to the server as JSON: give briefs and attributes
 * as plain data, not functions or nested templates. Hydration support
 * (src/ssr/hydrate.ts) is loaded before the test file by the test runner's
 * page (web-test-runner.config.mjs), as a server-rendered page loads it
 * before the elements.
 */
import { cleanupFixtures, csrFixture, ssrHydratedFixture } from '@lit-labs/testing/fixtures.js';
import type { TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { IntelBrief } from '../src/index.js';

export type Fixture = <T extends Element = HTMLElement>(template: TemplateResult) => Promise<T>;

/**
 * What the server imports to render the elements: the package's server entry,
 * compiled by `npm run build` into build/src: Node runs JavaScript, and these
 * templates are the browser's, character for character (dist's are minified).
 */
const SERVER_MODULES = ['/build/src/ssr/server.js'];

/**
 * The template inside a `<div>` of its own: the fixture then hydrates the
 * template itself, which sets its property bindings (`.brief=${…}`) on the
 * element in the browser as well, before the element hydrates.
 */
const wrappers = new WeakMap<TemplateStringsArray, TemplateStringsArray>();
function wrapped(template: TemplateResult): TemplateResult {
  let strings = wrappers.get(template.strings);
  if (!strings) {
    const parts = [...template.strings];
    parts[0] = `<div>${parts[0]}`;
    parts[parts.length - 1] += '</div>';
    strings = Object.assign(parts, { raw: [...parts] });
    wrappers.set(template.strings, strings);
  }
  return { ...template, strings };
}

export const client: Fixture = async <T extends Element>(template: TemplateResult) =>
  (await csrFixture(template, { modules: [], base: location.href })) as unknown as T;

export const server: Fixture = async <T extends Element>(template: TemplateResult) => {
  const wrapper = await ssrHydratedFixture(wrapped(template), { modules: SERVER_MODULES, base: location.href });
  // The fixture lets the first element waiting for hydration go: the others (a list of briefs) too.
  for (const waiting of wrapper.querySelectorAll('[defer-hydration]')) waiting.removeAttribute('defer-hydration');
  const el = wrapper.firstElementChild as T & { updateComplete?: Promise<boolean> };
  // Hydrated with the server's UTC date-times, an element renders once more in the reader's zone.
  while (el.updateComplete && !(await el.updateComplete));
  return el;
};

export const MODES = [
  ['client-rendered', client],
  ['server-rendered, hydrated', server],
] as const;

/** One `it` per render mode, `title (client-rendered)` and `title (server-rendered, hydrated)`, running `body`. */
export function both(title: string, body: (fixture: Fixture) => Promise<void>) {
  for (const [mode, fixture] of MODES) it(`${title} (${mode})`, () => body(fixture));
}

/** An attribute list for markup: `'lang=en-US heading-level=4'` or `{ lang: 'en-US' }`. */
export function attributes(attrs: string | Record<string, string>): string {
  const pairs =
    typeof attrs === 'string'
      ? attrs
          .split(' ')
          .filter(Boolean)
          .map((attr) => attr.split('=') as [string, string?])
      : Object.entries(attrs);
  const quote = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return pairs.map(([name, value = '']) => `${name}="${quote(value)}"`).join(' ');
}

/**
 * `<intel-brief>` with `brief` as its property (any value: the element
 * validates it) and these attributes from its first render, by `fixture`.
 */
export function render(
  fixture: Fixture,
  brief: unknown,
  attrs: string | Record<string, string> = {},
): Promise<IntelBrief> {
  // The opening tag is static as a whole: lit-analyzer takes a value inside a tag for an element directive.
  const open = unsafeStatic(`<intel-brief ${attributes(attrs)}`);
  return fixture<IntelBrief>(html`${open} .brief=${brief}></intel-brief>`);
}

afterEach(() => cleanupFixtures());

// The single-file bundle is built by another pipeline than the one every other test
// loads: its templates pass through an HTML minifier and terser renames its private
// members. A minifier that drops a space between two words, or a renamed member that
// a template still reads by its old name, would show in the bundle only. So every
// state is rendered twice, in two frames of this page, once from the source modules
// and once from the bundle, and what a reader gets must be the same: the text, every
// element with its attributes (roles, parts, links, languages), and the events.
import { expect } from '@open-wc/testing';
import type { Brief } from '../src/index.js';
import { invalidExamples, sample } from './helpers.js';

type Frame = Window & typeof globalThis;

/** A frame of this page (same origin, same base URL) that loads `module`. */
async function frame(module: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="en"><body><script type="module" src="${module}"></script></body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Frame;
  await win.customElements.whenDefined('intel-brief');
  return win;
}

/**
 * What a reader gets from an element, as lines: each element of its shadow tree
 * (and of shadow trees inside it) with its attributes sorted, and each text with its
 * whitespace folded but kept (the space after a colon counts).
 */
function perceived(el: Element): string[] {
  const lines: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = (child as Text).data.replace(/\s+/g, ' ');
        if (text.trim()) lines.push(JSON.stringify(text));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        const attrs = [...element.attributes].map((a) => `${a.name}="${a.value}"`).sort();
        lines.push(`<${element.localName}${attrs.map((a) => ` ${a}`).join('')}>`);
        if (element.shadowRoot) walk(element.shadowRoot);
        walk(element);
        lines.push(`</${element.localName}>`);
      }
    }
  };
  walk(el.shadowRoot!);
  return lines;
}

/** An element of the frame's, which updates as Lit's do. */
type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** One state, set up in a frame: the element, and the events it fired (type and what their detail says). */
type Scenario = (win: Frame) => Promise<{ el: Updating; events: string[] }>;

async function create(win: Frame, tag: string, attrs: Record<string, string>, props: Record<string, unknown> = {}) {
  const el = win.document.createElement(tag) as Updating;
  const events: string[] = [];
  for (const type of ['brief-load', 'brief-error', 'brief-toggle', 'pdf-download']) {
    el.addEventListener(type, (event) => {
      // Of the four events' details, the two keys printed as something else: an Error, and a brief.
      const detail = (event as CustomEvent<{ error?: Error; brief?: Brief } | null>).detail ?? {};
      events.push(`${type} ${JSON.stringify({ ...detail, error: detail.error?.message, brief: detail.brief?.title })}`);
    });
  }
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  // Values made in the frame's own realm, as a page of its own would make them.
  for (const [name, value] of Object.entries(props))
    (el as unknown as Record<string, unknown>)[name] = win.JSON.parse(JSON.stringify(value));
  win.document.body.append(el);
  await el.updateComplete;
  await el.updateComplete;
  return { el, events };
}

const briefs = {
  reference: await sample('cyber-slavery-2024'),
  green: await sample('port-strike-tlp-green'),
  minimal: await sample('minimal'),
};
const invalid = await invalidExamples();

const scenarios: Record<string, Scenario> = {};
for (const [name, brief] of Object.entries(briefs)) {
  for (const layout of ['full', 'card']) {
    scenarios[`${name}, ${layout}`] = (win) =>
      create(win, 'intel-brief', { layout, lang: 'en-GB', 'tlp-max': 'red' }, { brief });
  }
  scenarios[`${name}, card opened`] = async (win) => {
    const shown = await create(win, 'intel-brief', { layout: 'card', lang: 'en-GB', 'tlp-max': 'red' }, { brief });
    shown.el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')?.click();
    await shown.el.updateComplete;
    return shown;
  };
}
scenarios['withheld above tlp-max'] = (win) => create(win, 'intel-brief', { lang: 'en' }, { brief: briefs.green });
invalid.forEach(({ why, brief }) => {
  scenarios[`invalid: ${why}`] = (win) => create(win, 'intel-brief', { lang: 'en' }, { brief });
});
scenarios['JSON that does not parse'] = (win) =>
  create(win, 'intel-brief', { lang: 'en' }, { brief: '{"title": "x",' });
scenarios['brief-section alone'] = (win) =>
  create(
    win,
    'brief-section',
    { heading: 'Context', 'heading-level': '3' },
    { paragraphs: ['See [the report](https://example.org/r) *now*.'], bullets: ['One', 'Two'] },
  );
scenarios['download-pdf alone'] = async (win) => {
  const shown = await create(win, 'download-pdf', { href: 'files/report.pdf', size: '2820669', lang: 'en-GB' });
  const link = shown.el.shadowRoot!.querySelector('a')!;
  link.addEventListener('click', (event) => event.preventDefault());
  link.click();
  return shown;
};

describe('the single-file bundle renders what the source renders', () => {
  let source: Frame;
  let bundle: Frame;
  before(async () => {
    [source, bundle] = await Promise.all([frame('/src/index.ts'), frame('/dist/intel-brief.bundle.js')]);
  });
  after(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  for (const [name, scenario] of Object.entries(scenarios)) {
    it(name, async () => {
      const expected = await scenario(source);
      const actual = await scenario(bundle);
      const lines = perceived(expected.el);
      expect(lines.length, 'the source renders something').to.be.greaterThan(2);
      expect(perceived(actual.el)).to.deep.equal(lines);
      expect(actual.events).to.deep.equal(expected.events);
      expected.el.remove();
      actual.el.remove();
    });
  }
});

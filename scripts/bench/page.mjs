// The in-page half of `npm run bench` and `npm run profile`: renders briefs
// three ways and times each, from the start of the work to the layout after it.
//   element  <intel-brief> elements, `brief` set, appended, updated, laid out;
//   floor    the very same DOM parsed from one HTML string by the browser
//            (setHTMLUnsafe): every shadow root declarative, its CSS inline in
//            a <style>, nothing upgraded, no script;
//   react    the React 19 component of react-brief.jsx, rendered (flushSync)
//            into one shadow root whose adopted sheet is the element's CSS with
//            `:host` turned into the wrapper's class.
// The page loads an `intel-brief` build first; this module sets window.bench.

/** The element's CSS, one string (its static styles, in order). */
const elementCss = () =>
  customElements
    .get('intel-brief')
    .elementStyles.map((s) => s.cssText ?? [...s.cssRules].map((r) => r.cssText).join('\n'))
    .join('\n');

/** The element's CSS for a light-DOM wrapper `.intel-brief[data-layout]` standing for the host. */
const reactCss = (css) =>
  css
    .replace(/:host\(([^)]*)\)/g, (_, inner) => `.intel-brief${inner.replace(/\[layout=/g, '[data-layout=')}`)
    .replace(/:host/g, '.intel-brief');

const gc = () => globalThis.gc?.();
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Loads the briefs and the React module and prepares the floor's HTML, from
 * an <intel-brief> rendered once per brief and layout, unless `floor` (what
 * `bench.floor` held on another page) is given: then nothing is rendered
 * before the first measured run (a cold start).
 */
export async function setup({ reactModule, briefUrls, floor }) {
  await customElements.whenDefined('intel-brief');
  const briefs = {};
  for (const [name, url] of Object.entries(briefUrls)) briefs[name] = await (await fetch(url)).json();
  const { mount } = await import(reactModule);
  const css = elementCss();
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(reactCss(css));

  /** One <intel-brief>, rendered, for its markup. */
  const renderOne = async (brief, layout) => {
    const el = document.createElement('intel-brief');
    el.setAttribute('layout', layout);
    el.setAttribute('tlp-max', 'red');
    el.brief = brief;
    document.body.append(el);
    await el.updateComplete;
    return el;
  };

  // The floor's HTML for one brief per layout, from the element's own shadow DOM.
  const floorOne = { ...floor };
  if (!floor)
    for (const name of Object.keys(briefs)) {
      for (const layout of ['full', 'card']) {
        const el = await renderOne(briefs[name], layout);
        const markup = el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
        el.remove();
        floorOne[`${name}/${layout}`] =
          `<ib-floor layout="${layout}"><template shadowrootmode="open"><style>${css}</style>${markup}</template></ib-floor>`;
      }
    }
  const floorHtml = new Map();
  const floorFor = (name, layout, n) => {
    const key = `${name}/${layout}/${n}`;
    if (!floorHtml.has(key)) floorHtml.set(key, floorOne[`${name}/${layout}`].repeat(n));
    return floorHtml.get(key);
  };

  /** Puts n briefs on the page the given way; returns [the time it took in ms, a function removing them]. */
  const variants = {
    async element(brief, layout, n) {
      const box = document.createElement('div');
      const start = performance.now();
      const els = [];
      for (let i = 0; i < n; i++) {
        const el = document.createElement('intel-brief');
        el.setAttribute('layout', layout);
        el.setAttribute('tlp-max', 'red');
        el.brief = brief;
        box.append(el);
        els.push(el);
      }
      document.body.append(box);
      await Promise.all(els.map((el) => el.updateComplete));
      void box.offsetHeight; // style and layout
      return [performance.now() - start, () => box.remove(), box];
    },
    async floor(brief, layout, n, name) {
      const html = floorFor(name, layout, n);
      const box = document.createElement('div');
      const start = performance.now();
      box.setHTMLUnsafe(html);
      document.body.append(box);
      void box.offsetHeight;
      return [performance.now() - start, () => box.remove(), box];
    },
    async react(brief, layout, n) {
      const list = Array.from({ length: n }, () => brief);
      const host = document.createElement('div');
      const start = performance.now();
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      const container = document.createElement('div');
      root.append(container);
      document.body.append(host);
      const unmount = mount(container, list, layout);
      void host.offsetHeight;
      return [performance.now() - start, () => (unmount(), host.remove()), host];
    },
  };

  /** The rendered article(s) of what `run` left on the page. */
  const articles = (variant, box) =>
    variant === 'react'
      ? [...box.shadowRoot.querySelectorAll('article')]
      : [...box.children].map((host) => host.shadowRoot.querySelector('article'));

  const kept = [];
  window.bench = {
    /** Collects garbage and lets pending tasks run: call before `run`, outside what is measured. */
    async prepare() {
      gc();
      await settle();
    },
    /**
     * Renders n briefs and keeps them (`removeKept` takes them off); returns
     * the time to the end of layout in ms. With `paint`, it then waits for the
     * next frame to be painted, so that a CPU time measured around this call
     * holds the paint too.
     */
    async run(variant, layout, n, { brief = 'reference', paint = false } = {}) {
      const [ms, remove] =
        variant === 'noop' ? [0, () => {}] : await variants[variant](briefs[brief], layout, n, brief);
      kept.push(remove);
      if (paint) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return ms;
    },
    removeKept() {
      while (kept.length) kept.pop()();
    },
    /**
     * What each variant shows for one brief: the sequence of elements under
     * the article, its text (whitespace removed) and its rendered text
     * (innerText: what is visible, laid out).
     */
    async describe(variant, layout, brief = 'reference') {
      const [, remove, box] = await variants[variant](briefs[brief], layout, 1, brief);
      const [article] = articles(variant, box);
      const out = {
        tags: [...article.querySelectorAll('*')].map((e) => e.localName),
        text: article.textContent.replace(/\s+/g, ''),
        visible: article.innerText
          .replace(/[ \t]+/g, ' ')
          .replace(/\s*\n\s*/g, '\n')
          .trim(),
      };
      remove();
      return out;
    },
    crossOriginIsolated: globalThis.crossOriginIsolated,
    floor: floorOne,
  };
}

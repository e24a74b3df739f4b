// Serves the demo (demo/) and the built package on localhost. `npm start` builds
// first. PORT=8000 by default (PORT=0: a free port; the URL is printed).
//
// demo/index.html is served server-rendered, as the README recommends for a
// page that shows briefs: each `<intel-brief data-server-render src=…>` in it is
// replaced, once at start, by renderBrief()'s HTML (declarative shadow DOM and
// the brief as inline JSON), which the page's intel-brief.ssr.bundle.js then
// hydrates. Served as a plain file instead, the same page renders them in the
// browser from `src`. demo/browser.html is served as it is.
import { readFile } from 'node:fs/promises';
import { startDevServer } from '@web/dev-server';
import { renderBrief } from 'intel-brief/server';

const PAGE = '/demo/index.html';

/** The attributes renderBrief() has options for, and the option each sets. */
const OPTIONS = {
  layout: ['layout', String],
  lang: ['lang', String],
  'tlp-max': ['tlpMax', String],
  'heading-level': ['headingLevel', Number],
  'date-style': ['dateStyle', String],
};

/**
 * Reads a brief file as the element would fetch it: URLs in the brief are relative
 * to the file, so they are made relative to the site's root before the brief is
 * moved into a page at another address.
 */
async function readBrief(src, pageUrl) {
  const fileUrl = new URL(src, pageUrl);
  const brief = JSON.parse(await readFile(`.${fileUrl.pathname}`, 'utf8'));
  const root = (object, key) => {
    if (typeof object?.[key] !== 'string') return;
    const url = new URL(object[key], fileUrl);
    if (url.origin === fileUrl.origin) object[key] = url.pathname + url.search + url.hash;
  };
  root(brief.pdf, 'href');
  for (const source of Array.isArray(brief.sources) ? brief.sources : []) root(source, 'url');
  return brief;
}

/** demo/index.html with its `data-server-render` briefs rendered. */
async function renderDemo() {
  const pageUrl = new URL(PAGE, 'http://demo.localhost');
  const template = await readFile(`.${PAGE}`, 'utf8');
  const marked = /<intel-brief\s([^>]*\bdata-server-render\b[^>]*)>\s*<\/intel-brief>/g;
  const rendered = [];
  for (const [, attributes] of template.matchAll(marked)) {
    const options = {};
    let src;
    for (const [, name, value = ''] of attributes.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) {
      if (name === 'src') src = value;
      else if (name in OPTIONS) options[OPTIONS[name][0]] = OPTIONS[name][1](value);
      else if (name !== 'data-server-render')
        throw new Error(`${PAGE}: <intel-brief data-server-render> with ${name}, which the server cannot render`);
    }
    if (!src) throw new Error(`${PAGE}: <intel-brief data-server-render> without src`);
    rendered.push(await renderBrief(await readBrief(src, pageUrl), options));
  }
  return template.replace(marked, () => rendered.shift());
}

const demo = await renderDemo();
const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: '127.0.0.1',
    open: false,
    watch: false,
    middleware: [
      async (ctx, next) => {
        if (ctx.path === '/' || ctx.path === '/demo') ctx.redirect('/demo/');
        else if (ctx.path === '/demo/' || ctx.path === PAGE) {
          ctx.type = 'html';
          ctx.body = demo;
        } else await next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`intel-brief demo: http://127.0.0.1:${server.server.address().port}/demo/  (Ctrl+C to stop)`);

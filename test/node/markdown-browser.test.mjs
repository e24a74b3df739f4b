// intel-brief/markdown in a browser: the entry and its parsers bundled for the
// browser by esbuild (as an app's bundler would, with the "browser" condition,
// no Node built-in allowed), run in headless Chromium on the reference brief.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { serveAndLaunch } from './static-server.mjs';

const markdown = readFileSync('test/fixtures/markdown/cyber-slavery-2024.md', 'utf8');
const reference = JSON.parse(readFileSync('briefs/cyber-slavery-2024.json', 'utf8'));

let bundled;
let browser;
let base;
let close;
before(async () => {
  const result = await build({
    stdin: {
      contents: "export { fromMarkdown, toMarkdown, formatProblem } from 'intel-brief/markdown';",
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  bundled = result.outputFiles[0].text;
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>markdown</title>
<script type="module">${bundled.replace(/export\s*\{([^}]*)\};?\s*$/, (_, names) => `window.__md = {${names.replace(/(\w+) as (\w+)/g, '$2: $1')}};`)}</script>
</head><body></body></html>`;
  ({ browser, base, close } = await serveAndLaunch({ pages: { markdown: page } }));
});
after(() => close?.());

test('the bundle for browsers holds no Node built-in', () => {
  // esbuild stops on a Node built-in when building for browsers; and nothing is left to load at run time.
  const loads = bundled.match(/\bimport\s*\(|\bfrom\s*["'][^"']*["']|\brequire\(["'][^"']*["']\)/g) ?? [];
  assert.deepEqual(loads, []);
  console.log(
    `# intel-brief/markdown for browsers: ${bundled.length} bytes minified, ${gzipSync(bundled).length} gzip`,
  );
});

test('in Chromium, the reference brief in Markdown reads as the reference brief, and back', async () => {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${base}/page/markdown.html`);
  await tab.waitForFunction(() => window.__md);
  const { read, again, problem } = await tab.evaluate((text) => {
    const read = window.__md.fromMarkdown(text, { file: 'brief.md' });
    const again = window.__md.fromMarkdown(window.__md.toMarkdown(read.brief));
    const bad = window.__md.fromMarkdown('---\ntitle: T\ndate: 4/4/2024\n---\n', { file: 'brief.md' });
    return { read, again, problem: window.__md.formatProblem(bad.errors[0]) };
  }, markdown);
  assert.deepEqual(errors, []);
  assert.deepEqual(read.errors, []);
  assert.deepEqual(read.brief, reference);
  assert.deepEqual(again.brief, reference);
  assert.equal(problem, 'brief.md:3:7: date: expected an ISO 8601 date like 2024-04-04, got "4/4/2024"');
  await tab.close();
});

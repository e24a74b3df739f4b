// Real consumers: `npm pack`s the build and installs the tarball with npm, as a
// user would, into a copy of test/consumers/ (one app, three entry points:
// plain TypeScript, React 19 TSX, Vue 3) in build/consumers/, whose
// node_modules is kept between runs (installs come from the registry,
// --prefer-offline). Then:
//   - tsc (strict) accepts the plain TypeScript app;
//   - tsc (strict) accepts the React app, and rejects each wrong prop in
//     react/wrong.tsx where it is written, and nothing else;
//   - vue-tsc (strictTemplates) does the same for vue/App.vue and vue/Wrong.vue;
//   - vite builds the plain, React and Vue pages, and in Chromium they render
//     the reference brief and their brief-load handlers run;
//   - the framework apps (Astro 5, SvelteKit 2, Eleventy 3, Next.js 15), built in one step
//     after vite, render the brief on the server with intel-brief/server: in
//     Chromium, with JavaScript off and on, the brief shows once, the card opens,
//     the app's own handlers hear its events, and the console stays clean.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/browsers.mjs';
import { npmEnv, pack } from './pack.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const source = join(root, 'test/consumers');
const work = join(root, 'build/consumers');
const win = process.platform === 'win32';
const reference = JSON.parse(readFileSync(join(root, 'briefs/cyber-slavery-2024.json'), 'utf8'));

/** A nested npm's environment (pack.mjs); Next.js sends no telemetry. */
const env = { ...npmEnv, NEXT_TELEMETRY_DISABLED: '1' };

/** Runs a command in build/consumers (or `cwd` there); resolves to { code, output } (stdout and stderr together). */
const run = (command, args, { timeout = 180_000, cwd = '.' } = {}) =>
  new Promise((done) => {
    const started = Date.now();
    const child = spawn(command, args, {
      cwd: join(work, cwd),
      env,
      shell: win && command === 'npm',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code: signal ? `killed (${signal})` : code, output, ms: Date.now() - started });
    });
  });
/** A package's bin script, run with this Node; its time goes into `timings` under `name`. */
const bin = (name, path, args, options) =>
  run(process.execPath, [join(work, 'node_modules', path), ...args], options).then((result) => {
    timings[name] = result.ms;
    return result;
  });

let checks; // { vanilla, react, vue, vite, frameworks }: promises of each tool's { code, output, ms }
let server;
let browser;
let origin;
const timings = {}; // step → milliseconds, printed at the end

before(async () => {
  const started = Date.now();
  assert.ok(existsSync(join(root, 'dist/index.js')), 'no dist/: run `npm run build` first');
  // A fresh copy of the apps, keeping the installed node_modules.
  mkdirSync(work, { recursive: true });
  for (const entry of readdirSync(work))
    if (entry !== 'node_modules') rmSync(join(work, entry), { recursive: true, force: true });
  cpSync(source, work, { recursive: true });
  // The package as it would be published, added to the apps' dependencies.
  const packed = pack(work);
  renameSync(join(work, packed.filename), join(work, 'intel-brief.tgz'));
  const app = JSON.parse(readFileSync(join(work, 'package.json'), 'utf8'));
  app.dependencies['intel-brief'] = 'file:intel-brief.tgz';
  writeFileSync(join(work, 'package.json'), `${JSON.stringify(app, null, 2)}\n`);
  rmSync(join(work, 'node_modules/intel-brief'), { recursive: true, force: true }); // never last run's
  const install = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock'], {
    timeout: 300_000,
  });
  timings['pack and install'] = Date.now() - started;
  assert.equal(install.code, 0, `npm install failed:\n${install.output.slice(-3000)}`);
  // Two at a time, on two cores.
  const vanilla = bin('tsc (plain)', 'typescript/bin/tsc', ['-p', 'vanilla', '--pretty', 'false']);
  const react = bin('tsc (React)', 'typescript/bin/tsc', ['-p', 'react', '--pretty', 'false']);
  const vue = vanilla.then(() => bin('vue-tsc', 'vue-tsc/bin/vue-tsc.js', ['-p', 'vue', '--pretty', 'false']));
  const vite = react.then(() => bin('vite build', 'vite/bin/vite.js', ['build']));
  // The framework apps, one after the other, once vite is done: each builds into dist/<app>/.
  const frameworks = vite.then(async () => {
    const steps = [
      ['Eleventy', '@11ty/eleventy/cmd.cjs', ['--config=eleventy/eleventy.config.js', '--quiet']],
      ['Astro', 'astro/astro.js', ['build', '--root', 'astro']],
      ['SvelteKit', 'vite/bin/vite.js', ['build'], { cwd: 'sveltekit' }],
      ['Next.js', 'next/dist/bin/next', ['build', 'next'], { timeout: 300_000 }],
    ];
    const results = {};
    for (const [name, path, args, options] of steps) results[name] = await bin(`build ${name}`, path, args, options);
    return results;
  });
  checks = { vanilla, react, vue, vite, frameworks };
});

after(async () => {
  await browser?.close();
  server?.close();
  if (Object.keys(timings).length)
    console.log(
      `consumers: ${Object.entries(timings)
        .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`)
        .join(', ')}`,
    );
});

test('npm installed the packed tarball, not a link to the working tree', () => {
  const installed = join(work, 'node_modules/intel-brief');
  assert.ok(!lstatSync(installed).isSymbolicLink(), 'node_modules/intel-brief is a link');
  for (const file of [
    'dist/index.js',
    'dist/frameworks/react.js',
    'dist/frameworks/react.d.ts',
    'dist/frameworks/vue.d.ts',
  ])
    assert.equal(
      readFileSync(join(installed, file), 'utf8'),
      readFileSync(join(root, file), 'utf8'),
      `${file} is not this build's`,
    );
  assert.ok(existsSync(join(work, 'node_modules/@lit/react/package.json')), '@lit/react was not installed with it');
});

/** tsc's or vue-tsc's errors (`--pretty false`): [{ file, line, column, text }], text with its indented follow-up lines. */
const diagnostics = (output) => {
  const found = [];
  for (const line of output.split(/\r?\n/)) {
    const match = /^(.+?)\((\d+),(\d+)\): error (TS\d+: .*)$/.exec(line);
    if (match)
      found.push({ file: resolve(work, match[1]), line: Number(match[2]), column: Number(match[3]), text: match[4] });
    else if (found.length && /^\s/.test(line)) found.at(-1).text += `\n${line}`;
  }
  return found;
};
const show = (list) => list.map((d) => `${relative(work, d.file)}(${d.line},${d.column}): ${d.text}`).join('\n');

/**
 * The wrong usages a file marks with `wrong: name` comments, each with where the prop is
 * written ([line, column], 1-based), checked against the compiler's errors: each one must
 * have an error on its line that points at the prop or names it, and no other line may.
 */
const checkWrong = (file, found) => {
  const lines = readFileSync(file, 'utf8').split('\n');
  const expected = lines.flatMap((text, i) => {
    const name = /wrong: ([\w-]+)/.exec(text)?.[1];
    if (!name) return [];
    const at = new RegExp(`(?<=[\\s:@])${name}(?=[\\s=/>])`).exec(text);
    assert.ok(at, `${relative(work, file)}:${i + 1} does not use ${name}`);
    return [{ name, line: i + 1, column: at.index + 1 }];
  });
  assert.ok(expected.length >= 8, `${relative(work, file)} marks only ${expected.length} wrong usages`);
  const inFile = found.filter((d) => d.file === file);
  const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  const missed = expected.filter(
    ({ name, line, column }) =>
      !inFile.some(
        (d) =>
          d.line === line &&
          (d.column === column ||
            [name, camel(name), `on${camel(`-${name}`)}`].some((n) => new RegExp(`['"]${n}['"]`).test(d.text))),
      ),
  );
  assert.deepEqual(
    missed.map((m) => `${m.line}: ${m.name}`),
    [],
    `no error at these wrong props:\n${show(inFile)}`,
  );
  const stray = inFile.filter((d) => !expected.some((e) => e.line === d.line));
  assert.deepEqual(show(stray), '', 'errors on lines with no wrong prop');
};

test('plain TypeScript: tsc --strict accepts the app, its tags and events typed by the package', async () => {
  const { code, output } = await checks.vanilla;
  assert.equal(code, 0, `tsc failed:\n${output}`);
});

test('React 19: tsc --strict accepts the TSX using the tags and the wrappers', async () => {
  const { output } = await checks.react;
  const found = diagnostics(output);
  assert.ok(
    found.some((d) => d.file.endsWith('wrong.tsx')),
    `tsc did not check the TSX:\n${output}`,
  );
  assert.equal(show(found.filter((d) => !d.file.endsWith('wrong.tsx'))), '', 'errors in correct TSX');
});

test('React 19: tsc rejects each wrong prop in wrong.tsx, at that prop', async () => {
  const { code, output } = await checks.react;
  assert.equal(code, 2, `tsc exited ${code}, not 2 (errors):\n${output}`);
  checkWrong(join(work, 'react/wrong.tsx'), diagnostics(output));
});

test('Vue 3: vue-tsc with strictTemplates accepts the SFC using the tags', async () => {
  const { output } = await checks.vue;
  const found = diagnostics(output);
  assert.ok(
    found.some((d) => d.file.endsWith('Wrong.vue')),
    `vue-tsc did not check the templates:\n${output}`,
  );
  assert.equal(show(found.filter((d) => !d.file.endsWith('Wrong.vue'))), '', 'errors in the correct SFC');
});

test('Vue 3: vue-tsc with strictTemplates rejects each wrong prop in Wrong.vue, at that prop', async () => {
  const { code, output } = await checks.vue;
  assert.notEqual(code, 0, `vue-tsc passed Wrong.vue:\n${output}`);
  checkWrong(join(work, 'vue/Wrong.vue'), diagnostics(output));
});

test('vite builds the plain TypeScript, React and Vue pages', async () => {
  const { code, output } = await checks.vite;
  assert.equal(code, 0, `vite build failed:\n${output}`);
  for (const page of ['vanilla', 'react', 'vue'])
    assert.ok(existsSync(join(work, 'dist', page, 'index.html')), `no dist/${page}/index.html`);
});

/** The built pages, served on 127.0.0.1, open in Chromium (with JavaScript unless `javascript` is false). */
const open = async (path, { javascript = true } = {}) => {
  const { code } = await checks.vite;
  assert.equal(code, 0, 'vite build failed');
  if (!browser) {
    const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
    server = createServer((request, response) => {
      let file = join(work, 'dist', decodeURIComponent(new URL(request.url, 'http://x').pathname));
      if (existsSync(file) && lstatSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file.startsWith(join(work, 'dist')) || !existsSync(file)) return response.writeHead(404).end();
      response
        .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    });
    await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
    origin = `http://127.0.0.1:${server.address().port}`;
    const executablePath = findChromium();
    assert.ok(executablePath, 'no Chromium: set CHROME_PATH');
    browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
  }
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.setJavaScriptEnabled(javascript);
  await page.goto(`${origin}${path}`);
  return { page, problems };
};

/** What a reader sees of an element: its shadow root's text, and its title heading's level. */
const seen = (page, selector) =>
  page.$eval(selector, (el) => ({
    text: el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
    heading: el.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6')?.localName,
    briefAttribute: el.getAttribute('brief'),
  }));

/**
 * The React and Vue pages' `#section` (a <brief-section> with one paragraph and one bullet
 * at level 2) and `#pdf` tile: both render, and activating the tile (the browser's own
 * download cancelled) runs the page's pdf-download handler, which fills `#pdf-status`.
 */
async function sectionAndPdf(page) {
  const section = await seen(page, '#section');
  assert.ok(
    section.text.includes('Analyst notes') &&
      section.text.includes('One paragraph.') &&
      section.text.includes('One bullet.'),
    section.text,
  );
  assert.equal(section.heading, 'h2');
  const pdf = await seen(page, '#pdf');
  assert.ok(pdf.text.includes('Report.pdf') && pdf.text.includes('Get the PDF • 2.69 MB'), pdf.text);
  await page.evaluate(() => {
    document.addEventListener('click', (event) => event.preventDefault(), { capture: true });
    document.querySelector('#pdf').shadowRoot.querySelector('a').click();
  });
  await page.waitForFunction(() => document.querySelector('#pdf-status').textContent !== 'Not downloaded', {
    timeout: 5_000,
  });
  assert.equal(await page.$eval('#pdf-status', (p) => p.textContent), 'Downloaded: Report.pdf');
}

test('plain TypeScript page: renders the reference brief from src, and brief-load fires', async () => {
  const { page, problems } = await open('/vanilla/');
  try {
    await page.waitForFunction(() => document.querySelector('#status').textContent !== 'Loading', { timeout: 10_000 });
    assert.equal(await page.$eval('#status', (p) => p.textContent), `Loaded: ${reference.title}`);
    const brief = await seen(page, 'intel-brief');
    assert.equal(brief.heading, 'h1');
    for (const text of [reference.title, reference.sections[0].heading, 'India', '2.69 MB'])
      assert.ok(brief.text.includes(text), `"${text}" is not shown`);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('React 19 page: the tag and the wrapper render the brief, their load handlers run, props are properties', async () => {
  const { page, problems } = await open('/react/');
  try {
    await page.waitForFunction(
      () => ['#tag-status', '#wrapper-status'].every((s) => document.querySelector(s)?.textContent !== 'Loading'),
      { timeout: 10_000 },
    );
    assert.equal(await page.$eval('#tag-status', (p) => p.textContent), `Loaded: ${reference.title} (full)`);
    assert.equal(await page.$eval('#wrapper-status', (p) => p.textContent), `Loaded: ${reference.title}`);
    const tag = await seen(page, '#tag');
    assert.equal(tag.heading, 'h1', 'heading-level={1} did not reach the element');
    assert.equal(tag.briefAttribute, null, 'brief was set as an attribute, not a property');
    for (const text of [reference.title, 'Places', reference.sections[0].heading])
      assert.ok(tag.text.includes(text), `"${text}" is not shown`);
    assert.match(tag.text, /April 4, 2024/, 'date-style="long" did not reach the element');
    const wrapper = await seen(page, '#wrapper');
    assert.equal(wrapper.heading, 'h3', 'headingLevel={3} did not reach the wrapped element');
    assert.ok(wrapper.text.includes(reference.title));
    await sectionAndPdf(page);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('Vue 3 page: the tags render the brief from a property and from src, handlers run, props are properties', async () => {
  const { page, problems } = await open('/vue/');
  try {
    await page.waitForFunction(() => document.querySelector('#status')?.textContent !== 'Loading', { timeout: 10_000 });
    assert.equal(await page.$eval('#status', (p) => p.textContent), `Loaded: ${reference.title}`);
    const tag = await seen(page, '#tag');
    assert.equal(tag.heading, 'h3', ':heading-level="3" did not reach the element');
    assert.equal(tag.briefAttribute, null, 'brief was set as an attribute, not a property');
    assert.ok(tag.text.includes(reference.title), tag.text);
    // lang="fr" with no French module loaded: the labels stay English.
    assert.ok(tag.text.includes('Read the full brief'), tag.text);
    await page.waitForFunction(() => document.querySelector('#fetched')?.shadowRoot?.querySelector('h2'), {
      timeout: 10_000,
    });
    const fetched = await seen(page, '#fetched');
    assert.ok(fetched.text.includes('Border crossing reopened'), fetched.text);
    await sectionAndPdf(page);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

/** Every `<intel-brief>` on the page, as a reader sees it: its title headings and whether its card is open. */
const briefsOn = (page) =>
  page.$$eval('intel-brief', (elements) =>
    elements.map((el) => ({
      titles: [...(el.shadowRoot?.querySelectorAll('h2') ?? [])].map((h) => h.textContent.trim()),
      text: el.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '',
    })),
  );

/**
 * Each app's page: its briefs' titles with JavaScript off and on (the server's first), and what its
 * `#status` says once a brief-load handler ran (none: it listens to pdf-download alone).
 */
const minimal = JSON.parse(readFileSync(join(root, 'briefs/minimal.json'), 'utf8'));
for (const [app, { path, titlesOff = [[reference.title]], titles = titlesOff, loaded }] of Object.entries({
  Eleventy: { path: '/eleventy/', loaded: `Loaded: ${reference.title}` },
  Astro: { path: '/astro/', loaded: `Loaded: ${reference.title}` },
  SvelteKit: { path: '/sveltekit/' },
  // The server component's brief, then the @lit/react component's, rendered in the browser only.
  'Next.js': {
    path: '/next/',
    titlesOff: [[reference.title], []],
    titles: [[reference.title], [minimal.title]],
    loaded: `Loaded: ${minimal.title}`,
  },
})) {
  const built = async () => {
    const { [app]: result } = await checks.frameworks;
    assert.equal(result.code, 0, `${app} build failed:\n${result.output.slice(-3000)}`);
  };

  test(`${app}: with JavaScript off, the server's brief reads whole, once`, async () => {
    await built();
    const { page, problems } = await open(path, { javascript: false });
    try {
      const briefs = await briefsOn(page);
      assert.deepEqual(
        briefs.map((b) => b.titles),
        titlesOff,
      );
      for (const section of reference.sections) assert.ok(briefs[0].text.includes(section.heading), section.heading);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  test(`${app}: with JavaScript on, one brief, the card opens, the app hears its events, no console error`, async () => {
    await built();
    const { page, problems } = await open(path);
    try {
      await page.waitForFunction(() => customElements.get('intel-brief'), { timeout: 10_000 });
      await page.evaluate(async () => {
        const el = document.querySelector('intel-brief');
        while (!(await el.updateComplete));
      });
      if (loaded) {
        await page.waitForFunction(() => document.querySelector('#status').textContent !== 'Not loaded', {
          timeout: 5_000,
        });
        assert.equal(await page.$eval('#status', (p) => p.textContent), loaded);
      }
      assert.deepEqual(
        (await briefsOn(page)).map((b) => b.titles),
        titles,
        'each brief shows once',
      );
      const expanded = await page.evaluate(async () => {
        const el = document.querySelector('intel-brief');
        el.shadowRoot.querySelector('[part="toggle"]').click();
        await el.updateComplete;
        return el.shadowRoot.querySelector('[part="toggle"]').getAttribute('aria-expanded');
      });
      assert.equal(expanded, 'true', 'the card did not open');
      // The PDF tile, the browser's own download cancelled: the app's pdf-download handler runs.
      await page.evaluate(() => {
        document.addEventListener('click', (event) => event.preventDefault(), { capture: true });
        document.querySelector('intel-brief').shadowRoot.querySelector('a[download]').click();
      });
      await page.waitForFunction(() => document.querySelector('#pdf-status').textContent !== 'Not downloaded', {
        timeout: 5_000,
      });
      assert.match(await page.$eval('#pdf-status', (p) => p.textContent), /^Downloaded: .+\.pdf$/);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}

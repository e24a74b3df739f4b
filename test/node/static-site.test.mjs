// The README's static-site example, run as written: pages and an index of cards
// from briefs/, which read with JavaScript off and hydrate in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveAndLaunch } from './static-server.mjs';

const site = mkdtempSync(join(tmpdir(), 'intel-brief-site-'));
let run;
let browser;
let base;
let close;

before(async () => {
  run = spawnSync(process.execPath, ['examples/static-site.mjs', 'briefs', site], { encoding: 'utf8' });
  ({ base, browser, close } = await serveAndLaunch({ root: site }));
});

after(async () => {
  await close?.();
  rmSync(site, { recursive: true, force: true });
});

test('README.md shows the example as it is', () => {
  const code = readFileSync('examples/static-site.mjs', 'utf8');
  const body = code.slice(code.indexOf('\nimport ') + 1);
  assert.ok(
    readFileSync('README.md', 'utf8').includes('```js\n' + body + '```'),
    'README.md and examples/static-site.mjs differ',
  );
});

test('the example writes a page per publishable brief, an index, the script and the attachments', () => {
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, `2 briefs written to ${site}/\n`);
  assert.equal(
    run.stderr,
    'port-strike-tlp-green.json: left out: The brief is marked TLP:GREEN, above what may be shown (tlp-max clear)\n',
  );
  for (const file of [
    'index.html',
    'cyber-slavery-2024.html',
    'minimal.html',
    'intel-brief.ssr.bundle.js',
    'Indian-Government-Rescues-250-Citizens.pdf',
  ]) {
    assert.ok(existsSync(join(site, file)), file);
  }
  assert.ok(!existsSync(join(site, 'port-strike-tlp-green.html')));
  const page = readFileSync(join(site, 'cyber-slavery-2024.html'), 'utf8');
  assert.match(page, /<title>250 Indian Citizens Rescued From “Cyber-Slavery”<\/title>/);
  assert.match(page, /<link rel="canonical" href="https:\/\/briefs.example.org\/cyber-slavery-2024.html">/);
  assert.equal(
    JSON.parse(/<script type="application\/ld\+json">([^]*?)<\/script>/.exec(page)[1]).associatedMedia.contentUrl,
    'https://briefs.example.org/Indian-Government-Rescues-250-Citizens.pdf',
  );
  const index = readFileSync(join(site, 'index.html'), 'utf8');
  assert.equal(index.match(/<intel-brief /g).length, 2);
  assert.ok(!index.includes('Dock Strike'));
});

for (const javascript of [false, true]) {
  test(`the site in Chromium, JavaScript ${javascript ? 'on: the cards hydrate and expand' : 'off: everything reads'}`, async () => {
    const tab = await browser.newPage();
    const problems = [];
    tab.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && problems.push(m.text()));
    tab.on('pageerror', (e) => problems.push(e.message));
    await tab.setJavaScriptEnabled(javascript);
    await tab.goto(`${base}/index.html`, { waitUntil: 'load' });
    if (javascript) {
      await tab.waitForFunction(() => customElements.get('intel-brief'));
      await tab.evaluate(async () => {
        for (const el of document.querySelectorAll('intel-brief')) while (!(await el.updateComplete));
      });
    }
    const cards = await tab.evaluate(async () =>
      Promise.all(
        [...document.querySelectorAll('intel-brief')].map(async (el) => {
          const root = el.shadowRoot;
          const button = root.querySelector('[part="toggle"]');
          if (button && customElements.get('intel-brief')) {
            button.click();
            await el.updateComplete;
          }
          return {
            title: root.querySelector('h2').textContent,
            buttons: root.querySelectorAll('button').length,
            articles: root.querySelectorAll('article').length,
            rest: root.querySelector('[part="rest"]').getBoundingClientRect().height > 0,
            pdf: root.querySelector('a[download]')?.getAttribute('href') ?? null,
          };
        }),
      ),
    );
    assert.deepEqual(cards, [
      {
        title: '250 Indian Citizens Rescued From “Cyber-Slavery”',
        articles: 1,
        buttons: 1,
        rest: true,
        pdf: 'Indian-Government-Rescues-250-Citizens.pdf',
      },
      // Nothing more than its head: no button, nothing behind it.
      { title: 'Border crossing reopened', articles: 1, buttons: 0, rest: false, pdf: null },
    ]);
    assert.deepEqual(problems, []);
    await tab.close();
  });
}

// Examples are code users copy: a brief's file name is data, and must not become markup.
test('a file name that looks like HTML stays a name; a broken file is left out unquoted; a byte order mark is fine', async () => {
  const { parse } = await import('parse5');
  const from = mkdtempSync(join(tmpdir(), 'intel-brief-names-'));
  const to = join(from, 'site');
  const name = 'x"><img src=x onerror=alert(1)>.json';
  writeFileSync(join(from, name), JSON.stringify({ title: 'Named', date: '2024-04-04' }));
  writeFileSync(join(from, 'broken.json'), '{"tlp":"RED","title":"Op NIGHTFALL","agent": CARDINAL}');
  writeFileSync(join(from, 'bom.json'), `\uFEFF${JSON.stringify({ title: 'With a BOM', date: '2024-04-04' })}`);
  try {
    const result = spawnSync(process.execPath, ['examples/static-site.mjs', from, to], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(
      result.stderr,
      'broken.json: left out: The brief is not valid JSON: a character out of place at line 1, column 46\n',
    );
    assert.ok(existsSync(join(to, 'bom.html')));
    const elements = (node, found = []) => {
      if (node.tagName) found.push(node);
      for (const child of node.childNodes ?? []) elements(child, found);
      if (node.content) elements(node.content, found);
      return found;
    };
    const index = elements(parse(readFileSync(join(to, 'index.html'), 'utf8')));
    assert.deepEqual(
      index.filter((el) => el.tagName === 'img'),
      [],
    );
    const links = index
      .filter((el) => el.tagName === 'a')
      .map((a) => a.attrs.find((attr) => attr.name === 'href')?.value);
    assert.deepEqual(links, ['bom.html', encodeURIComponent(name.replace(/\.json$/, '.html'))]);
    const page = readFileSync(join(to, name.replace(/\.json$/, '.html')), 'utf8');
    assert.deepEqual(
      elements(parse(page)).filter((el) => el.tagName === 'img'),
      [],
    );
  } finally {
    rmSync(from, { recursive: true, force: true });
  }
});

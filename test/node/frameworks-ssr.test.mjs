// Server rendering whatever else the process imported, as frameworks do (issue 19): Next.js
// loads the package twice (its server and client layers), and runs client modules on the
// server too. Each case runs in a Node process of its own, against the build, with two
// copies of the package in build/two-copies/node_modules: `intel-brief` (sharing this
// repository's Lit) and `other/node_modules/intel-brief` (with a Lit of its own).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(root, 'build/two-copies');
rmSync(work, { recursive: true, force: true });
const copy = (to) => {
  mkdirSync(to, { recursive: true });
  cpSync(join(root, 'package.json'), join(to, 'package.json'));
  cpSync(join(root, 'dist'), join(to, 'dist'), { recursive: true });
};
copy(join(work, 'node_modules/intel-brief'));
copy(join(work, 'node_modules/other/node_modules/intel-brief'));
for (const lit of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'])
  cpSync(join(root, 'node_modules', lit), join(work, 'node_modules/other/node_modules', lit), { recursive: true });
writeFileSync(join(work, 'node_modules/other/package.json'), '{ "name": "other", "type": "module" }\n');
const { title } = JSON.parse(readFileSync(join(root, 'briefs/cyber-slavery-2024.json'), 'utf8'));
const OTHER = './node_modules/other/node_modules/intel-brief/dist';

/** Imports `first` in a fresh Node process, then renders the reference brief as a card with `intel-brief/server`. */
function renderAfter(...first) {
  const script = `
    import { readFileSync } from 'node:fs';
    ${first.map((m) => `await import(${JSON.stringify(m)});`).join('\n')}
    const { renderBrief } = await import('intel-brief/server');
    const brief = JSON.parse(readFileSync(${JSON.stringify(join(root, 'briefs/cyber-slavery-2024.json'))}, 'utf8'));
    process.stdout.write(await renderBrief(brief, { layout: 'card' }));`;
  writeFileSync(join(work, 'case.mjs'), script);
  return execFileSync(process.execPath, ['case.mjs'], {
    cwd: work,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** What the HTML shows: the brief's title once, its sections, and the inline JSON the browser hydrates from. */
function assertBrief(out) {
  assert.equal(out.match(/<h2[ >]/g)?.length, 1, 'one title');
  assert.ok(out.includes(`<h2 id="ib-title" part="title"><!--lit-part-->${title}<!--/lit-part--></h2>`), 'the title');
  assert.match(out, /^<intel-brief [^>]*><template shadowroot(mode)?="open"/);
  assert.ok(out.includes(`<script type="application/json">{"id":"cyber-slavery-2024"`), 'the inline JSON');
  assert.ok(out.includes('What happened?'));
}

test('renderBrief with no other import', () => assertBrief(renderAfter()));

test('renderBrief after the other copy’s client entry (its class registered first)', () =>
  assertBrief(renderAfter('@lit-labs/ssr', `${OTHER}/index.js`)));

test('renderBrief after the other copy’s server entry', () => assertBrief(renderAfter(`${OTHER}/ssr/server.js`)));

test('renderBrief after intel-brief/hydrate.js (a client module run on the server)', () =>
  assertBrief(renderAfter('intel-brief/hydrate.js', 'intel-brief')));

test('renderBrief after intel-brief/print-marking.js under Lit’s DOM shim (as Astro loads it)', () =>
  assertBrief(renderAfter('@lit-labs/ssr/lib/install-global-dom-shim.js', 'intel-brief/print-marking.js')));

test('renderBrief after Lit’s own hydration support and the client entry', () =>
  assertBrief(renderAfter('@lit-labs/ssr-client/lit-element-hydrate-support.js', 'intel-brief')));

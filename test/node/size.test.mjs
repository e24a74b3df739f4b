// The single-file bundle's size budget, as `size-limit` (with @size-limit/file)
// measures it from .size-limit.json: every limit there must pass. Runs against
// the build (`npm test` builds first; alone: `npm run build` then
// `node --test test/node/size.test.mjs`), and prints the figures. Also: what the
// default bundle must not carry (hydration support, server code), by its source map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'node_modules/size-limit/bin.js');
const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;

test('the single-file bundle is within every size-limit budget', (t) => {
  assert.ok(
    existsSync(join(root, 'dist/intel-brief.bundle.js')),
    'no dist/intel-brief.bundle.js: run `npm run build` first',
  );
  const run = spawnSync(process.execPath, [bin, '--json'], { cwd: root, encoding: 'utf8' });
  let checks;
  try {
    checks = JSON.parse(run.stdout);
  } catch {
    assert.fail(`size-limit printed no JSON (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  }
  assert.ok(Array.isArray(checks) && checks.length > 0, 'size-limit measured nothing: is .size-limit.json there?');
  for (const check of checks) {
    const line = `${check.passed ? 'within' : 'OVER  '} ${kib(check.size)} of ${kib(check.sizeLimit)}: ${check.name}`;
    t.diagnostic(line);
  }
  const over = checks.filter((check) => !check.passed);
  assert.deepEqual(
    over.map((check) => `${check.name}: ${kib(check.size)} > ${kib(check.sizeLimit)}`),
    [],
    'over budget',
  );
  assert.equal(run.status, 0, `size-limit exited ${run.status}: ${run.stderr}`);
});

test("the default bundle carries no hydration support (Lit's) and no server code; the SSR bundle carries hydration", () => {
  const sources = (file) => JSON.parse(readFileSync(join(root, `dist/${file}.map`), 'utf8')).sources;
  const server = (source) => /@lit-labs\/ssr|private-ssr-support|[\\/]src[\\/]ssr[\\/]/.test(source);
  assert.deepEqual(sources('intel-brief.bundle.js').filter(server), []);
  // Nor what only some pages use: the page's print marking, and where JSON text breaks.
  const addOns = (source) => /[\\/]src[\\/](print-marking|brief[\\/]json-break)\.ts$/.test(source);
  assert.deepEqual(sources('intel-brief.bundle.js').filter(addOns), []);
  const ssr = sources('intel-brief.ssr.bundle.js');
  for (const module of ['@lit-labs/ssr-client/lit-element-hydrate-support.js']) {
    assert.ok(
      ssr.some((source) => source.endsWith(module)),
      `${module} in the SSR bundle`,
    );
  }
});

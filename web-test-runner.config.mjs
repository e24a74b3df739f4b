// Browser tests in three engines: Chromium, Firefox and WebKit (Safari's engine),
// see scripts/browsers.mjs and scripts/launchers.mjs. Tests are TypeScript, served
// as JavaScript by esbuild (types are checked apart: `tsc --noEmit -p tsconfig.test.json`).
// The server-rendered mode renders with build/src/ssr/server.js: `npm run build` first.
// Every test file runs once per engine; test/time-zones.test.ts runs once per
// time zone in ZONES, in each engine, in a browser started with TZ set.
// One file alone: `npx wtr --group default --files test/x.test.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { selectedEngines } from './scripts/browsers.mjs';
import { launcherFor, TimeZoneLauncher } from './scripts/launchers.mjs';

/** Dates must show the same in all of these: far west, far east, with DST, the usual. */
const ZONES = ['Pacific/Honolulu', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Tokyo'];
const TIME_ZONE_TESTS = 'test/time-zones.test.ts';

const engines = selectedEngines();
const browsers = engines.map((engine) => launcherFor(engine));
const zonedBrowsers = engines.map((engine) => new TimeZoneLauncher(engine, ZONES));

/**
 * Test commands the browser side can call: the time zone the browser was
 * started in; the page's DOM counters and JS heap after a full garbage
 * collection (Chromium's DevTools protocol: false elsewhere); the fuzz seed;
 * `forced-colors` ({ active }) emulates Windows High Contrast (Chromium only: false elsewhere).
 */
function commandsPlugin() {
  const forcedColorSessions = new Map();
  return {
    name: 'intel-brief-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'launch-timezone') return { timezone: session.browser.timezone ?? null };
      if (command === 'dom-counters') {
        if (session.browser.engine !== 'Chromium') return false;
        const cdp = await session.browser.getPage(session.id).createCDPSession();
        await cdp.send('HeapProfiler.collectGarbage');
        const counters = await cdp.send('Memory.getDOMCounters');
        const heap = await cdp.send('Runtime.getHeapUsage');
        await cdp.detach();
        return { ...counters, jsHeapUsed: heap.usedSize };
      }
      if (command === 'fuzz-seed') return { seed: process.env.FUZZ_SEED ?? null };
      if (command === 'forced-colors') {
        // Chromium only (DevTools protocol); @web/test-runner-commands' emulateMedia has no forcedColors
        // for puppeteer. The session stays attached while the emulation is on: detaching would end it.
        if (session.browser.engine !== 'Chromium') return false;
        let cdp = forcedColorSessions.get(session.id);
        if (!cdp)
          forcedColorSessions.set(session.id, (cdp = await session.browser.getPage(session.id).createCDPSession()));
        await cdp.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
        });
        return true;
      }
      return undefined;
    },
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A few misbehaving endpoints for the `src` tests, under /test-api/:
 * delay?ms=&file= (a slow copy of a repo file), echo?json= (the JSON given), status/<code>,
 * html, empty, hang.
 */
async function testApi(ctx, next) {
  if (!ctx.path.startsWith('/test-api/')) return next();
  const [, , what, arg] = ctx.path.split('/');
  ctx.set('cache-control', 'no-store');
  if (what === 'delay') {
    await sleep(Number(ctx.query.ms ?? 0));
    ctx.type = 'application/json';
    ctx.body = readFileSync(`.${String(ctx.query.file).replace(/\.\./g, '')}`, 'utf8');
  } else if (what === 'echo') {
    ctx.type = 'application/json';
    ctx.body = String(ctx.query.json ?? '');
  } else if (what === 'status') {
    ctx.status = Number(arg);
    ctx.type = 'text/plain';
    ctx.body = `status ${arg}`;
  } else if (what === 'redirect') {
    ctx.redirect('/briefs/cyber-slavery-2024.json');
  } else if (what === 'csp') {
    // The locked-down host page: strict CSP with Trusted Types.
    ctx.set(
      'content-security-policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
    );
    ctx.type = 'text/html';
    ctx.body = readFileSync('test/csp/page.html', 'utf8');
  } else if (what === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Not found</title><h1>Oops</h1>';
  } else if (what === 'empty') {
    ctx.type = 'application/json';
    ctx.body = '';
  } else if (what === 'hang') {
    const body = new PassThrough();
    body.write('{"title": "never ends", ');
    ctx.req.on('close', () => body.destroy());
    ctx.type = 'application/json';
    ctx.body = body;
  } else {
    return next();
  }
}

/**
 * Prints a line per engine, `Firefox: N passed, N failed, N skipped`, names
 * each skipped test (its title says why), and ends with the total alone on the
 * last line, `N passed, N failed, N skipped`; saves the same for `npm test`.
 */
function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const tallies = new Map(engines.map((engine) => [engine.name, { passed: 0, failed: 0, skipped: 0 }]));
      const skips = [];
      for (const session of sessions) {
        const engine = session.browser.engine ?? session.browser.name;
        const tally = tallies.get(engine) ?? tallies.set(engine, { passed: 0, failed: 0, skipped: 0 }).get(engine);
        const count = (suite, path) => {
          for (const test of suite.tests) {
            if (test.skipped) {
              tally.skipped++;
              skips.push(`${engine} skipped: ${[...path, test.name].join(' > ')}`);
            } else if (test.passed) tally.passed++;
            else tally.failed++;
          }
          for (const child of suite.suites) count(child, [...path, child.name]);
        };
        if (session.testResults) count(session.testResults, []);
        // A file that failed to load, or an error outside any test, fails too.
        if (!session.passed && (session.errors?.length ?? 0) > 0) tally.failed++;
      }
      const total = { passed: 0, failed: 0, skipped: 0 };
      const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;
      const lines = [];
      for (const [engine, tally] of tallies) {
        for (const key of Object.keys(total)) total[key] += tally[key];
        lines.push(`${engine}: ${line(tally)}`);
      }
      this.lines = [...new Set(skips)].sort().concat(lines, line(total));
      writeFileSync('build/test-summary.txt', `${this.lines.join('\n')}\n`);
    },
    stop() {
      if (this.lines) console.log(`\n${this.lines.join('\n')}`);
    },
  };
}

export default {
  files: ['test/**/*.test.ts', `!${TIME_ZONE_TESTS}`],
  groups: ZONES.map((_, i) => ({ name: `time zones ${i + 1}`, files: TIME_ZONE_TESTS, browsers: zonedBrowsers })),
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  // One page at a time per browser: a background page gets no animation frames,
  // which fixtures wait for. Two browsers at once, each with its one page in front.
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 120000,
  // A test's time limit: what waits on a condition fails by its own check first
  // (`until`: 300 frames); this only catches a hang. 30 s, not 10 s: on a loaded
  // 2-core machine WebKit's WebDriver key and pointer actions alone took seconds.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  browsers,
  middleware: [testApi],
  // Server rendering for test/fixture.ts (@lit-labs/testing): renders a test's template in a Node worker.
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('tsconfig.json', import.meta.url)), target: 'es2022' }),
    commandsPlugin(),
    litSsrPlugin(),
  ],
  // Hydration support first, as a page with server-rendered elements loads it: before Lit and the elements.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html><head><meta charset="utf-8"></head><body>
<script type="module" src="/src/ssr/hydrate.ts"></script>
<script type="module" src="${testFramework}"></script>
</body></html>`,
  reporters: [defaultReporter(), summaryReporter()],
};

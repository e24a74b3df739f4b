// Browser tests, in a real headless Chromium (Debian's, or CHROME_PATH).
// Tests are TypeScript compiled by `tsc -p tsconfig.test.json` into build/.
import { readFileSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, findChromium } from './scripts/browsers.mjs';

// Several test pages may run at once: keep background pages' timers and frames running.
const FLAGS = [
  ...CHROMIUM_FLAGS,
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/**
 * Test commands the browser side can call: pin the page's time zone; read the
 * page's DOM counters after a full garbage collection; read the fuzz seed.
 */
function commandsPlugin() {
  return {
    name: 'intel-brief-commands',
    async executeCommand({ command, payload, session }) {
      const page = () => session.browser.getPage(session.id);
      if (command === 'emulate-timezone') {
        await page().emulateTimezone(payload?.timezone || undefined);
        return true;
      }
      if (command === 'dom-counters') {
        const cdp = await page().createCDPSession();
        await cdp.send('HeapProfiler.collectGarbage');
        const counters = await cdp.send('Memory.getDOMCounters');
        const heap = await cdp.send('Runtime.getHeapUsage');
        await cdp.detach();
        return { ...counters, jsHeapUsed: heap.usedSize };
      }
      if (command === 'fuzz-seed') return { seed: process.env.FUZZ_SEED ?? null };
      return undefined;
    },
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A few misbehaving endpoints for the `src` tests, under /test-api/:
 * delay?ms=&file= (a slow copy of a repo file), status/<code>, html, empty, hang.
 */
async function testApi(ctx, next) {
  if (!ctx.path.startsWith('/test-api/')) return next();
  const [, , what, arg] = ctx.path.split('/');
  ctx.set('cache-control', 'no-store');
  if (what === 'delay') {
    await sleep(Number(ctx.query.ms ?? 0));
    ctx.type = 'application/json';
    ctx.body = readFileSync(`.${String(ctx.query.file).replace(/\.\./g, '')}`, 'utf8');
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

/** Prints `N passed, N failed` alone on the last line, and saves it for .ci/run. */
function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const count = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(count);
      };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that failed to load, or an error outside any test, fails too.
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed++;
      }
      this.line = `${passed} passed, ${failed} failed`;
      writeFileSync('build/test-summary.txt', `${this.line}\n`);
    },
    stop() {
      if (this.line) console.log(`\n${this.line}`);
    },
  };
}

export default {
  files: ['build/test/**/*.test.js'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  // One page at a time: a background page gets no animation frames, which fixtures wait for.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: FLAGS },
    }),
  ],
  middleware: [testApi],
  plugins: [commandsPlugin()],
  reporters: [defaultReporter(), summaryReporter()],
};

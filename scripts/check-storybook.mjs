// Visits every story of the static Storybook (storybook-static/, from
// `npm run build-storybook`) in headless Chromium and checks that each one
// renders its element with content, logs no error to the console, and has no
// axe violations. Prints one line a story, then `N passed, N failed`.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from './browsers.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['intel-brief', 'brief-section', 'download-pdf'];

const server = await startDevServer({
  config: { rootDir: 'storybook-static', port: 0, hostname: '127.0.0.1', watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.server.address().port}`;
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_FLAGS,
});

let passed = 0;
let failed = 0;
for (const story of stories) {
  const problems = [];
  const page = await browser.newPage();
  const expectNetworkError = story.tags?.includes('expect-network-error');
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location()?.url ?? '';
    if (url.endsWith('/favicon.ico')) return; // the browser asks for it; Storybook has none
    if (expectNetworkError && message.text().startsWith('Failed to load resource')) return;
    problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  try {
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    // Rendered: some element of ours holds content in its shadow root.
    await page
      .waitForFunction(
        (tags) => {
          const els = document.querySelectorAll(tags.join(','));
          return els.length > 0 && [...els].every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0);
        },
        { timeout: 10000 },
        TAGS,
      )
      .catch(() => problems.push('no element of ours rendered content'));
    await new Promise((resolve) => setTimeout(resolve, 300)); // let src loads settle
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      // Storybook's a11y addon runs axe after each render too: on a busy machine
      // it may still be running, and axe runs one at a time. Wait for it.
      for (let tries = 0; ; tries++) {
        try {
          const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
          return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
        } catch (error) {
          if (!String(error?.message).includes('already running') || tries >= 100) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    });
    problems.push(...violations.map((v) => `axe: ${v}`));
  } catch (error) {
    problems.push(`failed to check: ${error.message}`);
  }
  await page.close();
  if (problems.length) {
    failed++;
    console.log(`✗ ${story.title} › ${story.name}\n    ${problems.join('\n    ')}`);
  } else {
    passed++;
    console.log(`✓ ${story.title} › ${story.name}`);
  }
}

await browser.close();
await server.stop();
const line = `${passed} passed, ${failed} failed`;
writeFileSync('build/storybook-summary.txt', `${line}\n`);
console.log(`\nStorybook: ${stories.length} stories\n${line}`);
process.exitCode = failed ? 1 : 0;

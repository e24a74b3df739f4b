// Lighthouse on the demo page, as a new user first sees it (`npm start`): starts
// scripts/serve-demo.mjs on a free loopback port, runs Lighthouse's performance
// category with its defaults (a mobile phone, simulated throttling: slow 4G and a
// 4× slower CPU, computed from one unthrottled load, so the machine's load moves
// the figures less), several times, each in a fresh headless Chromium, and prints
// every run and the median of each figure.
// Nothing leaves the machine: Chromium resolves only localhost and 127.0.0.1
// (scripts/browsers.mjs's flags, as the tests use).
// Run after `npm run build`: node scripts/bench-demo.mjs [--runs 5] [--path /demo/] [--desktop]
// (or `npm run bench:demo`, which builds first). --desktop: Lighthouse's desktop
// settings instead (a wide screen, a fast network, no CPU slowdown). CHROME_PATH picks the browser.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from './browsers.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option('--runs', 5));
const PATH = option('--path', '/demo/');
const DESKTOP = args.includes('--desktop');

/** Starts the demo server as `npm start` does, on a port the system picks; resolves with its URL. */
async function startDemo() {
  const server = spawn(process.execPath, ['scripts/serve-demo.mjs'], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    server.stdout.setEncoding('utf8');
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const found = output.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (found) resolve(found[0]);
    });
    server.once('exit', (code) => reject(new Error(`the demo server exited (${code}) before it listened:\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      if (server.exitCode !== null) return;
      server.kill();
      await once(server, 'exit');
    },
  };
}

const FIGURES = [
  ['performance', (lhr) => Math.round(lhr.categories.performance.score * 100), (v) => String(v)],
  ['CLS', (lhr) => lhr.audits['cumulative-layout-shift'].numericValue, (v) => v.toFixed(3)],
  ['TBT', (lhr) => lhr.audits['total-blocking-time'].numericValue, (v) => `${Math.round(v)} ms`],
  ['LCP', (lhr) => lhr.audits['largest-contentful-paint'].numericValue, (v) => `${Math.round(v)} ms`],
  ['FCP', (lhr) => lhr.audits['first-contentful-paint'].numericValue, (v) => `${Math.round(v)} ms`],
  ['SI', (lhr) => lhr.audits['speed-index'].numericValue, (v) => `${Math.round(v)} ms`],
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const chromePath = findChromium();
if (!chromePath) throw new Error('no Chromium found: set CHROME_PATH');
const demo = await startDemo();
const target = new URL(PATH, demo.url).href;
console.log(`Lighthouse, ${DESKTOP ? 'desktop' : 'mobile'}, simulated throttling, ${RUNS} runs: ${target}`);

const runs = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    // Headless (--headless=new), on a free debugging port, which Lighthouse connects to.
    const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: CHROMIUM_FLAGS });
    try {
      const port = Number(new URL(browser.wsEndpoint()).port);
      const flags = { port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' };
      const result = await lighthouse(target, flags, DESKTOP ? desktopConfig : undefined);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      if (run === 1)
        console.log(
          `Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0]}`,
        );
      const figures = FIGURES.map(([, read]) => read(lhr));
      runs.push(figures);
      console.log(`run ${run}: ${FIGURES.map(([name, , show], i) => `${name} ${show(figures[i])}`).join(', ')}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await demo.stop();
}
console.log(
  `median: ${FIGURES.map(([name, , show], i) => `${name} ${show(median(runs.map((figures) => figures[i])))}`).join(', ')}`,
);

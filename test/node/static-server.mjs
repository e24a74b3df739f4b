// What the Node tests that open pages in Chromium share: a static server on
// 127.0.0.1 for a folder, with generated pages at /page/<name>.html, and a
// headless Chromium (Debian's, found by scripts/browsers.mjs).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/browsers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
};

/**
 * Serves `root` (the repository by default) and `pages` (name → HTML, at
 * /page/<name>.html), and starts Chromium. Returns `{ base, browser, close }`.
 */
export async function serveAndLaunch({ root = '.', pages = {} } = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const name = /^\/page\/(\w+)\.html$/.exec(path)?.[1];
    if (name && pages[name]) {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      return response.end(pages[name]);
    }
    if (path === '/favicon.ico' || path.includes('..')) {
      response.writeHead(path.includes('..') ? 403 : 204);
      return response.end();
    }
    try {
      const body = readFileSync(join(root, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
const server = await startDevServer({ config: { rootDir: 'storybook-static', port: 0, hostname: '127.0.0.1', watch: false }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const origin = `http://127.0.0.1:${server.server.address().port}`;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'] });
const page = await browser.newPage();
await page.setViewport({ width: 800, height: 900 });
for (const id of process.argv.slice(2)) {
  await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 500));
  await page.screenshot({ path: `/tmp/sb-${id}.png` });
}
await browser.close(); await server.stop();

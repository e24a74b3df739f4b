// Screenshots for the design note (docs/design/): the reference brief in full and
// card layout, the minimal card, an Arabic brief and a dark page, 640 px wide, in
// headless Chromium. Run from a built checkout: `node scripts/design-shots.mjs after`
// (or, from a worktree of an older commit, `node <this>/scripts/design-shots.mjs before <out dir>`).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from './browsers.mjs';
import { serve } from './bench/server.mjs';

const [prefix = 'after', out = 'docs/design'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });

const arabic = {
  title: 'إضراب عمال الموانئ يهدد حركة الحاويات في موانئ الشمال',
  date: '2026-03-11',
  updated: '2026-03-11T14:30:00Z',
  lang: 'ar',
  tlp: 'AMBER',
  summary: 'من المرجح جدا أن ينخفض نشاط المحطات إلى أقل من 40% طوال مدة الإضراب.',
  where: ['روتردام، هولندا', 'أنتويرب، بلجيكا'],
  keyJudgments: [{ text: 'سينخفض نشاط المحطات خلال الإضراب.', likelihood: 'very likely', confidence: 'moderate' }],
  sections: [
    {
      heading: 'ماذا حدث؟',
      paragraphs: ['أعلنت نقابة عمال الموانئ إضرابا لمدة 48 ساعة.', 'وتقول سلطات الميناء إن الجداول ستتغير.'],
    },
  ],
  sources: [{ title: 'UNODC', publisher: 'United Nations', date: '2023-09-01', reliability: 'B', credibility: 2 }],
};

const page = (body, { dark = false, dir = 'ltr', lang = 'en' } = {}) => `<!doctype html>
<html lang="${lang}" dir="${dir}"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body{margin:16px;font-family:system-ui,sans-serif;${dark ? 'background:#121212;color:#e8e8e8;color-scheme:dark' : 'background:#fff;color:#1b1b1b'}}</style>
<script type="module" src="/dist/intel-brief.bundle.js"></script>
${lang === 'ar' ? '<script type="module" src="/dist/locales/ar.js"></script>' : ''}
<body>${body}</body></html>`;

const pages = {
  '/shot/full.html': page('<intel-brief src="/briefs/cyber-slavery-2024.json" lang="en-US"></intel-brief>'),
  '/shot/card.html': page(
    '<intel-brief layout="card" src="/briefs/cyber-slavery-2024.json" lang="en-US"></intel-brief>',
  ),
  '/shot/minimal-card.html': page('<intel-brief layout="card" src="/briefs/minimal.json" lang="en-US"></intel-brief>'),
  '/shot/arabic.html': page(
    `<intel-brief lang="ar" tlp-max="amber"><script type="application/json">${JSON.stringify(arabic)}</script></intel-brief>`,
    { dir: 'rtl', lang: 'ar' },
  ),
  '/shot/product.html': page(`<style>
    intel-brief::part(header){margin-bottom:1rem;padding:.75rem 1rem;border-block:4px solid #0b3d91;background:color-mix(in srgb,#0b3d91 8%,transparent)}
    intel-brief::part(kind){color:inherit} intel-brief::part(meta){margin-bottom:0;color:inherit}
    intel-brief::part(reference){font-weight:600} intel-brief::part(tlp){font-size:1rem;padding:.1em .75em}</style>
    <intel-brief src="/briefs/port-strike-tlp-green.json" tlp-max="green" lang="en-GB"></intel-brief>`),
  '/shot/dark.html': page(
    '<intel-brief src="/briefs/port-strike-tlp-green.json" tlp-max="green" lang="en-GB"></intel-brief>',
    { dark: true },
  ),
};

const server = await serve(pages);
const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
try {
  for (const path of Object.keys(pages)) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 640, height: 900, deviceScaleFactor: 1 });
    await tab.goto(server.origin + path, { waitUntil: 'networkidle0' });
    await tab.waitForFunction(
      () => {
        const el = document.querySelector('intel-brief');
        return el?.shadowRoot?.querySelector('article, .error, .withheld') && !el.shadowRoot.querySelector('.skeleton');
      },
      { timeout: 30000 },
    );
    await tab.evaluate(() => document.fonts.ready);
    const height = await tab.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
    const wide = await tab.evaluate(() => document.documentElement.scrollWidth);
    if (wide > 640) console.warn(`${path}: the page is ${wide} px wide, wider than the viewport`);
    const file = resolve(join(out, `${prefix}-${path.split('/').pop().replace('.html', '')}.png`));
    // Long pages are cut at 1300 px: the head of a brief is what the design changes.
    // The viewport made as tall as the shot (a clip beyond the viewport misplaces right-to-left pages).
    await tab.setViewport({ width: 640, height: Math.min(height, 1300), deviceScaleFactor: 1 });
    await tab.evaluate(() => new Promise(requestAnimationFrame));
    await tab.screenshot({ path: file });
    console.log(file);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

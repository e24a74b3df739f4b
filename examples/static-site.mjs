// A static site from a folder of briefs: one page per brief, server-rendered
// (it reads with JavaScript off and hydrates when it loads), and an index of
// cards. Plain Node, no framework:
//
//   node examples/static-site.mjs briefs site
//
// Briefs that are not JSON, invalid, or marked above TLP:CLEAR are left out.
// README.md shows this file from its first import on (a test checks they agree).
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { checkBrief, renderBrief, renderBriefPage } from 'intel-brief/server';

const [from = 'briefs', to = 'site', origin = 'https://briefs.example.org'] = process.argv.slice(2);
await mkdir(to, { recursive: true });
// The script that hydrates the pages, served beside them.
// The file itself, from the package's folder (in Node, `intel-brief/ssr-bundle.js` resolves to the server-safe build).
await copyFile(
  new URL('dist/intel-brief.ssr.bundle.js', import.meta.resolve('intel-brief/package.json')),
  `${to}/intel-brief.ssr.bundle.js`,
);

const cards = [];
for (const file of (await readdir(from)).sort()) {
  if (file.endsWith('.pdf')) await copyFile(`${from}/${file}`, `${to}/${file}`);
  if (!file.endsWith('.json')) continue;
  // The file's text: checkBrief parses it (a byte order mark is fine), and its messages quote
  // nothing of a brief that may not be shown, nor of text that is not JSON.
  const check = checkBrief(await readFile(`${from}/${file}`, 'utf8')); // valid, and unmarked or TLP:CLEAR
  if (!check.ok) {
    console.warn(`${file}: left out: ${check.message}`);
    continue;
  }
  const { brief } = check;
  const page = file.replace(/\.json$/, '.html');
  // A file name is data too: in a URL, percent-encoded (which leaves no quote or bracket to break out of the attribute).
  const href = encodeURIComponent(page);
  await writeFile(
    `${to}/${page}`,
    await renderBriefPage(brief, { url: `${origin}/${href}`, jsonLd: true, hydrate: 'intel-brief.ssr.bundle.js' }),
  );
  cards.push(`<li>${await renderBrief(brief, { layout: 'card' })}<p><a href="${href}">Open the brief</a></p></li>`);
}
await writeFile(
  `${to}/index.html`,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Briefs</title>
<script type="module" src="intel-brief.ssr.bundle.js"></script></head>
<body><h1>Briefs</h1><ul>${cards.join('\n')}</ul></body></html>`,
);
console.log(`${cards.length} briefs written to ${to}/`);

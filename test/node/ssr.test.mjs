// Server rendering in Node, against the build: what the HTML holds, with no DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { renderBrief, renderBriefPage, checkBrief, briefJsonLd, briefTemplate } =
  await import('../../dist/ssr/server.js');
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');

const read = (name) => JSON.parse(readFileSync(`briefs/${name}.json`, 'utf8'));
const reference = read('cyber-slavery-2024');
const green = read('port-strike-tlp-green');

/** The text a reader sees: tags, Lit's markers and the styles gone, whitespace folded. */
const textOf = (html) =>
  html
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/<script[^]*?<\/script>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The inline JSON of a server-rendered element, parsed. */
const inlineJson = (html) => {
  const match = /<script type="application\/json">([^]*?)<\/script>/.exec(html);
  return match && JSON.parse(match[1]);
};

/** Runs a module in a fresh Node and returns what it printed. */
const node = (source) => {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', source], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
};

const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'HTMLElement',
  'ShadowRoot',
  'Element',
  'Node',
  'location',
  'MutationObserver',
  'CSS',
];

test('importing the package defines no DOM global (window, document, …)', () => {
  const found = node(`
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    await import('./dist/index.js');
    const names = ${JSON.stringify(DOM_GLOBALS)};
    console.log(JSON.stringify({
      defined: names.filter((name) => typeof globalThis[name] !== 'undefined'),
      added: Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name)),
    }));`);
  assert.deepEqual(found.defined, []);
  // Lit's version counters and metadata, and the custom element registry of its server shim.
  for (const name of found.added)
    assert.match(name, /^lit|^reactiveElement|^customElements$/, `${name} was added to globalThis`);
});

test('server rendering needs no DOM: every element renders, and no DOM global appears', () => {
  const found = node(`
    const { renderBrief } = await import('./dist/ssr/server.js');
    const { readFileSync } = await import('node:fs');
    const brief = JSON.parse(readFileSync('briefs/cyber-slavery-2024.json', 'utf8'));
    const full = await renderBrief(brief);
    const card = await renderBrief(brief, { layout: 'card' });
    const names = ${JSON.stringify(DOM_GLOBALS)};
    console.log(JSON.stringify({ full: full.length, card: card.length, defined: names.filter((name) => typeof globalThis[name] !== 'undefined') }));`);
  assert.deepEqual(found.defined, []);
  assert.ok(found.full > 10000 && found.card > 10000);
});

for (const layout of ['full', 'card']) {
  test(`<intel-brief layout="${layout}"> renders the reference brief to declarative shadow DOM, all of it`, async () => {
    const out = await renderBrief(reference, { layout });
    assert.match(out, /^<intel-brief [^>]*layout="card"|^<intel-brief [^>]*layout="full"/);
    assert.match(out, /<template shadowroot="open" shadowrootmode="open"><style>:host\{/);
    assert.equal(out.match(/<template shadowroot/g).length, 1, 'one shadow root');
    assert.match(out, /<article part="brief"/);
    assert.match(out, /<h2 id="ib-title" part="title">(<!--[^>]*-->)*250 Indian Citizens Rescued From “Cyber-Slavery”/);
    const text = textOf(out);
    for (const heading of layout === 'card'
      ? ["Who's involved", 'What happened?', 'Analysis', 'Conclusion']
      : ['Where', "Who's involved", 'What happened?', 'Analysis', 'Conclusion']) {
      assert.match(
        out,
        new RegExp(
          `<h3 [^>]*part="section-heading">(<!--[^>]*-->)*${heading.replace(/[?']/g, (c) => (c === "'" ? '&#39;' : `\\${c}`))}`,
        ),
        heading,
      );
    }
    for (const section of reference.sections)
      for (const line of [...(section.bullets ?? []), ...(section.paragraphs ?? [])])
        assert.ok(text.includes(line), line);
    assert.match(
      out,
      /<a part="tile" class="tile" href="Indian-Government-Rescues-250-Citizens.pdf" download="Indian Government Rescues 250 Citizens.pdf"/,
    );
    assert.ok(text.includes('Download PDF • 2.69 MB'));
    assert.ok(text.includes('Apr 4, 2024') && text.includes('44 views'));
    assert.match(out, /<time datetime="2024-04-04">/);
    assert.match(out, /^<intel-brief [^>]*lang="en"/, 'names the locale it chose');
    // The brief, for the browser to hydrate from.
    const { $schema, ...expected } = reference;
    assert.deepEqual(inlineJson(out), expected);
    if (layout === 'card') {
      assert.match(out, /<p part="where" class="where">/);
      assert.match(out, /<button part="toggle" class="toggle" aria-expanded="false"/);
      assert.match(out, /<div part="rest" id="ib-rest" class="rest" hidden>/);
      assert.match(
        out,
        /<noscript><style>intel-brief::part\(rest\)\{display:block\}/,
        'JavaScript off shows the whole card',
      );
    } else {
      assert.doesNotMatch(out, /<button|<noscript/);
    }
  });
}

test('a marked brief shows its TLP marking, sources and key judgments when allowed', async () => {
  const out = await renderBrief(green, { tlpMax: 'green' });
  assert.equal(out.match(/<p part="tlp" class="tlp (top|end)" data-tlp="GREEN">TLP:(<!--[^>]*-->)*GREEN/g).length, 2);
  const text = textOf(out);
  for (const s of green.sources) assert.ok(text.includes(s.title), s.title);
  assert.ok(text.includes('B2') && text.includes('A: completely reliable · 1: confirmed by other sources'));
  for (const j of green.keyJudgments) assert.ok(text.includes(j.text), j.text);
  assert.match(out, /^<intel-brief [^>]*lang="en-GB"/);
});

test('the TLP guard applies on the server: nothing of a withheld brief reaches the HTML', async () => {
  for (const options of [{}, { tlpMax: 'clear' }, { tlpMax: 'CLEAR', layout: 'card' }]) {
    const out = await renderBrief(green, options);
    assert.match(out, /part="withheld"/);
    assert.ok(textOf(out).includes('This brief is marked TLP:GREEN and cannot be shown on this page.'));
    for (const secret of [
      green.title,
      green.summary,
      'Rotterdam',
      'Maritime desk',
      green.pdf.href,
      'application/json',
      'ib-2026-0311',
    ]) {
      assert.ok(!out.includes(secret), `${secret} leaked`);
    }
  }
  const page = await renderBriefPage(green, { jsonLd: true });
  for (const secret of [green.title, green.summary, 'Rotterdam', 'ld+json', 'og:title'])
    assert.ok(!page.includes(secret), `${secret} leaked into the page`);
  const check = checkBrief(green);
  assert.equal(check.ok, false);
  assert.equal(check.reason, 'tlp');
  assert.equal(checkBrief(green, { tlpMax: 'amber' }).ok, true);
});

test('an invalid brief renders the error panel, and no inline JSON', async () => {
  const out = await renderBrief({ title: 'x', date: '4/4/2024' });
  assert.match(out, /part="error" class="error" role="alert"/);
  assert.ok(textOf(out).includes('date : expected an ISO 8601 date like 2024-04-04, got "4/4/2024"'));
  assert.equal(inlineJson(out), null);
  assert.deepEqual(
    (({ ok, reason, issues }) => ({ ok, reason, issues }))(checkBrief({ title: 'x', date: '4/4/2024' })),
    {
      ok: false,
      reason: 'invalid',
      issues: [{ path: 'date', message: 'expected an ISO 8601 date like 2024-04-04, got "4/4/2024"' }],
    },
  );
});

test('a brief as JSON text renders too', async () => {
  const out = await renderBrief(JSON.stringify({ title: 'From text', date: '2024-04-04' }));
  assert.ok(textOf(out).includes('From text'));
});

test('the inline JSON cannot end its script, whatever the brief holds', async () => {
  const title = '</script><script>alert(1)</script><!-- & \u2028\u2029 >';
  const out = await renderBrief({ title, date: '2024-04-04', summary: '</SCRIPT>' });
  const script = /<script type="application\/json">([^]*?)<\/script>/.exec(out)[1];
  assert.doesNotMatch(script, /[<>&\u2028\u2029]/);
  assert.equal(JSON.parse(script).title, title);
  assert.equal(out.match(/<script/gi).length, 1);
});

test('date-times show in UTC on the server, and say so; dates are calendar days', async () => {
  const out = await renderBrief({ title: 'x', date: '2026-03-11T23:30:00-05:00', updated: '2026-03-12' });
  assert.match(out, /<time datetime="2026-03-11T23:30:00-05:00">(<!--[^>]*-->)*Mar 12, 2026 \(UTC\)/);
  assert.match(out, /<time datetime="2026-03-12">(<!--[^>]*-->)*Mar 12, 2026</);
});

test('an update on the publication day shows its time, in UTC on the server, named', async () => {
  const out = await renderBrief({ title: 'x', date: '2026-03-11', updated: '2026-03-11T14:30:00Z' }, { lang: 'en-GB' });
  assert.match(textOf(out), /Updated 14:30 \(UTC\)/);
  // The day counts in UTC, the zone shown: 00:30 at +01:00 is 23:30 UTC the same day.
  const late = await renderBrief(
    { title: 'x', date: '2026-03-11', updated: '2026-03-12T00:30:00+01:00' },
    { lang: 'en-GB' },
  );
  assert.match(textOf(late), /Updated 23:30 \(UTC\)/);
  // Another day: the date, as before.
  const later = await renderBrief(
    { title: 'x', date: '2026-03-11', updated: '2026-03-12T02:30:00+01:00' },
    { lang: 'en-GB' },
  );
  assert.match(textOf(later), /Updated 12 Mar 2026 \(UTC\)/);
});

test('lang picks the labels, dates and numbers, as in the browser', async () => {
  await import('../../dist/locales/fr.js');
  const out = await renderBrief(reference, { lang: 'fr' });
  const text = textOf(out);
  assert.ok(
    text.includes('Où') &&
      text.includes('4 avr. 2024') &&
      text.includes('Télécharger le PDF • 2,69 Mo') &&
      text.includes('44 vues'),
  );
  assert.match(out, /^<intel-brief [^>]*lang="fr"/);
});

test('options reach the element as attributes the browser reads back', async () => {
  const out = await renderBrief(reference, { headingLevel: 4, dateStyle: 'long', labels: { where: 'Places' } });
  assert.match(out, /^<intel-brief [^>]*heading-level="4"/);
  assert.match(out, /^<intel-brief [^>]*date-style="long"/);
  assert.match(out, /<h4 id="ib-title"/);
  assert.ok(textOf(out).includes('April 4, 2024') && textOf(out).includes('Places'));
  assert.equal(inlineJson(await renderBrief(reference, { hydratable: false })), null);
});

test('<brief-section> and <download-pdf> render on their own', async () => {
  await import('../../dist/ssr/server.js');
  const out = await collectResult(
    render(html`<brief-section heading="Outlook" heading-level="3" .paragraphs=${['One *big* step']} .bullets=${['a', 'b']}><p>Slotted</p></brief-section>
      <download-pdf href="files/brief.pdf" size="2820669"></download-pdf>
      <download-pdf href="javascript:alert(1)" filename="x.pdf"></download-pdf>`),
  );
  assert.equal(out.match(/<template shadowroot="open" shadowrootmode="open">/g).length, 3);
  assert.match(out, /<h3 {1,2}part="section-heading">(<!--[^>]*-->)*Outlook/);
  assert.match(out, /<em>(<!--[^>]*-->)*big/);
  assert.match(out, /<slot><\/slot>/);
  assert.match(out, /<a part="tile" class="tile" href="files\/brief.pdf" download="brief.pdf"/);
  assert.ok(textOf(out).includes('Download PDF • 2.69 MB'));
  assert.match(out, /<download-pdf\s+href="files\/brief.pdf" size="2820669" lang="en">/);
  assert.match(out, /<span part="tile" class="tile" aria-disabled="true">/);
  assert.doesNotMatch(out, /<a [^>]*href="javascript/);
});

test('briefTemplate() composes into templates of one’s own', async () => {
  const out = await collectResult(render(html`<main>${briefTemplate(reference, { layout: 'card' })}</main>`));
  assert.match(out, /<intel-brief[^>]*layout="card"[^>]*><template shadowroot/);
  assert.ok(inlineJson(out));
});

test('renderBriefPage() gives a standalone page with metadata, JSON-LD and the hydration script', async () => {
  const brief = {
    ...green,
    title: 'A <b>bold</b> & *big* title',
    summary: 'See [the notice](https://example.org/n) </script>',
  };
  const page = await renderBriefPage(brief, {
    tlpMax: 'green',
    jsonLd: true,
    hydrate: '/dist/intel-brief.ssr.bundle.js',
    url: 'https://example.org/briefs/strike.html',
  });
  assert.match(page, /^<!doctype html>\n<html lang="en-GB">/);
  assert.match(page, /<title>A &lt;b&gt;bold&lt;\/b&gt; &amp; big title<\/title>/);
  assert.match(page, /<meta name="description" content="See the notice &lt;\/script&gt;">/);
  for (const [property, content] of [
    ['og:type', 'article'],
    ['og:title', 'A &lt;b&gt;bold&lt;/b&gt; &amp; big title'],
    ['og:url', 'https://example.org/briefs/strike.html'],
    ['og:locale', 'en_GB'],
    ['article:published_time', '2026-03-11T06:30:00+01:00'],
    ['article:modified_time', '2026-03-11T14:00:00+01:00'],
    ['article:tag', 'logistics'],
  ]) {
    assert.ok(page.includes(`<meta property="${property}" content="${content}">`), property);
  }
  assert.match(page, /<link rel="canonical" href="https:\/\/example.org\/briefs\/strike.html">/);
  assert.match(page, /<script type="module" src="\/dist\/intel-brief.ssr.bundle.js"><\/script>/);
  const ld = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(page)[1];
  assert.doesNotMatch(ld, /</, 'JSON-LD has every < escaped');
  const data = JSON.parse(ld);
  assert.equal(data['@context'], 'https://schema.org');
  assert.equal(data['@type'], 'Report');
  assert.equal(data.headline, 'A <b>bold</b> & big title');
  assert.equal(data.datePublished, '2026-03-11T06:30:00+01:00');
  assert.equal(data.dateModified, '2026-03-11T14:00:00+01:00');
  assert.deepEqual(data.author, { '@type': 'Person', name: 'Maritime desk' });
  assert.equal(data.inLanguage, 'en-GB');
  assert.equal(data.keywords, 'logistics, labour, Europe');
  assert.deepEqual(
    data.about.map((a) => a.name),
    ['logistics', 'labour', 'Europe'],
  );
  assert.equal(data.associatedMedia.contentUrl, 'https://example.org/briefs/ib-2026-0311.pdf');
  assert.equal(data.citation[1].url, 'https://example.org/port-notice');
  assert.equal(page.match(/<intel-brief /g).length, 1);
  assert.equal(page.match(/<template shadowroot/g).length, 1);
  // Without the options: no JSON-LD, no script.
  const plain = await renderBriefPage(reference);
  assert.doesNotMatch(plain, /ld\+json|type="module"/);
  // A marked brief's page prints its marking in every page's margins, JavaScript or not; an
  // unmarked one's has no @page rule.
  assert.match(page, /<style>@page\{margin:20mm 15mm;@top-center\{content:"TLP:GREEN";/);
  assert.doesNotMatch(plain, /@page/);
  assert.deepEqual(
    briefJsonLd(reference).spatialCoverage.map((p) => p.name),
    ['India', 'Cambodia'],
  );
});

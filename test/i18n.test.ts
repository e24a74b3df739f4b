// Languages as a reader meets them: lists and punctuation in the locale's words,
// data isolated in right-to-left text, labels that say which language they are in,
// plural forms for every category, and locale modules that apply even when they
// load after the briefs are on screen. Tests that need a locale module *not* to be
// loaded yet come first: a module, once imported, stays registered for the page.
import { expect, html } from '@open-wc/testing';
import { defaultLabels, type BriefLabels } from '../src/brief/labels.js';
import { LIKELIHOODS } from '../src/brief/schema.js';
import '../src/index.js';
import type { BriefInput, IntelBrief } from '../src/index.js';
import { $, $$, sample, textOf } from './helpers.js';
import { both, client, render } from './fixture.js';

afterEach(() => document.querySelectorAll('body > intel-brief, body > download-pdf').forEach((el) => el.remove()));

/** The twelve locale modules this package ships. */
const LOCALES = ['ar', 'de', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'ru', 'uk', 'zh'];
/** Each module imported by a literal path: the test server maps those, not a computed one, to TypeScript. */
const LOCALE_MODULES: Record<string, () => Promise<unknown>> = {
  ar: () => import('../src/locales/ar.js'),
  de: () => import('../src/locales/de.js'),
  es: () => import('../src/locales/es.js'),
  fr: () => import('../src/locales/fr.js'),
  it: () => import('../src/locales/it.js'),
  ja: () => import('../src/locales/ja.js'),
  nl: () => import('../src/locales/nl.js'),
  pl: () => import('../src/locales/pl.js'),
  pt: () => import('../src/locales/pt.js'),
  ru: () => import('../src/locales/ru.js'),
  uk: () => import('../src/locales/uk.js'),
  zh: () => import('../src/locales/zh.js'),
};
const registry = () =>
  (globalThis as unknown as Record<symbol, Record<string, BriefLabels>>)[Symbol.for('intel-brief.labels')];
const viewsOf = (el: IntelBrief) => [...$(el, '[part="meta"]')!.children].at(-1)!.textContent.trim();

describe('<intel-brief> dates and labels, no locale module loaded', () => {
  let reference: BriefInput;
  before(async () => {
    reference = await sample('cyber-slavery-2024');
  });

  both('formats dates for the locale and date-style', async (fixture) => {
    const el = await render(fixture, reference, 'lang=de-DE date-style=long');
    expect($(el, 'time')!.textContent).to.equal('4. April 2024');
    el.setAttribute('lang', 'en-GB');
    el.dateStyle = 'full';
    await el.updateComplete;
    expect($(el, 'time')!.textContent).to.match(/^Thursday,? 4 April 2024$/);
  });

  both('takes the nearest lang of the page when neither element nor brief has one', async (fixture) => {
    const wrapper = await fixture(html`<div lang="fr"><intel-brief></intel-brief></div>`);
    const el = wrapper.querySelector('intel-brief') as IntelBrief;
    el.brief = reference;
    await el.updateComplete;
    expect($(el, 'time')!.textContent).to.equal('4 avr. 2024');
    expect(textOf(el)).to.contain('44 views');
  });

  both('lets every label be overridden', async (fixture) => {
    const el = await render(fixture, reference);
    el.labels = { where: 'Où', who: 'Qui', download: 'Télécharger', views: { one: '# vue', other: '# vues' } };
    await el.updateComplete;
    expect(
      $$(el, 'h3')
        .map((h) => h.textContent)
        .slice(0, 2),
    ).to.deep.equal(['Où', 'Qui']);
    expect(textOf(el)).to.contain('Télécharger • 2.69 MB').and.contain('44 vues');
  });

  both('pluralises and localises the view count', async (fixture) => {
    const el = await render(fixture, { title: 'x', date: '2024-04-04', views: 1 }, 'lang=en-US');
    expect(textOf(el)).to.contain('1 view').and.not.contain('1 views');
    el.brief = { title: 'x', date: '2024-04-04', views: 12345 };
    await el.updateComplete;
    expect(textOf(el)).to.contain('12,345 views');
  });
});

describe('a locale module loaded after the briefs are on screen', () => {
  // Client-rendered only: it needs a locale module not yet loaded, and a module once loaded stays for the page.
  it('applies at once to a brief, a card, a withheld notice and a lone PDF tile', async () => {
    expect(registry().it, 'Italian is not loaded yet').to.equal(undefined);
    const brief = await sample('port-strike-tlp-green');
    const full = await render(client, brief, { lang: 'it', 'tlp-max': 'green' });
    const card = await render(client, brief, { lang: 'it', 'tlp-max': 'green', layout: 'card' });
    const withheld = await render(client, brief, { lang: 'it' });
    const tile = document.createElement('download-pdf');
    tile.setAttribute('lang', 'it');
    tile.setAttribute('href', '/briefs/x.pdf');
    document.body.append(tile);
    await tile.updateComplete;
    expect(tile.shadowRoot!.textContent).to.contain('Download PDF');
    expect($$(full, 'h3').map((h) => h.textContent)[0]).to.equal('Key judgments');
    expect(textOf(withheld)).to.contain('cannot be shown on this page');
    $(card, 'button')!.click(); // an expanded card stays expanded
    await card.updateComplete;

    await import('../src/locales/it.js');
    await Promise.all([full, card, withheld, tile].map((el) => el.updateComplete));
    expect(tile.shadowRoot!.textContent).to.contain('Scarica il PDF').and.not.contain('Download PDF');
    expect(
      $$(full, 'h3')
        .map((h) => h.textContent)
        .slice(0, 2),
    ).to.deep.equal(['Valutazioni chiave', 'Dove']);
    expect(textOf(full)).to.contain('molto probabile').and.contain('Argomenti: logistics, labour e Europe');
    expect($(card, 'button')!.textContent).to.equal('Leggi la nota completa');
    expect($(card, 'button')!.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(withheld)).to.contain('Questa nota è contrassegnata TLP:GREEN');
  });
});

describe('labels where the locale has none', () => {
  both('counts in English with English plural rules, and says the labels are English', async (fixture) => {
    // Korean and Belarusian have no locale module: the labels fall back to English.
    const one = await render(fixture, { title: 'x', date: '2024-04-04', views: 1 }, { lang: 'ko' });
    expect(viewsOf(one)).to.equal('1 view');
    expect($(one, '[part="meta"] [lang="en"]')!.textContent).to.equal('1 view');
    const many = await render(fixture, { title: 'x', date: '2024-04-04', views: 21 }, { lang: 'be' });
    expect(viewsOf(many)).to.equal('21 views');
    const two = await render(fixture, { title: 'x', date: '2024-04-04', views: 2 }, { lang: 'be' });
    expect(viewsOf(two)).to.equal('2 views');
  });
});

describe('right to left and punctuation', () => {
  before(() => Promise.all(LOCALES.map((code) => LOCALE_MODULES[code]())));

  const rtlBrief = {
    title: 'موجز',
    date: '2023-09-02',
    lang: 'ar',
    where: ['Rotterdam, Netherlands', 'Antwerp, Belgium'],
    sources: [
      { title: 'تقرير المخدرات العالمي', publisher: 'UNODC', date: '2023-09-01', reliability: 'B', credibility: 2 },
    ],
    tags: ['drugs', 'Europe'],
    views: 3,
    author: 'Desk A',
    updated: '2023-09-05',
  };

  both(
    'keeps each piece of a source in its place in Arabic: title, then publisher, then date, right to left',
    async (fixture) => {
      const el = await render(fixture, rtlBrief, { lang: 'ar' });
      const item = $(el, '[part="sources"] li')!;
      const [title, publisher] = [...item.querySelectorAll('bdi')];
      const date = item.querySelector('time')!;
      expect(title.textContent).to.equal('تقرير المخدرات العالمي');
      expect(publisher.textContent).to.equal('UNODC');
      expect(getComputedStyle(date).unicodeBidi).to.equal('isolate');
      // The pieces run right to left in reading order, none cut into another: every box of
      // the title lies right of every box of the publisher, and those right of the date's.
      const extent = (node: Element) => {
        const boxes = [...node.getClientRects()].filter((box) => box.width > 0);
        return { left: Math.min(...boxes.map((box) => box.left)), right: Math.max(...boxes.map((box) => box.right)) };
      };
      expect(extent(title).left, 'title right of publisher').to.be.at.least(extent(publisher).right - 1);
      expect(extent(publisher).left, 'publisher right of date').to.be.at.least(extent(date).right - 1);
      // Arabic commas between the pieces, and no middle dot that reads as an Arabic zero.
      expect(item.textContent.replace(/\s+/g, ' ')).to.contain('تقرير المخدرات العالمي، UNODC، ');
      expect(textOf(el)).to.not.contain('·');
      expect($$(el, '[part="meta"] [aria-hidden="true"]').map((s) => s.textContent)).to.deep.equal(['، ', '، ', '، ']);
      await expect(el).to.be.accessible();
    },
  );

  both('reads two places as two, in the locale’s own list', async (fixture) => {
    const brief = { ...rtlBrief, lang: 'en-GB', title: 'Ports' };
    const en = await render(fixture, brief, { lang: 'en-GB', layout: 'card' });
    expect($(en, '[part="where"]')!.textContent).to.equal('Where: Rotterdam, Netherlands and Antwerp, Belgium');
    expect($$(en, '[part="where"] bdi').map((b) => b.textContent)).to.deep.equal([
      'Rotterdam, Netherlands',
      'Antwerp, Belgium',
    ]);
    const fr = await render(fixture, brief, { lang: 'fr', layout: 'card' });
    expect($(fr, '[part="where"]')!.textContent).to.equal('Où\u00a0: Rotterdam, Netherlands et Antwerp, Belgium');
    const ar = await render(fixture, rtlBrief, { lang: 'ar', layout: 'card' });
    const where = $(ar, '[part="where"]')!;
    expect($$(ar, '[part="where"] bdi').map((b) => b.textContent)).to.deep.equal([
      'Rotterdam, Netherlands',
      'Antwerp, Belgium',
    ]);
    expect(where.textContent).to.match(/^أين: Rotterdam, Netherlands\s?و\s?Antwerp, Belgium$/);
  });

  both('takes colons and separators from the locale', async (fixture) => {
    const brief = await sample('port-strike-tlp-green');
    const fr = await render(fixture, brief, { lang: 'fr', 'tlp-max': 'green' });
    expect($(fr, '[part="summary"] strong')!.textContent).to.equal('En bref\u00a0: ');
    expect($(fr, '[part="tags"]')!.textContent).to.match(
      /^Thèmes\u00a0: logistics, labour,? et Europe$|^Thèmes\u00a0: logistics, labour, Europe$/,
    );
    const ja = await render(fixture, brief, { lang: 'ja', 'tlp-max': 'green' });
    expect($(ja, '[part="summary"] strong')!.textContent).to.equal('要旨：');
    expect($$(ja, '[part="meta"] [aria-hidden="true"]')[0].textContent).to.equal('・');
    expect($(ja, '[part="grade"]')!.getAttribute('aria-label')).to.equal('B2：通常は信頼できる、おそらく真実');
  });
});

describe('the language of labels', () => {
  both('marks labels in the element’s locale inside a brief in another language', async (fixture) => {
    const brief = await sample('port-strike-tlp-green'); // en-GB
    const el = await render(fixture, brief, { lang: 'fr', 'tlp-max': 'green' });
    const article = $(el, 'article')!;
    expect(article.lang).to.equal('en-GB');
    const headings = $$(el, 'h3');
    // Label headings carry lang="fr"; the brief's own headings do not.
    expect(headings.map((h) => [h.textContent, h.querySelector('[lang]')?.getAttribute('lang') ?? null])).to.deep.equal(
      [
        ['Jugements clés', 'fr'],
        ['Où', 'fr'],
        ['Acteurs concernés', 'fr'],
        ['What happened?', null],
        ['Outlook', null],
        ['Sources', 'fr'],
      ],
    );
    expect($(el, '[part="summary"] [lang="fr"]')!.textContent).to.equal('En bref\u00a0: ');
    expect($(el, '[part="tags"] [lang="fr"]')!.textContent).to.equal('Thèmes\u00a0: ');
    expect($(el, '[part="grade"]')!.lang).to.equal('fr');
    expect($(el, '[part="judgments"] [lang="fr"]')!.textContent).to.match(/^très probable/);
    expect($(el, '[part="action"]')!.lang).to.equal('fr');
    // What the brief says stays in its language: no lang inside it but on labels.
    expect($(el, '[part="summary"]')!.lastElementChild!.closest('[lang]')).to.equal(article);
    await expect(el).to.be.accessible();
  });

  both('writes no lang inside a brief in the labels’ language', async (fixture) => {
    const el = await render(fixture, await sample('port-strike-tlp-green'), {
      lang: 'en-US',
      'tlp-max': 'green',
      layout: 'card',
    });
    expect($$(el, 'article [lang]')).to.have.length(0);
  });
});

describe('twelve complete locales', () => {
  before(() => Promise.all(LOCALES.map((code) => LOCALE_MODULES[code]())));

  it('gives every label, plural category, likelihood term and grade in each', () => {
    expect(LOCALES).to.have.length.of.at.least(12);
    for (const code of LOCALES) {
      const labels = registry()[code] as unknown as Record<string, unknown>;
      expect(labels, code).to.be.an('object');
      expect(labels.lang, code).to.equal(code);
      let same = 0;
      for (const [key, english] of Object.entries(defaultLabels)) {
        const value = labels[key];
        expect(value, `${code}.${key}`).to.not.equal(undefined).and.not.equal('');
        if (typeof english === 'string' && value === english && !['colon', 'comma', 'separator'].includes(key)) same++;
      }
      expect(same, `${code}: labels left as the English ones`).to.be.at.most(1); // French "Sources"
      const keys = (object: unknown) => Object.keys(object as object).sort();
      expect(keys(labels.likelihoods), `${code}.likelihoods`).to.deep.equal(Object.keys(LIKELIHOODS).sort());
      expect(keys(labels.reliability), `${code}.reliability`).to.deep.equal(['A', 'B', 'C', 'D', 'E', 'F']);
      expect(keys(labels.credibility), `${code}.credibility`).to.deep.equal(['1', '2', '3', '4', '5', '6']);
      expect(keys(labels.confidence), `${code}.confidence`).to.deep.equal(['high', 'low', 'moderate']);
      expect(keys(labels.handling), `${code}.handling`).to.deep.equal([
        'AMBER',
        'AMBER+STRICT',
        'CLEAR',
        'GREEN',
        'RED',
      ]);
      for (const [level, line] of Object.entries(labels.handling as Record<string, string>))
        expect(line, `${code}.handling.${level}`)
          .to.be.a('string')
          .and.not.equal(defaultLabels.handling[level as 'RED']);
      const views = labels.views as Record<string, string>;
      for (const category of new Intl.PluralRules(code).resolvedOptions().pluralCategories)
        expect(views[category], `${code}.views.${category}`).to.be.a('string');
      expect(labels.withheld, code).to.contain('{tlp}');
      expect(labels, code).to.not.have.property('less');
    }
  });

  both('shows a brief with no English label left, in each', async (fixture) => {
    const brief = await sample('port-strike-tlp-green');
    const english = [
      'Bottom line',
      'Key judgments',
      'Where',
      "Who's involved",
      'Topics',
      'Download PDF',
      'Updated',
      'very likely (',
      'confidence',
      'usually reliable',
      'probably true',
      'Read the full',
      'Reference',
      'Share within',
    ];
    for (const code of LOCALES) {
      const el = await render(fixture, brief, { lang: code, 'tlp-max': 'green' });
      const text = `${textOf(el)} ${$$(el, '[part="grade"]')
        .map((g) => g.getAttribute('aria-label'))
        .join(' ')}`;
      for (const word of english) expect(text, `${code}: ${word}`).to.not.contain(word);
      el.remove();
    }
  });

  both('counts views in every plural form: Russian, Polish, Ukrainian, Arabic', async (fixture) => {
    const el = await render(fixture, { title: 'x', date: '2024-04-04', views: 0 }, { lang: 'ru' });
    const count = async (lang: string, views: number) => {
      el.setAttribute('lang', lang);
      el.brief = { title: 'x', date: '2024-04-04', views };
      await el.updateComplete;
      return viewsOf(el);
    };
    const expectations: [string, number, string][] = [
      ['ru', 1, '1 просмотр'],
      ['ru', 2, '2 просмотра'],
      ['ru', 5, '5 просмотров'],
      ['ru', 21, '21 просмотр'],
      ['ru', 22, '22 просмотра'],
      ['ru', 111, '111 просмотров'],
      ['pl', 1, '1 wyświetlenie'],
      ['pl', 2, '2 wyświetlenia'],
      ['pl', 5, '5 wyświetleń'],
      ['pl', 21, '21 wyświetleń'],
      ['pl', 22, '22 wyświetlenia'],
      ['uk', 1, '1 перегляд'],
      ['uk', 3, '3 перегляди'],
      ['uk', 11, '11 переглядів'],
      ['uk', 21, '21 перегляд'],
    ];
    const arabic = new Intl.NumberFormat('ar');
    expectations.push(
      ['ar', 0, `${arabic.format(0)} مشاهدة`],
      ['ar', 1, 'مشاهدة واحدة'],
      ['ar', 2, 'مشاهدتان'],
      ['ar', 3, `${arabic.format(3)} مشاهدات`],
      ['ar', 11, `${arabic.format(11)} مشاهدةً`],
      ['ar', 100, `${arabic.format(100)} مشاهدة`],
    );
    for (const [lang, views, expected] of expectations)
      expect(await count(lang, views), `${lang} ${views}`).to.equal(expected);
  });
});

describe('<intel-brief> labels with a locale module loaded', () => {
  both('merges partial label overrides one level deep', async (fixture) => {
    const brief = await sample('port-strike-tlp-green');
    const el = await render(fixture, brief, 'tlp-max=green');
    el.labels = { confidence: { low: 'faible' }, reliability: { A: 'sûre' } };
    await el.updateComplete;
    const text = textOf(el);
    expect(text).to.contain('Moderate confidence').and.contain('faible');
    const tips = $$(el, '[role="tooltip"]').map((t) => t.textContent);
    expect(tips).to.deep.equal(['B: usually reliable · 2: probably true', 'A: sûre · 1: confirmed by other sources']);
  });

  both('takes its labels from the locale, with a locale module loaded', async (fixture) => {
    await import('../src/locales/fr.js');
    const { kind, ...reference } = await sample('cyber-slavery-2024');
    expect(kind).to.equal('Intel Brief');
    const el = await render(fixture, reference, 'lang=fr-FR');
    expect(
      $$(el, 'h3')
        .map((h) => h.textContent)
        .slice(0, 2),
    ).to.deep.equal(['Où', 'Acteurs concernés']);
    expect(textOf(el)).to.contain('44 vues').and.contain('Télécharger le PDF • 2,69 Mo').and.contain('4 avr. 2024');
    expect($(el, '.kind')!.textContent).to.equal('Note de renseignement');
  });
});

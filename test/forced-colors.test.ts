// Forced colours (Windows High Contrast): every state of the three elements, as a reader in
// forced colours perceives it. Backgrounds give way to the system's Canvas there, so what
// tells a box from the page must be a border or an outline in a visible system colour, and
// text must differ from what is behind it. Chromium only: the emulation is the DevTools
// protocol's (Emulation.setEmulatedMedia); Firefox and WebKit offer none over WebDriver, so
// there each test is skipped and says why.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { DownloadPdf, IntelBrief } from '../src/index.js';
import { $, $$, sample } from './helpers.js';
import { both, render } from './fixture.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 300 && !check(); i++) await frame();
  expect(check(), what).to.equal(true);
}

/** An `rgb()`/`rgba()` colour's channels, alpha last. */
const rgba = (colour: string) => {
  const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, colour.startsWith('rgba') ? a : 1] as const;
};
const visible = (colour: string) => rgba(colour)[3] > 0.5;
const same = (a: string, b: string) => rgba(a).slice(0, 3).join() === rgba(b).slice(0, 3).join();

/** The page's background in forced colours (Canvas). */
const canvas = () => getComputedStyle(document.documentElement).backgroundColor;

/**
 * The edges of `el` a reader sees: its outline (all sides) or the borders on `sides`,
 * solid enough (1 px at least) in a colour that is not the page's.
 */
function edge(el: Element, sides: string[] = ['top', 'right', 'bottom', 'left']) {
  const s = getComputedStyle(el);
  const outline =
    s.outlineStyle !== 'none' &&
    parseFloat(s.outlineWidth) >= 1 &&
    visible(s.outlineColor) &&
    !same(s.outlineColor, canvas());
  const border = sides.every((side) => {
    const [style, width, colour] = ['style', 'width', 'color'].map((p) => s.getPropertyValue(`border-${side}-${p}`));
    return style !== 'none' && parseFloat(width) >= 1 && visible(colour) && !same(colour, canvas());
  });
  return outline || border;
}

/** Its text colour differs from its own background, or (none) from the page's. */
function readable(el: Element) {
  const s = getComputedStyle(el);
  const behind = visible(s.backgroundColor) ? s.backgroundColor : canvas();
  return visible(s.color) && !same(s.color, behind);
}

describe('forced colours (Windows High Contrast)', function () {
  let on = false;
  before(async function () {
    on = (await executeServerCommand('forced-colors', { active: true })) === true;
  });
  after(async () => {
    if (on) await executeServerCommand('forced-colors', { active: false });
  });
  beforeEach(function () {
    if (!on) this.skip(); // Firefox, WebKit: no forced-colours emulation over WebDriver (Chromium's DevTools protocol only)
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
  });
  afterEach(() => document.querySelectorAll('body > intel-brief').forEach((el) => el.remove()));

  both(
    'the loading placeholder shows its bounds with an outline or border in a system colour (Chromium only)',
    async (fixture) => {
      const el = await fixture<IntelBrief>(html`<intel-brief src="/test-api/hang"></intel-brief>`);
      const skeleton = $(el, '[part="skeleton"]')!;
      expect(skeleton, 'the placeholder').to.exist;
      expect(skeleton.getBoundingClientRect().height).to.be.above(100);
      expect(edge(skeleton), 'a visible outline or border around the placeholder').to.equal(true);
      el.remove();
    },
  );

  both(
    'an open grade meaning has a visible edge, text unlike its background, and stays in the viewport (Chromium only)',
    async (fixture) => {
      const el = await render(fixture, await sample('port-strike-tlp-green'), {
        'tlp-max': 'green',
        style: 'display:block; padding-top: 6rem',
      });
      const chip = $$(el, '[part="grade"]')[0];
      const tip = chip.querySelector('[role="tooltip"]')!;
      chip.focus();
      await until(() => getComputedStyle(tip).display !== 'none', 'the meaning opens on focus');
      expect(edge(tip), 'a visible edge around the meaning').to.equal(true);
      expect(readable(tip), 'its text unlike its background').to.equal(true);
      const box = tip.getBoundingClientRect();
      expect(box.left >= 0 && box.right <= document.documentElement.clientWidth, 'inside the viewport').to.equal(true);
      expect(edge(chip), 'the chip keeps its border').to.equal(true);
    },
  );

  both(
    'full brief, card closed and open, error, withheld: boxes keep their edges and text reads (Chromium only)',
    async (fixture) => {
      const brief = await sample('port-strike-tlp-green');
      const full = await render(fixture, brief, { 'tlp-max': 'red' });
      expect(edge($(full, '[part="summary"]')!, ['left']), 'the summary keeps its rule').to.equal(true);
      expect(edge($(full, '[part="footer"]')!, ['top']), "the footer's rule").to.equal(true);
      for (const p of $$(full, 'p, li, h2, h3')) expect(readable(p), p.textContent).to.equal(true);

      const card = await render(fixture, brief, { 'tlp-max': 'red', layout: 'card' });
      expect(edge($(card, '[part="brief"]')!), 'the card keeps its border').to.equal(true);
      const toggle = $(card, '[part="toggle"]')!;
      expect(edge(toggle), 'the button keeps its border').to.equal(true);
      expect(readable(toggle)).to.equal(true);
      toggle.click();
      await card.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(edge($(card, '[part="brief"]')!), 'the open card keeps its border').to.equal(true);

      const error = await render(fixture, { title: 42 });
      expect(edge($(error, '[role="alert"]')!, ['left']), 'the error keeps its rule').to.equal(true);
      expect(readable($(error, '[role="alert"] p')!)).to.equal(true);

      const withheld = await render(fixture, brief, { 'tlp-max': 'clear' });
      const notice = $(withheld, '[part="withheld"]') ?? $(withheld, '.withheld')!;
      expect(edge(notice, ['left']), 'the withheld notice keeps its rule').to.equal(true);
    },
  );

  both(
    'TLP marking keeps its colours on black; the download-pdf tile keeps its border (Chromium only)',
    async (fixture) => {
      const el = await render(fixture, await sample('port-strike-tlp-green'), { 'tlp-max': 'red' });
      const tlp = $(el, '[part="tlp"]')!;
      const s = getComputedStyle(tlp);
      expect(s.backgroundColor).to.equal('rgb(0, 0, 0)');
      expect(s.color, 'TLP:GREEN in its colour').to.equal('rgb(51, 255, 0)');
      const tile = await fixture<DownloadPdf>(
        html`<download-pdf href="/briefs/x.pdf" filename="x.pdf" size="1000"></download-pdf>`,
      );
      await tile.updateComplete;
      const a = tile.shadowRoot!.querySelector('[part="tile"]')!;
      expect(edge(a), 'the tile keeps its border').to.equal(true);
      expect(readable(a.querySelector('[part="filename"]')!)).to.equal(true);
    },
  );
});

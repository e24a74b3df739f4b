// Grade chips and the card's toggle, as a pointer, keyboard and screen reader user meets them:
// the chip's name says what the grade means; its meaning, opened by hover, closes with Escape,
// stays open while the pointer moves onto it, and stays inside a 320 px viewport (WCAG 1.4.13);
// the card's button keeps one name, its brief's, and tells its state by aria-expanded alone.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { IntelBrief } from '../src/index.js';
import { $, $$, sample, settled, show, watchListeners } from './helpers.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
/** Waits (generously) until `check` holds, a frame at a time. */
async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 300 && !check(); i++) await frame();
  expect(check(), what).to.equal(true);
}
const shown = (tip: Element) => getComputedStyle(tip).display !== 'none';
const centre = (el: Element): [number, number] => {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};
const park = () => sendMouse({ type: 'move', position: [1, 1] });

afterEach(async () => {
  await park();
  document.querySelectorAll('body > intel-brief, body > iframe').forEach((el) => el.remove());
});

describe('grade chips', () => {
  let el: IntelBrief;
  beforeEach(async () => {
    el = await show(await sample('port-strike-tlp-green'), { 'tlp-max': 'green', lang: 'en-GB', style: 'display:block; padding-top: 6rem' });
  });

  it('names each focusable chip with its meaning, not the bare grade', async () => {
    const chips = $$(el, '[part="grade"]');
    expect(chips.map((c) => [c.tabIndex, c.getAttribute('role'), c.getAttribute('aria-label')])).to.deep.equal([
      [0, 'img', 'B2: usually reliable, probably true'],
      [0, 'img', 'A1: completely reliable, confirmed by other sources'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('closes a meaning opened by hover with Escape, focus being elsewhere, until the pointer leaves', async () => {
    const chip = $(el, '[part="grade"]')!;
    const tip = chip.querySelector('[role="tooltip"]')!;
    chip.scrollIntoView({ block: 'center' });
    expect(shown(tip)).to.equal(false);
    await sendMouse({ type: 'move', position: centre(chip) });
    await until(() => shown(tip), 'hover opens the meaning');
    expect(el.shadowRoot!.activeElement).to.equal(null);
    await sendKeys({ press: 'Escape' });
    await until(() => !shown(tip), 'Escape closes it');
    await park();
    await frame();
    await sendMouse({ type: 'move', position: centre(chip) });
    await until(() => shown(tip), 'hovering again opens it again');
  });

  it('leaves no listener on the window once the pointer has left the chip', async () => {
    const chip = $(el, '[part="grade"]')!;
    chip.scrollIntoView({ block: 'center' });
    const listeners = watchListeners();
    try {
      await sendMouse({ type: 'move', position: centre(chip) });
      await until(() => shown(chip.querySelector('[role="tooltip"]')!), 'hover opens the meaning');
      expect(listeners.count(), 'while hovered: the Escape key is listened for').to.be.greaterThan(0);
      await park();
      await until(() => !shown(chip.querySelector('[role="tooltip"]')!), 'the meaning closes');
      expect(listeners.count(), 'listeners left on the window, the document or nodes in the page').to.equal(0);
    } finally {
      listeners.stop();
    }
  });

  it('stays open while the pointer moves from the chip onto the meaning, across the gap', async () => {
    const chip = $(el, '[part="grade"]')!;
    const tip = chip.querySelector<HTMLElement>('[role="tooltip"]')!;
    chip.scrollIntoView({ block: 'center' });
    const [x, y] = centre(chip);
    await sendMouse({ type: 'move', position: [x, y] });
    await until(() => shown(tip), 'hover opens the meaning');
    const chipTop = chip.getBoundingClientRect().top;
    const tipBox = tip.getBoundingClientRect();
    // Straight up, a pixel at a time, from the chip's top edge into the meaning's text.
    for (let py = Math.floor(chipTop); py >= tipBox.top + tipBox.height / 2; py -= 1) {
      await sendMouse({ type: 'move', position: [Math.round(tipBox.left + 8), py] });
      expect(shown(tip), `open at y=${py}`).to.equal(true);
    }
  });

  it('shows the meaning on keyboard focus and hides it with Escape', async () => {
    const chip = $(el, '[part="grade"]')!;
    const tip = chip.querySelector('[role="tooltip"]')!;
    chip.focus();
    await until(() => shown(tip), 'focus opens the meaning');
    await sendKeys({ press: 'Escape' });
    await until(() => !shown(tip), 'Escape closes it');
  });
});

describe('grade meanings in a 320 px viewport', () => {
  /** A page 320 px wide, with the single-file bundle, showing `brief`. */
  async function narrow(brief: unknown, lang: string) {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 320px; height: 600px; border: 0';
    iframe.srcdoc = `<!doctype html><html lang="${lang}"><body style="margin: 8px"><script type="module" src="/dist/intel-brief.bundle.js"></script>`;
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow! as Window & typeof globalThis;
    await win.customElements.whenDefined('intel-brief');
    const el = win.document.createElement('intel-brief') as IntelBrief;
    el.setAttribute('tlp-max', 'green');
    el.brief = JSON.parse(JSON.stringify(brief));
    win.document.body.style.paddingTop = '8rem';
    win.document.body.append(el);
    await el.updateComplete;
    return { el, win };
  }

  for (const dir of ['ltr', 'rtl']) {
    it(`keeps every meaning inside the viewport (${dir})`, async () => {
      const brief = await sample('port-strike-tlp-green');
      // Long meanings and chips at both ends of lines.
      brief.sources = [
        { title: 'A', date: '2026-03-10', reliability: 'F', credibility: 6 },
        { title: 'A title long enough to push its grade to the far end of the line', publisher: 'Publisher', reliability: 'F', credibility: 6 },
        { title: 'x'.repeat(28), reliability: 'D', credibility: 4 },
      ];
      if (dir === 'rtl') brief.lang = 'ar';
      const { el, win } = await narrow(brief, dir === 'rtl' ? 'ar' : 'en');
      const width = win.document.documentElement.clientWidth; // 320 less a classic scrollbar
      expect(width).to.be.within(300, 320);
      for (const chip of [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="grade"]')]) {
        const tip = chip.querySelector<HTMLElement>('[role="tooltip"]')!;
        chip.focus();
        await until(() => shown(tip), 'focus opens the meaning');
        await frame();
        await frame();
        const box = tip.getBoundingClientRect();
        expect(box.left, `${chip.textContent}: left`).to.be.at.least(0);
        expect(box.right, `${chip.textContent}: right`).to.be.at.most(width);
        chip.blur();
      }
    });
  }
});

describe("the card's toggle", () => {
  it('keeps one name, the brief’s, and tells its state by aria-expanded alone', async () => {
    const el = await show(await sample('port-strike-tlp-green'), { layout: 'card', 'tlp-max': 'green', lang: 'en-GB' });
    const button = $<HTMLButtonElement>(el, 'button')!;
    const name = () =>
      button
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)!.textContent)
        .join(' ');
    expect(name()).to.equal('Read the full brief Dock Strike Threatens Northern Range Container Traffic');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(name()).to.equal('Read the full brief Dock Strike Threatens Northern Range Container Traffic');
    expect(button.textContent).to.equal('Read the full brief');
    await expect(el).to.be.accessible();
  });

  it('names each button of a list after its own brief', async () => {
    const list = await fixture(html`<ul aria-label="Latest briefs">
      ${['cyber-slavery-2024', 'port-strike-tlp-green'].map(
        (name) => html`<li><intel-brief layout="card" tlp-max="green" src="/briefs/${name}.json"></intel-brief></li>`,
      )}
    </ul>`);
    const cards = [...list.querySelectorAll('intel-brief')] as IntelBrief[];
    await Promise.all(cards.map((card) => ($(card, 'article') ? undefined : settled(card))));
    await Promise.all(cards.map((card) => card.updateComplete));
    const names = cards.map((card) => {
      const button = $(card, 'button')!;
      return button.getAttribute('aria-labelledby')!.split(' ').map((id) => card.shadowRoot!.getElementById(id)!.textContent).join(' ');
    });
    expect(names).to.deep.equal([
      'Read the full brief 250 Indian Citizens Rescued From “Cyber-Slavery”',
      'Read the full brief Dock Strike Threatens Northern Range Container Traffic',
    ]);
    await expect(list).to.be.accessible();
  });
});

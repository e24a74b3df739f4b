// Sources and grades as a pointer, keyboard and screen reader user meets them: the bottom line,
// key judgments, numbered sources with their Admiralty grades, author, update and tags; a grade
// chip's name says what the grade means; its meaning, opened by hover, closes with Escape, stays
// open while the pointer moves onto it, and stays inside a 320 px viewport (WCAG 1.4.13).
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { IntelBrief } from '../src/index.js';
import { $, $$, sample, watchListeners } from './helpers.js';
import { both, render, type Fixture } from './fixture.js';

const visible = (node: Element | null) => !!node && (node as HTMLElement).offsetParent !== null;

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
  const open = async (fixture: Fixture) =>
    render(fixture, await sample('port-strike-tlp-green'), {
      'tlp-max': 'green',
      lang: 'en-GB',
      style: 'display:block; padding-top: 6rem',
    });

  both('names each focusable chip with its meaning, not the bare grade', async (fixture) => {
    const el = await open(fixture);
    const chips = $$(el, '[part="grade"]');
    expect(chips.map((c) => [c.tabIndex, c.getAttribute('role'), c.getAttribute('aria-label')])).to.deep.equal([
      [0, 'img', 'B2: usually reliable, probably true'],
      [0, 'img', 'A1: completely reliable, confirmed by other sources'],
    ]);
    await expect(el).to.be.accessible();
  });

  both(
    'closes a meaning opened by hover with Escape, focus being elsewhere, until the pointer leaves',
    async (fixture) => {
      const el = await open(fixture);
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
    },
  );

  both('leaves no listener on the window once the pointer has left the chip', async (fixture) => {
    const el = await open(fixture);
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

  both('stays open while the pointer moves from the chip onto the meaning, across the gap', async (fixture) => {
    const el = await open(fixture);
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

  both('shows the meaning on keyboard focus and hides it with Escape', async (fixture) => {
    const el = await open(fixture);
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
    const el = win.document.createElement('intel-brief');
    el.setAttribute('tlp-max', 'green');
    el.brief = JSON.parse(JSON.stringify(brief)) as IntelBrief['brief'];
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
        {
          title: 'A title long enough to push its grade to the far end of the line',
          publisher: 'Publisher',
          reliability: 'F',
          credibility: 6,
        },
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

describe('summary, key judgments, sources, author, tags', () => {
  const open = async (fixture: Fixture) =>
    render(fixture, await sample('port-strike-tlp-green'), { 'tlp-max': 'green', lang: 'en-GB' });

  both('puts the bottom line first, then the key judgments with likelihood, range and confidence', async (fixture) => {
    const el = await open(fixture);
    const summary = $(el, '[part="summary"]')!;
    expect(summary.textContent).to.contain('A 48-hour strike');
    const headings = $$(el, 'h3').map((h) => h.textContent);
    expect(headings[0]).to.equal('Key judgments');
    const judgments = $$(el, '[part="judgments"] li').map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(judgments).to.have.length(2);
    expect(judgments[0]).to.match(
      /^Terminal throughput will fall below 40% of normal for the duration of the strike\.very likely \(80%? ?– ?95%\) · Moderate confidence$/,
    );
    expect(judgments[1]).to.match(
      /^The union will extend the action beyond 48 hours\.unlikely \(20%? ?– ?45%\) · Low confidence$/,
    );
    // The summary comes before the judgments in reading order.
    expect(
      summary.compareDocumentPosition($(el, '[part="judgments"]')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
  });

  both('lists sources, numbered, with publisher, date, link and Admiralty grade', async (fixture) => {
    const el = await open(fixture);
    const items = $$(el, '[part="sources"] > li');
    expect($(el, '[part="sources"]')!.localName).to.equal('ol');
    expect(items).to.have.length(2);
    expect(items[0].textContent)
      .to.contain('Union press statement')
      .and.contain("Dock workers' union")
      .and.contain('10 Mar 2026');
    expect(items[0].querySelector('a')).to.equal(null);
    const link = items[1].querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/port-notice');
    expect(link.textContent).to.equal('Berth schedule update');
    const grade = items[0].querySelector<HTMLElement>('[part="grade"]')!;
    const own = [...grade.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('');
    expect(own).to.equal('B2');
    expect(grade.querySelector('[role="tooltip"]')!.textContent).to.equal('B: usually reliable · 2: probably true');
    // Its accessible name says what it means, not "B2" alone.
    expect(grade.getAttribute('role')).to.equal('img');
    expect(grade.getAttribute('aria-label')).to.equal('B2: usually reliable, probably true');
  });

  both('shows the grade meaning on keyboard focus', async (fixture) => {
    const el = await open(fixture);
    const grade = $(el, '[part="grade"]')!;
    const tip = grade.querySelector('[role="tooltip"]')!;
    expect(visible(tip)).to.equal(false);
    grade.focus();
    expect(el.shadowRoot!.activeElement).to.equal(grade);
    expect(getComputedStyle(tip).display).to.equal('block');
  });

  both('shows author, update, tags', async (fixture) => {
    const el = await open(fixture);
    const meta = $(el, '[part="meta"]')!.textContent;
    expect(meta).to.contain('By Maritime desk').and.contain('Updated');
    expect($(el, '[part="tags"]')!.textContent).to.equal('Topics: logistics, labour, Europe');
  });

  both('does not show "Updated" when it is the publication date', async (fixture) => {
    const same = await render(fixture, { title: 'x', date: '2024-04-04', updated: '2024-04-04' });
    expect($(same, '[part="meta"]')!.textContent).to.not.contain('Updated');
  });

  both(
    "shows the time of an update on the publication day, in the locale and the reader's time zone",
    async (fixture) => {
      // 14:30 on 4 April where the reader is: the same calendar day as the date.
      const local = new Date(2024, 3, 4, 14, 30);
      const same = await render(
        fixture,
        { title: 'x', date: '2024-04-04', updated: local.toISOString() },
        { lang: 'en-GB' },
      );
      const meta = $(same, '[part="meta"]')!.textContent.replace(/\s+/g, ' ');
      expect(meta).to.contain('Updated 14:30');
      expect(meta.match(/2024/g)).to.have.length(1); // the date once, not twice
      same.remove();
      const us = await render(
        fixture,
        { title: 'x', date: '2024-04-04', updated: local.toISOString() },
        { lang: 'en-US' },
      );
      expect($(us, '[part="meta"]')!.textContent.replace(/\s+/g, ' ')).to.match(/Updated 2:30\sPM/);
      us.remove();
      // The next day: its date.
      const next = await render(
        fixture,
        { title: 'x', date: '2024-04-04', updated: new Date(2024, 3, 5, 9).toISOString() },
        { lang: 'en-GB' },
      );
      expect($(next, '[part="meta"]')!.textContent.replace(/\s+/g, ' ')).to.contain('Updated 5 Apr 2024');
    },
  );

  both('renders an unsafe source URL as text', async (fixture) => {
    const bad = await render(fixture, {
      title: 'x',
      date: '2024-04-04',
      sources: [{ title: 'Evil', url: 'javascript:alert(1)' }],
    });
    expect($(bad, '[part="sources"] a')).to.equal(null);
    expect($(bad, '[part="sources"]')!.textContent).to.contain('Evil');
  });

  both('is accessible with judgments and sources', async (fixture) => {
    const el = await open(fixture);
    await expect(el).to.be.accessible();
  });
});

describe('<intel-brief> grade meaning and Escape', () => {
  both('hides a grade meaning on Escape until focus leaves', async (fixture) => {
    const el = await render(fixture, await sample('port-strike-tlp-green'), 'tlp-max=green');
    const grade = $(el, '[part="grade"]')!;
    const tip = grade.querySelector('[role="tooltip"]')!;
    grade.focus();
    expect(getComputedStyle(tip).display).to.equal('block');
    grade.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(getComputedStyle(tip).display).to.equal('none');
    grade.blur();
    grade.focus();
    expect(getComputedStyle(tip).display).to.equal('block');
  });
});

// Traffic Light Protocol: the marking in its colours, and the guard that withholds a brief
// marked above tlp-max, for every pair of levels, leaving no trace of its text.
import { expect, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { $, $$, sample, textOf } from './helpers.js';
import { both, render } from './fixture.js';

afterEach(() => document.querySelectorAll('body > intel-brief').forEach((el) => el.remove()));

describe('TLP marking and guard', () => {
  const LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];
  const secret = (tlp: string) => ({
    title: `Secret title ${tlp}`,
    date: '2026-01-01',
    tlp,
    summary: 'Secret summary text',
    sections: [{ heading: 'Secret heading', paragraphs: ['Secret paragraph'] }],
  });

  both('withholds a TLP:RED brief under the default tlp-max, leaving no trace of its text', async (fixture) => {
    // Listened for on the document, where it bubbles: it may fire before the fixture returns.
    const failed = oneEvent<HTMLElementEventMap['brief-error']>(document, 'brief-error');
    const el = await render(fixture, secret('RED'));
    const event = await failed;
    await el.updateComplete;
    expect(event.detail.reason).to.equal('tlp');
    expect(textOf(el)).to.contain('TLP:RED');
    const everything = el.shadowRoot!.innerHTML + el.innerHTML;
    for (const word of ['Secret title', 'Secret summary', 'Secret heading', 'Secret paragraph']) {
      expect(everything).to.not.contain(word);
    }
    await expect(el).to.be.accessible();
  });

  both('shows the same brief under tlp-max="red"', async (fixture) => {
    const el = await render(fixture, secret('RED'), { 'tlp-max': 'red' });
    expect($(el, 'h2')!.textContent).to.equal('Secret title RED');
    expect($$(el, '[part="tlp"]').map((p) => p.textContent)).to.deep.equal(['TLP:RED', 'TLP:RED']);
  });

  for (const [i, level] of LEVELS.entries()) {
    for (const [j, max] of LEVELS.entries()) {
      both(
        `${i <= j ? 'shows' : 'withholds'} a TLP:${level} brief under tlp-max="${max.toLowerCase()}"`,
        async (fixture) => {
          const el = await render(fixture, secret(level), { 'tlp-max': max.toLowerCase() });
          const shown = $(el, 'h2') !== null;
          expect(shown, `${level} under ${max}`).to.equal(i <= j);
          el.remove();
        },
      );
    }
  }

  const colours: Record<string, string> = {
    RED: 'rgb(255, 43, 43)',
    AMBER: 'rgb(255, 192, 0)',
    'AMBER+STRICT': 'rgb(255, 192, 0)',
    GREEN: 'rgb(51, 255, 0)',
    CLEAR: 'rgb(255, 255, 255)',
  };
  for (const level of LEVELS) {
    both(`marks TLP:${level} in its standard colour on black, upper case, top and end`, async (fixture) => {
      const el = await render(fixture, secret(`tlp:${level.toLowerCase()}`.replace('tlp:', 'TLP:').toUpperCase()), {
        'tlp-max': 'red',
      });
      const marks = $$(el, '[part="tlp"]');
      expect(
        marks.map((m) => m.textContent),
        level,
      ).to.deep.equal([`TLP:${level}`, `TLP:${level}`]);
      const style = getComputedStyle(marks[0]);
      expect(style.color, level).to.equal(colours[level]);
      expect(style.backgroundColor, level).to.equal('rgb(0, 0, 0)');
      el.remove();
    });
  }

  both("reads TLP 1's WHITE as CLEAR, shown on a public page", async (fixture) => {
    const el = await render(fixture, { title: 'Open', date: '2024-01-01', tlp: 'TLP:WHITE' });
    expect($(el, '[part="tlp"]')!.textContent).to.equal('TLP:CLEAR');
    expect($(el, 'h2')!.textContent).to.equal('Open');
  });

  both('withholds the port-strike sample under the default, shows it under green', async (fixture) => {
    const brief = await sample('port-strike-tlp-green');
    const withheld = await render(fixture, brief);
    expect($(withheld, 'h2')).to.equal(null);
    withheld.remove();
    const shown = await render(fixture, brief, { 'tlp-max': 'green' });
    expect($(shown, 'h2')!.textContent).to.equal(brief.title);
  });
});

describe('<intel-brief> TLP', () => {
  both('withholds a brief marked above tlp-max, leaving no trace of its text', async (fixture) => {
    const brief = await sample('port-strike-tlp-green');
    const failed = oneEvent<HTMLElementEventMap['brief-error']>(document, 'brief-error');
    const el = await render(fixture, brief);
    const event = await failed;
    expect(event.detail.reason).to.equal('tlp');
    expect(textOf(el)).to.contain('TLP:GREEN');
    expect(el.shadowRoot!.innerHTML).to.not.contain('Dock Strike');
    expect(el.shadowRoot!.innerHTML).to.not.contain('Rotterdam');
    await expect(el).to.be.accessible();
    el.setAttribute('tlp-max', 'green');
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal(brief.title);
    expect($$(el, '[part="tlp"]').map((p) => p.textContent)).to.deep.equal(['TLP:GREEN', 'TLP:GREEN']);
    await expect(el).to.be.accessible();
    el.remove();
  });
});

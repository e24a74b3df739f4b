// What a brief shows and in what order: every part of the reference brief, the PDF tile and
// its event, heading levels, the inline subset, and line breaks at 200% text.
import { expect, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { BriefInput } from '../src/index.js';
import { $, $$, sample, textOf } from './helpers.js';
import { both, render } from './fixture.js';

describe('<intel-brief> with the reference brief', () => {
  let reference: BriefInput;
  before(async () => {
    reference = await sample('cyber-slavery-2024');
  });

  both('shows every part of the brief, in order', async (fixture) => {
    const el = await render(fixture, reference, 'lang=en-US');
    expect($(el, '.kind')!.textContent).to.equal('Intel Brief');
    const title = $(el, 'h2')!;
    expect(title.textContent).to.equal('250 Indian Citizens Rescued From “Cyber-Slavery”');
    const time = $(el, 'time')!;
    expect(time.getAttribute('datetime')).to.equal('2024-04-04');
    expect(time.textContent).to.equal('Apr 4, 2024');
    const headings = $$(el, 'h3').map((h) => h.textContent);
    expect(headings).to.deep.equal(['Where', "Who's involved", 'What happened?', 'Analysis', 'Conclusion']);
    const [where, who, happened, analysis, conclusion] = $$(el, 'section');
    const items = (section: Element | undefined, selector = 'li') =>
      [...section!.querySelectorAll(selector)].map((node) => node.textContent);
    expect(items(where)).to.deep.equal(['India', 'Cambodia']);
    expect(items(who)).to.deep.equal(reference.who);
    expect(items(happened)).to.deep.equal(reference.sections![0].bullets);
    expect(items(analysis)).to.deep.equal(reference.sections![1].bullets);
    expect(items(conclusion, 'p')).to.deep.equal(reference.sections![2].paragraphs);
    expect(textOf(el)).to.contain('44 views');
  });

  both('renders the PDF tile as a real download link', async (fixture) => {
    const el = await render(fixture, reference, 'lang=en-US');
    const link = $<HTMLAnchorElement>(el, 'a[download]')!;
    expect(link.getAttribute('href')).to.equal('Indian-Government-Rescues-250-Citizens.pdf');
    expect(link.getAttribute('download')).to.equal('Indian Government Rescues 250 Citizens.pdf');
    expect(link.textContent.replace(/\s+/g, ' ')).to.contain('Download PDF • 2.69 MB');
    expect(link.textContent).to.contain('Indian Government Rescues 250 Citizens.pdf');
  });

  both('fires pdf-download when the tile is activated', async (fixture) => {
    const el = await render(fixture, reference);
    const link = $<HTMLAnchorElement>(el, 'a[download]')!;
    link.addEventListener('click', (e) => e.preventDefault());
    setTimeout(() => link.click());
    const event = await oneEvent<HTMLElementEventMap['pdf-download']>(el, 'pdf-download');
    expect(event.detail.filename).to.equal('Indian Government Rescues 250 Citizens.pdf');
    expect(event.detail.href).to.match(/Indian-Government-Rescues-250-Citizens\.pdf$/);
    expect(event.composed && event.bubbles).to.equal(true);
  });

  both('fires brief-load with the brief once it is rendered', async (fixture) => {
    // Listened for on the document, where it bubbles: it may fire before the fixture returns.
    const loaded = oneEvent<HTMLElementEventMap['brief-load']>(document, 'brief-load');
    const el = await render(fixture, reference);
    const event = await loaded;
    expect(event.detail.brief.title).to.equal(reference.title);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(reference.title);
    el.remove();
  });

  both('fits the host outline with heading-level', async (fixture) => {
    const el = await render(fixture, reference, 'heading-level=4');
    expect($(el, 'h4')!.textContent).to.equal(reference.title);
    expect($$(el, 'h5')).to.have.length(5);
    expect($(el, 'h2')).to.equal(null);
  });

  both('is accessible', async (fixture) => {
    const el = await render(fixture, reference);
    await expect(el).to.be.accessible();
  });
});

describe('<intel-brief> inline subset', () => {
  both('renders the inline subset in title, kind, tags and a card’s places', async (fixture) => {
    const el = await render(
      fixture,
      {
        title: 'A *big* title',
        kind: '**Flash**',
        date: '2024-01-01',
        tags: ['[one](https://example.org/1)'],
        where: ['[Paris](https://example.org/p)'],
        summary: 's',
      },
      'layout=card',
    );
    expect($(el, 'h2 em')!.textContent).to.equal('big');
    expect($(el, '.kind strong')!.textContent).to.equal('Flash');
    expect($(el, '[part="where"] a')!.getAttribute('href')).to.equal('https://example.org/p');
    expect($(el, '[part="tags"] a')!.textContent).to.equal('one');
  });
});

describe('line breaks at 200% text', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  both(
    'keeps whole a title word that fits a line, and still wraps a 60-character token inside the brief',
    async (fixture) => {
      document.documentElement.style.fontSize = '200%';
      const token = 'x'.repeat(20) + 'https://example.org/' + 'y'.repeat(20);
      const el = await render(fixture, {
        title: 'Dock Strike Threatens Northern Range Container Traffic',
        date: '2026-03-11',
        lang: 'en',
        sections: [{ heading: 'Links', paragraphs: [`See ${token} for more.`] }],
      });
      el.style.width = '320px';
      await el.updateComplete;
      const title = $(el, 'h2')!;
      const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
      const words: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.textContent!.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          // A word as wide as it is on one line, measured beside the title.
          const probe = title.appendChild(Object.assign(document.createElement('span'), { textContent: match[0] }));
          probe.style.whiteSpace = 'nowrap';
          const fits = probe.getBoundingClientRect().width <= title.getBoundingClientRect().width;
          probe.remove();
          // One box per word that fits a line: a word split over two lines has two.
          if (fits && range.getClientRects().length !== 1) words.push(match[0]);
        }
      }
      expect(words, 'title words split over lines').to.deep.equal([]);
      expect(title.getBoundingClientRect().height).to.be.greaterThan(
        parseFloat(getComputedStyle(title).lineHeight) * 2,
      );
      // The token wraps: nothing reaches past the brief's edge.
      const box = el.getBoundingClientRect();
      const paragraph = $$(el, 'p').find((p) => p.textContent.includes('example.org'))!;
      expect(paragraph.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      for (const rect of range.getClientRects()) expect(rect.right).to.be.at.most(box.right + 0.5);
      expect(el.shadowRoot!.querySelector('article')!.scrollWidth).to.be.at.most(320);
    },
  );
});

import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/brief-section.js';
import '../src/define/intel-brief.js';
import type { BriefSection } from '../src/brief-section.js';
import type { IntelBrief } from '../src/intel-brief.js';
import { $, $$ } from './helpers.js';

/** What a reader gets from an element: its elements and text, e.g. `em("a ",strong("b"))`; comments left out. */
function shape(node: Node): string {
  const parts: string[] = [];
  let text = '';
  const flush = () => {
    if (text) parts.push(JSON.stringify(text));
    text = '';
  };
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    else if (child instanceof Element) {
      flush();
      const href = child.getAttribute('href');
      parts.push(`${child.localName}${href === null ? '' : `<${href}>`}(${shape(child)})`);
    }
  }
  flush();
  return parts.join(',');
}

async function paragraph(text: string): Promise<Element> {
  const el = await fixture<BriefSection>(html`<brief-section heading="Inline" .paragraphs=${[text]}></brief-section>`);
  return $(el, 'p')!;
}

describe('inline text as a reader sees it', () => {
  it('nests emphasis and strong as CommonMark does', async () => {
    const p = await paragraph('*a **b** c*');
    expect(shape(p)).to.equal('em("a ",strong("b")," c")');
    expect(p.querySelector('em > strong')!.textContent).to.equal('b');
    expect(shape(await paragraph('***x***'))).to.equal('em(strong("x"))');
    expect(shape(await paragraph('**bold *em***'))).to.equal('strong("bold ",em("em"))');
    expect(shape(await paragraph('***strong** em*'))).to.equal('em(strong("strong")," em")');
  });

  it('shows unmatched markers as they are written', async () => {
    for (const text of [
      '2 * 3 * 4',
      '*a',
      'a*',
      '** a **',
      '[a',
      '[a]',
      '[a](b c)',
      'see [a](b',
      'C:\\Users\\a.exe',
      '_a_ `b`',
    ]) {
      const p = await paragraph(text);
      expect(p.textContent, text).to.equal(text);
      expect(p.children.length, text).to.equal(0);
    }
    expect(shape(await paragraph('**a*'))).to.equal('"*",em("a")');
  });

  it('backslash escapes: an escaped character shows as written, without its backslash', async () => {
    expect(shape(await paragraph('\\*a\\*'))).to.equal('"*a*"');
    expect(shape(await paragraph('\\*\\*not bold\\*\\*'))).to.equal('"**not bold**"');
    const link = await paragraph('\\[x\\](javascript:alert(1))');
    expect(link.textContent).to.equal('[x](javascript:alert(1))');
    expect(link.children.length).to.equal(0);
    expect(shape(await paragraph('C:\\Users\\*.exe'))).to.equal('"C:\\\\Users*.exe"'); // `\*` escapes the star
    expect(shape(await paragraph('C:\\\\Users\\\\*.exe'))).to.equal('"C:\\\\Users\\\\*.exe"'); // `\\` is one backslash
    expect(shape(await paragraph('[a\\)](https://example.org/b\\(c)'))).to.equal('a<https://example.org/b(c>("a)")');
  });

  it('links: emphasis inside and around, no link in a link, only allowed URLs', async () => {
    expect(shape(await paragraph('[a *b*](https://example.org/x)'))).to.equal('a<https://example.org/x>("a ",em("b"))');
    expect(shape(await paragraph('*[a](https://example.org/)*'))).to.equal('em(a<https://example.org/>("a"))');
    const nested = await paragraph('[a [b](https://example.org/b) c](https://example.org/a)');
    expect(shape(nested)).to.equal('"[a ",a<https://example.org/b>("b")," c](https://example.org/a)"');
    expect(shape(await paragraph('[*x*](javascript:alert(1)) y'))).to.equal('em("x")," y"');
    expect(shape(await paragraph('[w](https://en.wikipedia.org/wiki/Foo_(bar))'))).to.equal(
      'a<https://en.wikipedia.org/wiki/Foo_(bar)>("w")',
    );
  });

  it('renders hostile text as text, and deep nesting only 16 deep', async () => {
    const text = '**a *b [c '.repeat(500);
    const p = await paragraph(text);
    expect(p.textContent).to.equal(text);
    expect(p.children.length).to.equal(0);
    const deep = await paragraph(`${'*a '.repeat(30)}b${' c*'.repeat(30)}`);
    expect(deep.textContent).to.equal(`${'a '.repeat(30)}b${' c'.repeat(30)}`);
    expect(deep.querySelectorAll('em').length).to.equal(16);
  });

  it('is the same in <intel-brief>: summary, bullets, judgments', async () => {
    const el = await fixture<IntelBrief>(html`<intel-brief
      lang="en"
      .brief=${{
        title: 'A *b **c** d*',
        date: '2024-04-04',
        summary: '***Key:*** see [the *notice*](https://example.org/n).',
        keyJudgments: [{ text: 'It is **very *likely***.' }],
        sections: [{ heading: 'S', bullets: ['*a **b** c*'] }],
      }}
    ></intel-brief>`);
    expect(shape($(el, 'h2')!)).to.equal('"A ",em("b ",strong("c")," d")');
    expect(shape($(el, '.summary')!)).to.equal(
      // The label's colon and space come from the locale's labels (French "En bref : ").
      'strong("Bottom line: "),em(strong("Key:"))," see ",a<https://example.org/n>("the ",em("notice")),"."',
    );
    expect(shape($(el, 'ol[part="judgments"] li')!)).to.equal('"It is ",strong("very ",em("likely")),"."');
    expect($$(el, 'ul li').map(shape)).to.deep.equal(['em("a ",strong("b")," c")']);
  });
});
